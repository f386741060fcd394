// release-number (Remove-CsOnlineTelephoneNumber): give unassigned numbers back, all or nothing.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const releaseNumberCommand: CmdletDef = {
  name: 'release-number',
  cmdlet: 'Remove-CsOnlineTelephoneNumber',
  summary: 'Release unassigned numbers back to the provider — all of them or, if any cannot go, none.',
  kind: 'change',
  params: [
    {
      name: 'TelephoneNumber',
      flag: 'telephone-number',
      aliases: ['TelephoneNumbers'],
      kind: 'list',
      required: true,
      positional: 0,
      valueName: 'N1,N2',
      help: 'The numbers (with or without +, country code included).',
    },
    { name: 'Force', flag: 'force', kind: 'switch', help: 'Accepted for compatibility (there is no prompt to suppress).' },
    ...CHANGE_PARAMS,
  ],
  examples: ['callplan Remove-CsOnlineTelephoneNumber -TelephoneNumber 14258884567', 'callplan release-number --telephone-number +14255550100,+14255550101'],
  load: loadRun('release-number'),
};
