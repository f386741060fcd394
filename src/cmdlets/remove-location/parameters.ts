// remove-location (Remove-CsOnlineLisLocation): remove a location nothing uses (never an address's default location).
import { loadRun } from '../load.js';
import { FORCE, LOCATION_ID } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const removeLocationCommand: CmdletDef = {
  name: 'remove-location',
  cmdlet: 'Remove-CsOnlineLisLocation',
  summary: "Remove an emergency location; refused while a user or number uses it, and for an address's default location (remove the address instead).",
  kind: 'change',
  params: [{ ...LOCATION_ID, required: true }, FORCE, ...CHANGE_PARAMS],
  examples: ['callplan Remove-CsOnlineLisLocation -LocationId 788dd820-c136-4255-9f61-24b880ad0763'],
  load: loadRun('remove-location'),
};
