// get-user: the directory, with licences and numbers.
import { USER_IDENTITY, pagingParams } from '../common.js';
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getUserCommand: CmdletDef = {
  name: 'get-user',
  cmdlet: 'Get-CsOnlineUser',
  summary: 'List users with their usage location, licences and number; filters by identity, usage location, licensed, has number.',
  kind: 'listing',
  params: [
    { ...USER_IDENTITY, positional: 0, help: 'One user: UserPrincipalName, sip: address or ObjectId.' },
    { name: 'UsageLocation', flag: 'usage-location', kind: 'string', valueName: 'CC', help: 'Only users with this usage location (ISO 3166-1 alpha-2).' },
    { name: 'Licensed', flag: 'licensed', kind: 'switch', help: 'Only users holding Phone System (or E5) and a Calling Plan.' },
    { name: 'Unlicensed', flag: 'unlicensed', kind: 'switch', help: 'Only users missing Phone System or a Calling Plan.' },
    { name: 'HasNumber', flag: 'has-number', kind: 'switch', help: 'Only users holding a number.' },
    { name: 'NoNumber', flag: 'no-number', kind: 'switch', help: 'Only users without a number.' },
    ...pagingParams(100, 'users', { firstAliases: ['ResultSize'], skipHelp: 'Skip the first N users (UPN order).' }),
  ],
  examples: [
    'callplan get-user ken.myer@contoso.com -o list',
    'callplan Get-CsOnlineUser -UsageLocation US -Licensed -NoNumber',
    'callplan get-user --unlicensed --first 1000 -o csv',
  ],
  load: loadRun('get-user'),
};
