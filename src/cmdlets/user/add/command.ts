// add-user: one new user in the directory. Its columns are also import-users' CSV columns.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { DisplayName, Email, ObjectId, SipAddress, UsageLocation, UserPrincipalName } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(UserPrincipalName, { required: true, positional: 0, csv: true }),
  use(DisplayName, { csv: true }),
  use(UsageLocation, { help: "The user's country as an ISO 3166-1 alpha-2 code (US, GB, …); a Calling Plan needs one.", csv: true }),
  use(Email, { csv: true }),
  use(ObjectId, { csv: true }),
  use(SipAddress, { csv: true }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const addUserCommand = defineCommand({
  name: 'add-user',
  aliases: ['New-MsolUser'],
  summary: 'Add a user to the directory: UserPrincipalName, DisplayName, UsageLocation, Email, ObjectId, SipAddress.',
  kind: 'change',
  params,
  examples: [
    'callplan add-user ken.myer@contoso.com --display-name "Ken Myer" --usage-location US --email ken.myer@contoso.com',
    'callplan add-user -UserPrincipalName pilar@contoso.com -UsageLocation GB -WhatIf',
  ],
  load: async () => (await import('../../../runtime.js')).addUser,
});
