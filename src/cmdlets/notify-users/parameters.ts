// notify-users: tell users their new number and emergency address by email (SMTP) or as .eml files.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS, USER_IDENTITY } from '../common.js';
import type { CmdletDef } from '../types.js';

export const notifyUsersCommand: CmdletDef = {
  name: 'notify-users',
  aliases: ['Send-CallplanNotification'],
  summary: 'Email each user whose number or emergency location changed since their last message (SMTP, or .eml files with --out).',
  kind: 'change',
  params: [
    {
      ...USER_IDENTITY,
      kind: 'list',
      positional: 0,
      valueName: 'U1,U2',
      help: 'Only these users (UPN, sip: address or ObjectId; comma list). Default: every user still to tell.',
    },
    {
      name: 'AllPending',
      flag: 'all-pending',
      kind: 'switch',
      help: 'Every user whose number or emergency location changed since their last message (the default).',
    },
    {
      name: 'Smtp',
      flag: 'smtp',
      aliases: ['SmtpUrl'],
      kind: 'string',
      valueName: 'URL',
      help: 'Send through this SMTP server: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (default: $CALLPLAN_SMTP_URL).',
    },
    {
      name: 'Out',
      flag: 'out',
      aliases: ['OutDir'],
      kind: 'string',
      valueName: 'DIR',
      help: 'Write one .eml file per user into this folder instead of sending (counts as sent).',
    },
    {
      name: 'From',
      flag: 'from',
      kind: 'string',
      valueName: 'ADDRESS',
      help: 'The sender, e.g. "Teams Phone <noreply@contoso.com>" (default: Teams Phone <noreply@the domain most users sign in with>).',
    },
    {
      name: 'Template',
      flag: 'template',
      kind: 'string',
      input: true,
      valueName: 'FILE',
      help: 'A JSON message template with subject, text and html (default: fixtures/notify-template.json).',
    },
    { name: 'Force', flag: 'force', kind: 'switch', help: 'With -Identity: send again to users already told of their current number.' },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan notify-users --all-pending --smtp smtp://smtp.contoso.com:25',
    'CALLPLAN_SMTP_URL=smtps://relay:secret@smtp.contoso.com callplan notify-users --identity ken.myer@contoso.com',
    'callplan notify-users --out ./messages --whatif',
    'callplan notify-users --out ./messages --template ./my-template.json --from "IT <it@contoso.com>"',
  ],
  load: loadRun('notify-users'),
};
