// The users batch of add-user / import-users: a temp table of checked rows, the duplicate and store checks in SQL, and
// the set-based insert. Memory stays flat however many rows a file has.
import type { NewUser, UserFields } from '../domain/users.js';
import type { DB } from './open.js';
import { BATCH_RESULT_SQL, createBatchTables } from './batch-table.js';
import { stmt } from './sql.js';

/** One read row after the pure field checks. */
export interface CheckedUserRow {
  row: number;
  /** The UPN as typed (lower case, trimmed), for duplicate detection even when the row is otherwise bad. */
  upnKey: string | undefined;
  /** The UPN to show for the row. */
  subject: string;
  /** The fields as given (normalised), for comparing with a stored user. */
  given: UserFields;
  /** The user to create, when the row's fields are good. */
  user: NewUser | undefined;
  /** The problems found so far (errorId of the first; messages joined). */
  errorId: string | undefined;
  message: string | undefined;
}

/** (Re)creates the batch tables for this connection. */
export function createUserBatch(db: DB): void {
  createBatchTables(
    db,
    'user_batch',
    `
      row            INTEGER PRIMARY KEY,
      status         TEXT NOT NULL,
      subject        TEXT NOT NULL,
      upn_dup        TEXT,
      dup            INTEGER NOT NULL DEFAULT 0,
      clash          INTEGER NOT NULL DEFAULT 0,
      object_id      TEXT,
      upn            TEXT,
      display_name   TEXT,
      sip_address    TEXT,
      usage_location TEXT,
      email          TEXT,
      g_object_id    TEXT,
      g_display_name TEXT,
      g_usage        TEXT,
      g_email        TEXT,
      g_sip          TEXT,
      stored_object  TEXT,
      error_id       TEXT,
      message        TEXT
    `,
  );
}

