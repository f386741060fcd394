// set-user: change a user's usage location, display name or email.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS, USER_IDENTITY } from '../common.js';
import type { CmdletDef } from '../types.js';

export const setUserCommand: CmdletDef = {
  name: 'set-user',
  cmdlet: 'Set-MsolUser',
  summary: "Change a user's usage location, display name or email (a user with a number keeps the number's country).",
  kind: 'change',
  params: [
    { ...USER_IDENTITY, positional: 0, required: true },
    {
      name: 'UsageLocation',
      flag: 'usage-location',
      kind: 'string',
      nullable: true,
      valueName: 'CC',
      help: 'The new usage location (ISO 3166-1 alpha-2); $null clears it (not while the user holds a Calling Plan).',
    },
    { name: 'DisplayName', flag: 'display-name', kind: 'string', nullable: true, valueName: 'NAME', help: 'The new display name (cannot be empty).' },
    {
      name: 'Email',
      flag: 'email',
      aliases: ['Mail', 'EmailAddress'],
      kind: 'string',
      nullable: true,
      valueName: 'ADDRESS',
      help: 'The new email address; $null clears it.',
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan set-user ken.myer@contoso.com --usage-location GB',
    'callplan Set-MsolUser -UserPrincipalName ken.myer@contoso.com -DisplayName "Ken Myer (London)" -WhatIf',
  ],
  load: loadRun('set-user'),
};
