// get-notification: the messages telling users their number — pending, sent and failed.
import { type OptionsOf, use } from '../../../params/define.js';
import { Failed, Pending, Sent } from '../../../params/notify.js';
import { ResultSize, Skip } from '../../../params/paging.js';
import { Identity } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { help: 'Only this user (UPN, sip: address or ObjectId).', positional: 0 }),
  Pending,
  Sent,
  Failed,
  use(ResultSize, { help: 'At most N rows (default 1000); Unlimited for all.', default: '1000' }),
  use(Skip, { help: 'Skip the first N rows.', default: 0 }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getNotificationCommand = defineCommand({
  name: 'get-notification',
  summary: 'Messages telling users their number: who is still to tell (Pending), and every message Sent or Failed.',
  kind: 'listing',
  params,
  examples: [
    'callplan get-notification --pending',
    'callplan get-notification --identity ken.myer@contoso.com -o list',
    'callplan get-notification --failed -o csv',
  ],
  load: async () => (await import('../../../runtime.js')).getNotification,
});
