// set-location (Set-CsOnlineLisLocation): rename a location or set its ELIN.
import { type OptionsOf, use } from '../../../params/define.js';
import { Elin, Location, LocationId } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(LocationId, { required: true }),
  use(Location, { help: 'The new name, e.g. "B5 2nd Floor".' }),
  use(Elin, { help: 'The new ELIN ($null is refused: an ELIN cannot be cleared).', nullable: true }),
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setLocationCommand = defineCommand({
  name: 'set-location',
  cmdlet: 'Set-CsOnlineLisLocation',
  summary: 'Rename an emergency location or set its ELIN (an ELIN can be changed, not cleared).',
  kind: 'change',
  params,
  examples: ['callplan Set-CsOnlineLisLocation -LocationId 5aa884e8-d548-4b8e-a289-52bfd5265a6e -Location "B5 2nd Floor"'],
  load: async () => (await import('../../../runtime.js')).setLocation,
});
