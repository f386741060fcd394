// notify-users: tell users their new number and emergency address by email (SMTP) or as .eml files.
import { type OptionsOf, many, use } from '../../../params/define.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { AllPending, From, Out, Smtp, Template } from '../../../params/notify.js';
import { Identity } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(many(Identity), {
    help: 'Only these users (UPN, sip: address or ObjectId; comma list). Default: every user still to tell.',
    valueName: 'U1,U2',
    positional: 0,
  }),
  AllPending,
  use(Smtp, {
    help: 'Send through this SMTP server: smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465 (default: $CALLPLAN_SMTP_URL).',
  }),
  use(Out, { help: 'Write one .eml file per user into this folder instead of sending (counts as sent).' }),
  use(From, { help: 'The sender, e.g. "Teams Phone <noreply@contoso.com>" (default: Teams Phone <noreply@the domain most users sign in with>).' }),
  Template,
  use(Force, { help: 'With -Identity: send again to users already told of their current number.' }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const notifyUsersCommand = defineCommand({
  name: 'notify-users',
  aliases: ['Send-CallplanNotification'],
  summary: 'Email each user whose number or emergency location changed since their last message (SMTP, or .eml files with --out).',
  kind: 'change',
  params,
  examples: [
    'callplan notify-users --all-pending --smtp smtp://smtp.contoso.com:25',
    'CALLPLAN_SMTP_URL=smtps://relay:secret@smtp.contoso.com callplan notify-users --identity ken.myer@contoso.com',
    'callplan notify-users --out ./messages --whatif',
    'callplan notify-users --out ./messages --template ./my-template.json --from "IT <it@contoso.com>"',
  ],
  load: async () => (await import('../../../runtime.js')).notifyUsers,
});
