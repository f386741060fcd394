// release-number (Remove-CsOnlineTelephoneNumber): give unassigned numbers back, all or nothing.
import { type OptionsOf, many, use } from '../../../params/define.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { TelephoneNumber } from '../../../params/numbers.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(many(TelephoneNumber), { help: 'The numbers (with or without +, country code included).', required: true, positional: 0 }),
  use(Force, { help: 'Accepted for compatibility (there is no prompt to suppress).' }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const releaseNumberCommand = defineCommand({
  name: 'release-number',
  cmdlet: 'Remove-CsOnlineTelephoneNumber',
  summary: 'Release unassigned numbers back to the provider — all of them or, if any cannot go, none.',
  kind: 'change',
  params,
  examples: ['callplan Remove-CsOnlineTelephoneNumber -TelephoneNumber 14258884567', 'callplan release-number --telephone-number +14255550100,+14255550101'],
  load: async () => (await import('../../../runtime.js')).releaseNumber,
});
