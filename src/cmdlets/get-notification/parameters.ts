// get-notification: the messages telling users their number — pending, sent and failed.
import { USER_IDENTITY, pagingParams } from '../common.js';
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getNotificationCommand: CmdletDef = {
  name: 'get-notification',
  summary: 'Messages telling users their number: who is still to tell (Pending), and every message Sent or Failed.',
  kind: 'listing',
  params: [
    { ...USER_IDENTITY, positional: 0, help: 'Only this user (UPN, sip: address or ObjectId).' },
    { name: 'Pending', flag: 'pending', kind: 'switch', help: 'Users whose number or emergency location changed since their last message.' },
    { name: 'Sent', flag: 'sent', kind: 'switch', help: 'Messages the SMTP server accepted (or .eml files written).' },
    { name: 'Failed', flag: 'failed', kind: 'switch', help: 'Messages that failed (the user stays pending).' },
    ...pagingParams(1000, 'rows'),
  ],
  examples: [
    'callplan get-notification --pending',
    'callplan get-notification --identity ken.myer@contoso.com -o list',
    'callplan get-notification --failed -o csv',
  ],
  load: loadRun('get-notification'),
};
