// get-location (Get-CsOnlineLisLocation): the tenant's emergency locations with their addresses, with filters.
import { type OptionsOf, use } from '../../../params/define.js';
import { CivicAddressId, Location, LocationId } from '../../../params/addresses.js';

import { defineCommand } from '../../types.js';
import { PLACE_FILTER_PARAMS } from '../../address/shared/filters.js';

export const params = [
  use(LocationId, { help: 'Only this location (LocationNotFound when the tenant has none such).' }),
  use(CivicAddressId, { help: 'Only the locations of this address (AddressNotFound when the tenant has none such).' }),
  use(Location, { help: 'Only locations with this name (any case), e.g. "3rd Floor Cafe".' }),
  ...PLACE_FILTER_PARAMS,
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
