// remove-address (Remove-CsOnlineLisCivicAddress): remove an address and its locations when nothing uses them.
import { loadRun } from '../load.js';
import { CIVIC_ADDRESS_ID, FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const removeAddressCommand: CmdletDef = {
  name: 'remove-address',
  cmdlet: 'Remove-CsOnlineLisCivicAddress',
  summary: 'Remove a civic address and all its locations; refused while a user or number uses any of them.',
  kind: 'change',
  params: [{ ...CIVIC_ADDRESS_ID, required: true }, FORCE, ...CHANGE_PARAMS],
  examples: ['callplan Remove-CsOnlineLisCivicAddress -CivicAddressId ee38d9a5-33dc-4a32-9fb8-f234cedb91ac'],
  load: loadRun('remove-address'),
};
