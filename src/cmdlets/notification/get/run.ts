// get-notification: pending users and the message history, with the filters of its parameter table.
import type { Deps } from '../../../deps.js';
import { queryNotifications, type NotificationRow } from '../../../store/notifications.js';
import { requireUser } from '../../../services/users.js';
import { readPage } from '../../shared/paging.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-notification. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const identity = o.identity;
  const user = identity ? requireUser(deps.db, tenant, identity) : undefined;
  const statuses: NotificationRow['status'][] = [];
  if (o.pending === true) statuses.push('Pending');
  if (o.sent === true) statuses.push('Sent');
  if (o.failed === true) statuses.push('Failed');
  const page = readPage(o.resultSize, o.skip);
  const { rows, total } = queryNotifications(deps.db, { tenantId: tenant.id, userId: user?.id, statuses, limit: page.limit, offset: page.offset });
  const records = rows.map((r) => ({
    Identity: r.upn,
    Email: r.email ?? '',
    TelephoneNumber: `+${r.number}`,
    Status: r.status,
    At: r.at,
    Transport: r.transport,
    MessageId: r.messageId,
    Error: r.error,
  }));
  return { records, columns: ['Identity', 'Email', 'TelephoneNumber', 'Status', 'At', 'Transport', 'Error'], notices: page.notice(rows.length, total, 'rows') };
}
