// remove-address (Remove-CsOnlineLisCivicAddress): remove an address and its locations when nothing uses them.
import { type OptionsOf, use } from '../../../params/define.js';
import { CivicAddressId } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { defineCommand } from '../../types.js';

export const params = [use(CivicAddressId, { required: true }), Force, WhatIf, Confirm] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const removeAddressCommand = defineCommand({
  name: 'remove-address',
  cmdlet: 'Remove-CsOnlineLisCivicAddress',
  summary: 'Remove a civic address and all its locations; refused while a user or number uses any of them.',
  kind: 'change',
  params,
  examples: ['callplan Remove-CsOnlineLisCivicAddress -CivicAddressId ee38d9a5-33dc-4a32-9fb8-f234cedb91ac'],
  load: async () => (await import('../../../runtime.js')).removeAddress,
});
