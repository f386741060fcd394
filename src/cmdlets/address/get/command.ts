// get-address (Get-CsOnlineLisCivicAddress): the tenant's civic addresses, with filters.
import { type OptionsOf, use } from '../../../params/define.js';
import {
  AssignmentStatus,
  City,
  CivicAddressId,
  Description,
  LocationId,
  PopulateNumberOfTelephoneNumbers,
  PopulateNumberOfVoiceUsers,
  ValidationStatus,
} from '../../../params/addresses.js';
import { Force } from '../../../params/common.js';
import { NumberOfResultsToSkip, ResultSize } from '../../../params/paging.js';
import { CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(CivicAddressId, { help: 'Only this address (AddressNotFound when the tenant has none such).' }),
  use(LocationId, { help: 'Only the address of this location.' }),
  use(City, { help: 'Only addresses in this city (any case).' }),
  use(CountryOrRegion, { help: 'Only addresses in this country or region (ISO code).' }),
  use(Description, { help: 'Only addresses whose description contains this text (any case).' }),
  ValidationStatus,
  AssignmentStatus,
  use(ResultSize, { help: 'At most N results (default: all; Unlimited for all); a notice on stderr says when more matched.' }),
  use(NumberOfResultsToSkip, { default: 0 }),
  PopulateNumberOfVoiceUsers,
  PopulateNumberOfTelephoneNumbers,
  Force,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getAddressCommand = defineCommand({
  name: 'get-address',
  cmdlet: 'Get-CsOnlineLisCivicAddress',
  summary: "The tenant's emergency (civic) addresses with their default location, validation status and how many users and numbers use them.",
  kind: 'listing',
  params,
  examples: ['callplan Get-CsOnlineLisCivicAddress -City Seattle', 'callplan get-address --validation-status NotValidated -o json'],
  load: async () => (await import('../../../runtime.js')).getAddress,
});
