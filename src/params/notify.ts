import { param } from './define.js';

export const AllPending = param({
  name: 'AllPending',
  flag: 'all-pending',
  kind: 'switch',
  help: 'Every user whose number or emergency location changed since their last message (the default).',
});

export const Smtp = param({
  name: 'Smtp',
  flag: 'smtp',
  aliases: ['SmtpUrl'],
  kind: 'string',
  valueName: 'URL',
  help: 'Notify: send through this SMTP server (default asked: $CALLPLAN_SMTP_URL).',
});

export const Out = param({
  name: 'Out',
  flag: 'out',
  aliases: ['OutDir'],
  kind: 'string',
  valueName: 'DIR',
  help: 'Notify: write .eml files into this folder instead of sending.',
});

export const From = param({
  name: 'From',
  flag: 'from',
  kind: 'string',
  valueName: 'ADDRESS',
  help: 'Notify: the sender (default: Teams Phone <noreply@the primary domain>).',
});

export const Template = param({
  name: 'Template',
  flag: 'template',
  kind: 'string',
  valueName: 'FILE',
  input: true,
  help: 'A JSON message template with subject, text and html (default: fixtures/notify-template.json).',
});

export const Pending = param({
  name: 'Pending',
  flag: 'pending',
  kind: 'switch',
  help: 'Users whose number or emergency location changed since their last message.',
});

export const Sent = param({ name: 'Sent', flag: 'sent', kind: 'switch', help: 'Messages the SMTP server accepted (or .eml files written).' });

export const Failed = param({ name: 'Failed', flag: 'failed', kind: 'switch', help: 'Messages that failed (the user stays pending).' });
