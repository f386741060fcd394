// get-location (Get-CsOnlineLisLocation): the tenant's emergency locations with their addresses, with filters.
import { type OptionsOf, use } from '../../../params/define.js';
import {
  AssignmentStatus,
  City,
  CivicAddressId,
  Description,
  Location,
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
  use(LocationId, { help: 'Only this location (LocationNotFound when the tenant has none such).' }),
  use(CivicAddressId, { help: 'Only the locations of this address (AddressNotFound when the tenant has none such).' }),
  use(Location, { help: 'Only locations with this name (any case), e.g. "3rd Floor Cafe".' }),
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

export const getLocationCommand = defineCommand({
  name: 'get-location',
  cmdlet: 'Get-CsOnlineLisLocation',
  summary: "The tenant's emergency locations (default and named) with their address, and how many users and numbers use each.",
  kind: 'listing',
  params,
  examples: [
    'callplan Get-CsOnlineLisLocation -Location "3rd Floor Cafe"',
    'callplan Get-CsOnlineLisLocation -City Seattle -ResultSize 25 -ValidationStatus Validated',
  ],
  load: async () => (await import('../../../runtime.js')).getLocation,
});
