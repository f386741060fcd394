// set-user: change a user's usage location, display name or email.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { DisplayName, Email, Identity, UsageLocation } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { required: true, positional: 0 }),
  use(UsageLocation, { help: 'The new usage location (ISO 3166-1 alpha-2); $null clears it (not while the user holds a Calling Plan).', nullable: true }),
  use(DisplayName, { help: 'The new display name (cannot be empty).', nullable: true }),
  use(Email, { help: 'The new email address; $null clears it.', nullable: true }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setUserCommand = defineCommand({
  name: 'set-user',
  cmdlet: 'Set-MsolUser',
  summary: "Change a user's usage location, display name or email (a user with a number keeps the number's country).",
  kind: 'change',
  params,
  examples: [
    'callplan set-user ken.myer@contoso.com --usage-location GB',
    'callplan Set-MsolUser -UserPrincipalName ken.myer@contoso.com -DisplayName "Ken Myer (London)" -WhatIf',
  ],
  load: async () => (await import('../../../runtime.js')).setUser,
});
