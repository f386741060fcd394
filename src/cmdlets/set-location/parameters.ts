// set-location (Set-CsOnlineLisLocation): rename a location or set its ELIN.
import { loadRun } from '../load.js';
import { FORCE, LOCATION_ID } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const setLocationCommand: CmdletDef = {
  name: 'set-location',
  cmdlet: 'Set-CsOnlineLisLocation',
  summary: 'Rename an emergency location or set its ELIN (an ELIN can be changed, not cleared).',
  kind: 'change',
  params: [
    { ...LOCATION_ID, required: true },
    { name: 'Location', flag: 'location', kind: 'string', valueName: 'TEXT', help: 'The new name, e.g. "B5 2nd Floor".' },
    { name: 'Elin', flag: 'elin', kind: 'string', valueName: 'TEXT', nullable: true, help: 'The new ELIN ($null is refused: an ELIN cannot be cleared).' },
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: ['callplan Set-CsOnlineLisLocation -LocationId 5aa884e8-d548-4b8e-a289-52bfd5265a6e -Location "B5 2nd Floor"'],
  load: loadRun('set-location'),
};
