// add-user: one new user in the directory. Its columns are also import-users' CSV columns.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const addUserCommand: CmdletDef = {
  name: 'add-user',
  aliases: ['New-MsolUser'],
  summary: 'Add a user to the directory: UserPrincipalName, DisplayName, UsageLocation, Email, ObjectId, SipAddress.',
  kind: 'change',
  params: [
    {
      name: 'UserPrincipalName',
      flag: 'user-principal-name',
      aliases: ['UPN'],
      kind: 'string',
      positional: 0,
      required: true,
      csv: true,
      valueName: 'UPN',
      help: "The user's sign-in name, e.g. ken.myer@contoso.com.",
    },
    { name: 'DisplayName', flag: 'display-name', kind: 'string', csv: true, valueName: 'NAME', help: 'The name people see (default: the UserPrincipalName).' },
    {
      name: 'UsageLocation',
      flag: 'usage-location',
      kind: 'string',
      csv: true,
      valueName: 'CC',
      help: "The user's country as an ISO 3166-1 alpha-2 code (US, GB, …); a Calling Plan needs one.",
    },
    {
      name: 'Email',
      flag: 'email',
      aliases: ['Mail', 'EmailAddress'],
      kind: 'string',
      csv: true,
      valueName: 'ADDRESS',
      help: 'Where notify-users sends the new-number message.',
    },
    { name: 'ObjectId', flag: 'object-id', kind: 'string', csv: true, valueName: 'GUID', help: "The user's ObjectId (default: a new GUID)." },
    {
      name: 'SipAddress',
      flag: 'sip-address',
      kind: 'string',
      csv: true,
      valueName: 'SIP',
      help: "The user's SIP address (default: sip: + UserPrincipalName).",
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan add-user ken.myer@contoso.com --display-name "Ken Myer" --usage-location US --email ken.myer@contoso.com',
    'callplan add-user -UserPrincipalName pilar@contoso.com -UsageLocation GB -WhatIf',
  ],
  load: loadRun('add-user'),
};
