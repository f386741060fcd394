// Telling users their number: who is pending, what a message needs (number, emergency address), recording what was
// sent, and the notification history get-notification lists.
import { writeAudit } from './audit.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/**
 * THE definition of a pending notification (SQL condition over `u` = users and `n` = the number the user holds):
 * the user holds a number, and (number, emergency location) differs from what the last message told them.
 * status (figures.ts), notify-users and get-notification all use it.
 */
export const PENDING_SQL = '(u.notified_number IS NOT n.number OR u.notified_location_id IS NOT n.location_id)';

/** The audit operation of a message sent or written. */
export const NOTIFY_OPERATION = 'Send-CallplanNotification';

/** A user as notify-users needs them: directory fields, the number held, and its emergency address. */
export interface NotifyCandidate {
  userId: number;
  upn: string;
  displayName: string;
  email: string | null;
  /** Digits of the number held, or null when the user holds none. */
  number: string | null;
  /** Row id of the number's emergency location (null when it has none). */
  locationRow: number | null;
  /** The LocationId (GUID) of that location. */
  locationId: string | null;
  location: string | null;
  isDefaultLocation: boolean;
  houseNumber: string | null;
  houseNumberSuffix: string | null;
  preDirectional: string | null;
  streetName: string | null;
  streetSuffix: string | null;
  postDirectional: string | null;
  city: string | null;
  stateOrProvince: string | null;
  postalCode: string | null;
  country: string | null;
  notifiedNumber: string | null;
  notifiedLocationId: string | null;
  notifiedAt: string | null;
  /** True when the number or location differs from the last message (PENDING_SQL). */
  pending: boolean;
}

const CANDIDATE_COLUMNS = `
  u.id AS userId, u.upn, u.display_name AS displayName, u.email, n.number, n.location_id AS locationRow, l.location_id AS locationId,
  l.location, l.is_default AS isDefaultLocation, a.house_number AS houseNumber, a.house_number_suffix AS houseNumberSuffix,
  a.pre_directional AS preDirectional, a.street_name AS streetName, a.street_suffix AS streetSuffix, a.post_directional AS postDirectional,
  a.city, a.state_or_province AS stateOrProvince, a.postal_code AS postalCode, a.country,
  u.notified_number AS notifiedNumber, (SELECT nl.location_id FROM locations nl WHERE nl.id = u.notified_location_id) AS notifiedLocationId,
  u.notified_at AS notifiedAt,
  (n.id IS NOT NULL AND ${PENDING_SQL}) AS pending`;
const CANDIDATE_JOINS = 'LEFT JOIN numbers n ON n.user_id = u.id LEFT JOIN locations l ON l.id = n.location_id LEFT JOIN addresses a ON a.id = l.address_id';

type CandidateRaw = Omit<NotifyCandidate, 'isDefaultLocation' | 'pending'> & { isDefaultLocation: number | null; pending: number };
const toCandidate = (r: CandidateRaw): NotifyCandidate => ({ ...r, isDefaultLocation: r.isDefaultLocation === 1, pending: r.pending === 1 });

/** Users of a tenant by row id (any order; the caller keeps its own), with their number and emergency address. */
export function candidatesByIds(db: DB, tenantId: number, userIds: readonly number[]): NotifyCandidate[] {
  if (!userIds.length) return [];
  const rows = stmt(db, `SELECT ${CANDIDATE_COLUMNS} FROM json_each(?) j CROSS JOIN users u ON u.id = j.value ${CANDIDATE_JOINS} WHERE u.tenant_id = ?`).all(
    JSON.stringify([...new Set(userIds)]),
    tenantId,
  ) as CandidateRaw[];
  return rows.map(toCandidate);
}

/** A page of the tenant's pending users in UPN order after `afterKey` (keyset paging: recording results does not shift it). */
export function pendingCandidatesPage(db: DB, tenantId: number, afterKey: string, limit: number): { rows: NotifyCandidate[]; lastKey: string | undefined } {
  const rows = stmt(
    db,
    `SELECT ${CANDIDATE_COLUMNS}, u.upn_key AS k FROM users u ${CANDIDATE_JOINS}
     WHERE u.tenant_id = ? AND u.upn_key > ? AND n.id IS NOT NULL AND ${PENDING_SQL} ORDER BY u.upn_key LIMIT ?`,
  ).all(tenantId, afterKey, limit) as (CandidateRaw & { k: string })[];
  return { rows: rows.map(({ k: _k, ...r }) => toCandidate(r)), lastKey: rows[rows.length - 1]?.k };
}

/** The domain most of the tenant's users sign in with (its primary domain in practice), or undefined with no users. */
export function primaryDomain(db: DB, tenantId: number): string | undefined {
  const r = stmt(
    db,
    `SELECT substr(upn_key, instr(upn_key, '@') + 1) AS domain, COUNT(*) AS c FROM users
     WHERE tenant_id = ? AND instr(upn_key, '@') > 0 GROUP BY domain ORDER BY c DESC, domain LIMIT 1`,
  ).get(tenantId) as { domain: string } | undefined;
  return r?.domain;
}