/** Appends checked rows (call inside the command's transaction). */
export function insertUserRows(db: DB, rows: readonly CheckedUserRow[]): void {
  const ins = stmt(
    db,
    `INSERT INTO temp.user_batch (row, status, subject, upn_dup, object_id, upn, display_name, sip_address, usage_location, email,
       g_object_id, g_display_name, g_usage, g_email, g_sip, error_id, message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) {
    const u = r.user;
    const g = r.given;
    ins.run(
      r.row,
      r.errorId ? 'failed' : 'new',
      r.subject,
      r.upnKey ?? null,
      u?.objectId ?? g.objectId ?? null,
      u?.upn ?? null,
      u?.displayName ?? null,
      u?.sipAddress ?? null,
      u?.usageLocation ?? null,
      u?.email ?? null,
      g.objectId ?? null,
      g.displayName ?? null,
      g.usageLocation ?? null,
      g.email ?? null,
      g.sipAddress ?? null,
      r.errorId ?? null,
      r.message ?? null,
    );
  }
}

/**
 * Rows that share a UserPrincipalName, SipAddress or ObjectId with another row all fail with DuplicateRow (appended to
 * a row's earlier problems; a row gets one DuplicateRow at most, for the first field in that order).
 */
export function flagDuplicateRows(db: DB): void {
  const keys: [string, string, string][] = [
    ['UserPrincipalName', 'upn_dup', 'upn_dup IS NOT NULL'],
    ['SipAddress', 'lower(sip_address)', 'sip_address IS NOT NULL'],
    ['ObjectId', 'g_object_id', 'g_object_id IS NOT NULL'],
  ];
  for (const [field, expr, present] of keys) {
    stmt(
      db,
      `WITH d AS (SELECT ${expr} AS k, group_concat(row, ', ') AS rows FROM temp.user_batch WHERE ${present} GROUP BY 1 HAVING COUNT(*) > 1)
       UPDATE temp.user_batch SET status = 'failed', dup = 1, error_id = COALESCE(error_id, 'DuplicateRow'),
         message = CASE WHEN message IS NULL THEN '' ELSE message || ' ' END
                   || '${field} ''' || d.k || ''' is on rows ' || d.rows || '; give each user one row.'
       FROM d WHERE ${expr.replace('sip_address', 'user_batch.sip_address')} = d.k AND user_batch.dup = 0`,
    ).run();
  }
}

/** A row whose UPN is already a user of the tenant: the stored user and the row's given fields. */
export interface ExistingMatch {
  row: number;
  stored: NewUser;
  given: UserFields;
}

/** The good rows whose UPN already exists in the tenant (a page at a time, in row order). */
export function existingMatches(db: DB, tenantId: number, afterRow: number, limit: number): ExistingMatch[] {
  const rows = stmt(
    db,
    `SELECT b.row, u.object_id, u.upn, u.display_name, u.sip_address, u.usage_location, u.email,
            b.g_object_id, b.g_display_name, b.g_usage, b.g_email, b.g_sip
     FROM temp.user_batch b CROSS JOIN users u ON u.tenant_id = ? AND u.upn_key = lower(b.upn)
     WHERE b.status = 'new' AND b.row > ? ORDER BY b.row LIMIT ?`,
  )
    .raw(true)
    .all(tenantId, afterRow, limit) as [number, string, string, string, string, string | null, string | null, ...(string | null)[]][];
  return rows.map(([row, objectId, upn, displayName, sipAddress, usageLocation, email, gObject, gDisplay, gUsage, gEmail, gSip]) => ({
    row,
    stored: { objectId, upn, displayName, sipAddress, usageLocation, email },
    given: {
      ...(gObject !== null ? { objectId: gObject! } : {}),
      ...(gDisplay !== null ? { displayName: gDisplay! } : {}),
      ...(gUsage !== null ? { usageLocation: gUsage! } : {}),
      ...(gEmail !== null ? { email: gEmail! } : {}),
      ...(gSip !== null ? { sipAddress: gSip! } : {}),
    },
  }));
}

/** Marks a row whose user already exists: Unchanged (with a note) or failed (UserAlreadyExists). */
export function markExisting(db: DB, row: number, storedObjectId: string, failure: string | undefined, note: string): void {
  if (failure === undefined) {
    stmt(db, "UPDATE temp.user_batch SET status = 'unchanged', stored_object = ?, message = ? WHERE row = ?").run(storedObjectId, note, row);
  } else {
    stmt(db, "UPDATE temp.user_batch SET status = 'failed', stored_object = ?, error_id = 'UserAlreadyExists', message = ? WHERE row = ?").run(
      storedObjectId,
      failure,
      row,
    );
  }
}

/** New users whose SipAddress belongs to another user, or whose ObjectId is taken (anywhere in the store), fail (both said). */
export function flagStoreClashes(db: DB, tenantId: number): void {
  stmt(
    db,
    `WITH c AS (SELECT b.row, u.upn FROM temp.user_batch b CROSS JOIN users u ON u.tenant_id = ? AND u.sip_key = lower(b.sip_address) WHERE b.status = 'new')
     UPDATE temp.user_batch SET status = 'failed', clash = 1, error_id = 'UserAlreadyExists',
       message = 'SipAddress ''' || sip_address || ''' already belongs to ' || c.upn || '.'
     FROM c WHERE user_batch.row = c.row`,
  ).run(tenantId);
  stmt(
    db,
    `WITH c AS (SELECT b.row FROM temp.user_batch b CROSS JOIN users u ON u.object_id = b.object_id WHERE b.status = 'new' OR b.clash = 1)
     UPDATE temp.user_batch SET status = 'failed', clash = 1, error_id = 'UserAlreadyExists',
       message = CASE WHEN message IS NULL THEN '' ELSE message || ' ' END || 'ObjectId ' || object_id || ' is already used by another user.'
     FROM c WHERE user_batch.row = c.row`,
  ).run();
}

/** Creates the good rows' users and their audit rows with two set-based statements. */
export function insertNewUsers(db: DB, tenantId: number, now: string, operation: string): void {
  stmt(
    db,
    `INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, email, created_at)
     SELECT ?, object_id, upn, lower(upn), display_name, sip_address, lower(sip_address), usage_location, email, ?
     FROM temp.user_batch WHERE status = 'new' ORDER BY row`,
  ).run(tenantId, now);
  stmt(
    db,
    `INSERT INTO audit_log (tenant_id, at, operation, target, parameters, after, result)
     SELECT ?, ?, ?, upn,
            json_object('row', row, 'upn', upn, 'displayName', g_display_name, 'usageLocation', g_usage, 'email', g_email,
                        'objectId', g_object_id, 'sipAddress', g_sip),
            json_object('objectId', object_id, 'upn', upn, 'displayName', display_name, 'sipAddress', sip_address,
                        'usageLocation', usage_location, 'email', email),
            'Created'
     FROM temp.user_batch WHERE status = 'new' ORDER BY row`,
  ).run(tenantId, now, operation);
}

/** One finished row. */
export interface UserResult {
  row: number;
  upn: string;
  objectId: string;
  result: string;
  errorId: string;
  message: string;
  user: NewUser | undefined;
}

/** A page of finished rows in row order (onlyFailed for the terminal's short list). */
export function userResultsPage(db: DB, afterRow: number, limit: number, onlyFailed = false): UserResult[] {
  const rows = stmt(
    db,
    `SELECT b.row, b.subject, COALESCE(b.stored_object, CASE WHEN b.status = 'new' AND m.outcome = 'Created' THEN b.object_id ELSE b.g_object_id END, '') AS objectId,
            ${BATCH_RESULT_SQL} AS result, COALESCE(b.error_id, '') AS errorId,
            CASE WHEN b.status = 'new' AND m.outcome = 'Skipped' THEN m.message
                 WHEN b.status = 'new' AND m.outcome = 'WhatIf' THEN 'would create ' || b.upn || '.'
                 WHEN b.status = 'new' THEN 'created ' || b.upn || ' (ObjectId ' || b.object_id || ').'
                 ELSE COALESCE(b.message, '') END AS message,
            b.object_id, b.upn, b.display_name, b.sip_address, b.usage_location, b.email
     FROM temp.user_batch b CROSS JOIN temp.user_batch_meta m
     WHERE b.row > ? AND (? = 0 OR b.status = 'failed') ORDER BY b.row LIMIT ?`,
  )
    .raw(true)
    .all(afterRow, onlyFailed ? 1 : 0, limit) as [
    number,
    string,
    string,
    string,
    string,
    string,
    string | null,
    string | null,
    string | null,
    string | null,
    string | null,
    string | null,
  ][];
  return rows.map(([row, upn, objectId, result, errorId, message, uObject, uUpn, uDisplay, uSip, uUsage, uEmail]) => ({
    row,
    upn,
    objectId,
    result,
    errorId,
    message,
    user:
      uUpn !== null && uObject !== null
        ? { objectId: uObject, upn: uUpn, displayName: uDisplay ?? uUpn, sipAddress: uSip ?? `sip:${uUpn}`, usageLocation: uUsage, email: uEmail }
        : undefined,
  }));
}
