// get-address (Get-CsOnlineLisCivicAddress): the tenant's civic addresses, with filters.
import { loadRun } from '../load.js';
import { CIVIC_ADDRESS_ID, LOCATION_ID, PLACE_FILTER_PARAMS } from '../address-params.js';
import type { CmdletDef } from '../types.js';

export const getAddressCommand: CmdletDef = {
  name: 'get-address',
  cmdlet: 'Get-CsOnlineLisCivicAddress',
  summary: "The tenant's emergency (civic) addresses with their default location, validation status and how many users and numbers use them.",
  kind: 'listing',
  params: [
    { ...CIVIC_ADDRESS_ID, help: 'Only this address (AddressNotFound when the tenant has none such).' },
    { ...LOCATION_ID, help: 'Only the address of this location.' },
    ...PLACE_FILTER_PARAMS,
  ],
  examples: ['callplan Get-CsOnlineLisCivicAddress -City Seattle', 'callplan get-address --validation-status NotValidated -o json'],
  load: loadRun('get-address'),
};