/** The outcome of one message, to record. */
export interface NotifyOutcome {
  userId: number;
  upn: string;
  transport: 'SMTP' | 'File';
  recipient: string;
  /** Digits of the number the message told. */
  number: string;
  locationRow: number | null;
  locationId: string | null;
  /** What the user had been told before (for the audit log). */
  before: { number: string | null; locationId: string | null };
  /** Sent (SMTP accepted) / Written (.eml file) mark the user notified; Failed leaves them pending. */
  result: 'Sent' | 'Written' | 'Failed';
  messageId: string | null;
  /** "ErrorId: message" of a failure. */
  error: string | null;
  /** Where a .eml was written. */
  path?: string | undefined;
}

/**
 * Records outcomes (call inside writeTx): an accepted message sets the user's notified number/location/time to what the
 * message said (not to what the user holds now, so a change made meanwhile stays pending); every outcome gets a
 * notifications row and an audit row.
 */
export function recordOutcomes(db: DB, tenantId: number, at: string, outcomes: readonly NotifyOutcome[]): void {
  const mark = stmt(db, 'UPDATE users SET notified_number = ?, notified_location_id = ?, notified_at = ? WHERE id = ? AND tenant_id = ?');
  const insert = stmt(
    db,
    'INSERT INTO notifications (tenant_id, user_id, at, transport, recipient, number, location_id, message_id, status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const o of outcomes) {
    const ok = o.result !== 'Failed';
    if (ok) mark.run(o.number, o.locationRow, at, o.userId, tenantId);
    insert.run(tenantId, o.userId, at, o.transport, o.recipient, o.number, o.locationRow, o.messageId, ok ? 'Sent' : 'Failed', o.error);
    writeAudit(db, {
      tenantId,
      at,
      operation: NOTIFY_OPERATION,
      target: o.upn,
      parameters: {
        Transport: o.transport,
        Recipient: o.recipient,
        TelephoneNumber: `+${o.number}`,
        LocationID: o.locationId,
        ...(o.path ? { Path: o.path } : {}),
      },
      before: { NotifiedNumber: o.before.number ? `+${o.before.number}` : null, NotifiedLocationID: o.before.locationId },
      after: ok ? { NotifiedNumber: `+${o.number}`, NotifiedLocationID: o.locationId, MessageId: o.messageId } : { Error: o.error },
      result: o.result,
    });
  }
}

/** Filters of get-notification. */
export interface NotificationQuery {
  tenantId: number;
  userId?: number | undefined;
  /** Which kinds to list (all when empty). */
  statuses: readonly ('Pending' | 'Sent' | 'Failed')[];
  limit: number;
  offset: number;
}

/** One row of get-notification. */
export interface NotificationRow {
  upn: string;
  email: string | null;
  number: string;
  status: 'Pending' | 'Sent' | 'Failed';
  at: string | null;
  transport: string | null;
  messageId: string | null;
  error: string | null;
}

/**
 * The messages of a tenant — sent and failed ones from the history, plus one Pending row per user still to tell
 * (with the last attempt's error, or NoEmailAddress) — per user in UPN order, history by time, pending last.
 */
export function queryNotifications(db: DB, q: NotificationQuery): { rows: NotificationRow[]; total: number } {
  const want = (s: string) => q.statuses.length === 0 || q.statuses.includes(s as NotificationRow['status']);
  const history = ['Sent', 'Failed'].filter(want);
  const parts: string[] = [];
  const args: unknown[] = [];
  const byUser = q.userId !== undefined ? ' AND u.id = ?' : '';
  if (history.length) {
    parts.push(`SELECT u.upn_key AS k, 0 AS pend, nt.id AS seq, u.upn, nt.recipient AS email, nt.number, nt.status, nt.at, nt.transport,
                       nt.message_id AS messageId, nt.error
                FROM notifications nt JOIN users u ON u.id = nt.user_id
                WHERE nt.tenant_id = ? AND nt.status IN (SELECT value FROM json_each(?))${byUser}`);
    args.push(q.tenantId, JSON.stringify(history), ...(q.userId !== undefined ? [q.userId] : []));
  }
  if (want('Pending')) {
    parts.push(`SELECT u.upn_key AS k, 1 AS pend, 0 AS seq, u.upn, u.email, n.number, 'Pending' AS status, NULL AS at, NULL AS transport, NULL AS messageId,
                       CASE WHEN u.email IS NULL OR u.email = '' THEN 'NoEmailAddress: ' || u.upn || ' has no email address (set-user --email).'
                            ELSE (SELECT CASE WHEN x.status = 'Failed' THEN x.error END FROM notifications x WHERE x.user_id = u.id ORDER BY x.id DESC LIMIT 1) END AS error
                FROM users u JOIN numbers n ON n.user_id = u.id
                WHERE u.tenant_id = ? AND ${PENDING_SQL}${byUser}`);
    args.push(q.tenantId, ...(q.userId !== undefined ? [q.userId] : []));
  }
  if (!parts.length) return { rows: [], total: 0 };
  const union = parts.join(' UNION ALL ');
  const total = (stmt(db, `SELECT COUNT(*) AS c FROM (${union})`).get(...args) as { c: number }).c;
  const rows = stmt(db, `SELECT upn, email, number, status, at, transport, messageId, error FROM (${union}) ORDER BY k, pend, seq LIMIT ? OFFSET ?`).all(
    ...args,
    q.limit,
    q.offset,
  ) as NotificationRow[];
  return { rows, total };
}
