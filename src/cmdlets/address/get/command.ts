// get-address (Get-CsOnlineLisCivicAddress): the tenant's civic addresses, with filters.
import { type OptionsOf, use } from '../../../params/define.js';
import { CivicAddressId, LocationId } from '../../../params/addresses.js';

import { defineCommand } from '../../types.js';
import { PLACE_FILTER_PARAMS } from '../shared/filters.js';

export const params = [
  use(CivicAddressId, { help: 'Only this address (AddressNotFound when the tenant has none such).' }),
  use(LocationId, { help: 'Only the address of this location.' }),
  ...PLACE_FILTER_PARAMS,
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
