// get-location (Get-CsOnlineLisLocation): the tenant's emergency locations with their addresses, with filters.
import { loadRun } from '../load.js';
import { CIVIC_ADDRESS_ID, LOCATION_ID, PLACE_FILTER_PARAMS } from '../address-params.js';
import type { CmdletDef } from '../types.js';

export const getLocationCommand: CmdletDef = {
  name: 'get-location',
  cmdlet: 'Get-CsOnlineLisLocation',
  summary: "The tenant's emergency locations (default and named) with their address, and how many users and numbers use each.",
  kind: 'listing',
  params: [
    { ...LOCATION_ID, help: 'Only this location (LocationNotFound when the tenant has none such).' },
    { ...CIVIC_ADDRESS_ID, help: 'Only the locations of this address (AddressNotFound when the tenant has none such).' },
    { name: 'Location', flag: 'location', kind: 'string', valueName: 'TEXT', help: 'Only locations with this name (any case), e.g. "3rd Floor Cafe".' },
    ...PLACE_FILTER_PARAMS,
  ],
  examples: [
    'callplan Get-CsOnlineLisLocation -Location "3rd Floor Cafe"',
    'callplan Get-CsOnlineLisLocation -City Seattle -ResultSize 25 -ValidationStatus Validated',
  ],
  load: loadRun('get-location'),
};
