// get-user: the directory, with licences and numbers.
import { type OptionsOf, use } from '../../../params/define.js';
import { ResultSize, Skip } from '../../../params/paging.js';
import { HasNumber, Identity, Licensed, NoNumber, Unlicensed, UsageLocation } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { help: 'One user: UserPrincipalName, sip: address or ObjectId.', positional: 0 }),
  use(UsageLocation, { help: 'Only users with this usage location (ISO 3166-1 alpha-2).' }),
  Licensed,
  Unlicensed,
  HasNumber,
  NoNumber,
  use(ResultSize, { default: '100' }),
  use(Skip, { default: 0 }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getUserCommand = defineCommand({
  name: 'get-user',
  cmdlet: 'Get-CsOnlineUser',
  summary: 'List users with their usage location, licences and number; filters by identity, usage location, licensed, has number.',
  kind: 'listing',
  params,
  examples: [
    'callplan get-user ken.myer@contoso.com -o list',
    'callplan Get-CsOnlineUser -UsageLocation US -Licensed -NoNumber',
    'callplan get-user --unlicensed --first 1000 -o csv',
  ],
  load: async () => (await import('../../../runtime.js')).getUser,
});
