// remove-location (Remove-CsOnlineLisLocation): remove a location nothing uses (never an address's default location).
import { type OptionsOf, use } from '../../../params/define.js';
import { LocationId } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { defineCommand } from '../../types.js';

export const params = [use(LocationId, { required: true }), Force, WhatIf, Confirm] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const removeLocationCommand = defineCommand({
  name: 'remove-location',
  cmdlet: 'Remove-CsOnlineLisLocation',
  summary: "Remove an emergency location; refused while a user or number uses it, and for an address's default location (remove the address instead).",
  kind: 'change',
  params,
  examples: ['callplan Remove-CsOnlineLisLocation -LocationId 788dd820-c136-4255-9f61-24b880ad0763'],
  load: async () => (await import('../../../runtime.js')).removeLocation,
});
