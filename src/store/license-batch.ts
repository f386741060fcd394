// The licence batch of set-user-license: a temp table of requests (with the user each names), the duplicate check in
// SQL, each row's plan written back, and the set-based apply. Memory stays flat however many rows a file has.
import type { DB } from './open.js';
import { createBatchTables } from './batch-table.js';
import { stmt } from './sql.js';

/** One request as read, with the user its identity resolved to (if any). */
export interface LicenseBatchRequest {
  row: number;
  identity: string;
  user: { id: number; upn: string; usageLocation: string | null } | undefined;
  /** SKU names as typed. */
  add: readonly string[];
  remove: readonly string[];
  /** Problems found reading the row. */
  problems: readonly { errorId: string; message: string; field: string }[];
}

/** A stored request, read back for planning (dupRows: "2, 7" when its user is on other rows too). */
export interface StoredLicenseRequest extends LicenseBatchRequest {
  dupRows: string | null;
}

/** A row's plan: failed (errorId/message), a change, or unchanged (message says why). */
export interface LicenseRowPlan {
  row: number;
  status: 'failed' | 'change' | 'unchanged';
  errorId: string | null;
  message: string | null;
  /** The SKUs asked for, in catalog spelling (for the audit row). */
  reqAdd: readonly string[];
  reqRemove: readonly string[];
  before: readonly string[];
  after: readonly string[];
  added: readonly string[];
  removed: readonly string[];
}

/** A finished row as stored, with the batch outcome for rows still to change. */
export interface LicenseBatchResult {
  row: number;
  identity: string;
  status: LicenseRowPlan['status'];
  errorId: string;
  message: string;
  after: string[];
  added: string[];
  removed: string[];
  outcome: string;
  outcomeMessage: string | null;
}

/** (Re)creates the batch tables for this connection. */
export function createLicenseBatch(db: DB): void {
  createBatchTables(
    db,
    'license_batch',
    `
      row            INTEGER PRIMARY KEY,
      identity       TEXT NOT NULL,
      user_id        INTEGER,
      upn            TEXT,
      usage_location TEXT,
      add_raw        TEXT NOT NULL,
      remove_raw     TEXT NOT NULL,
      problems       TEXT NOT NULL,
      dup_rows       TEXT,
      status         TEXT NOT NULL DEFAULT 'pending',
      error_id       TEXT,
      message        TEXT,
      req_add        TEXT,
      req_remove     TEXT,
      before         TEXT,
      after          TEXT,
      added          TEXT,
      removed        TEXT
    `,
  );
}

/** Appends requests (call inside the command's transaction). */
export function insertLicenseRequests(db: DB, rows: readonly LicenseBatchRequest[]): void {
  const ins = stmt(
    db,
    'INSERT INTO temp.license_batch (row, identity, user_id, upn, usage_location, add_raw, remove_raw, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) {
    ins.run(
      r.row,
      r.identity,
      r.user?.id ?? null,
      r.user?.upn ?? null,
      r.user?.usageLocation ?? null,
      JSON.stringify(r.add),
      JSON.stringify(r.remove),
      JSON.stringify(r.problems),
    );
  }
}

/** Notes, on every row whose user is on more than one row, the rows that user is on. */
export function flagLicenseDuplicates(db: DB): void {
  stmt(
    db,
    `WITH d AS (SELECT user_id, group_concat(row, ', ') AS rows FROM (SELECT user_id, row FROM temp.license_batch WHERE user_id IS NOT NULL ORDER BY row)
                GROUP BY user_id HAVING COUNT(*) > 1)
     UPDATE temp.license_batch SET dup_rows = d.rows FROM d WHERE license_batch.user_id = d.user_id`,
  ).run();
}

/** A page of stored requests after `afterRow`, in row order. */
export function licenseRequestsPage(db: DB, afterRow: number, limit: number): StoredLicenseRequest[] {
  const rows = stmt(
    db,
    'SELECT row, identity, user_id, upn, usage_location, add_raw, remove_raw, problems, dup_rows FROM temp.license_batch WHERE row > ? ORDER BY row LIMIT ?',
  )
    .raw(true)
    .all(afterRow, limit) as [number, string, number | null, string | null, string | null, string, string, string, string | null][];
  return rows.map(([row, identity, userId, upn, usageLocation, add, remove, problems, dupRows]) => ({
    row,
    identity,
    user: userId !== null && upn !== null ? { id: userId, upn, usageLocation } : undefined,
    add: JSON.parse(add) as string[],
    remove: JSON.parse(remove) as string[],
    problems: JSON.parse(problems) as LicenseBatchRequest['problems'],
    dupRows,
  }));
}

/** Writes rows' plans back. */
export function saveLicensePlans(db: DB, plans: readonly LicenseRowPlan[]): void {
  const upd = stmt(
    db,
    'UPDATE temp.license_batch SET status = ?, error_id = ?, message = ?, req_add = ?, req_remove = ?, before = ?, after = ?, added = ?, removed = ? WHERE row = ?',
  );
  const list = (l: readonly string[]) => JSON.stringify(l);
  for (const p of plans)
    upd.run(p.status, p.errorId, p.message, list(p.reqAdd), list(p.reqRemove), list(p.before), list(p.after), list(p.added), list(p.removed), p.row);
}

/** Gives and takes the planned SKUs, with one audit row per changed user, in three set-based statements. */
export function applyLicenseChanges(db: DB, tenantId: number, now: string, operation: string): void {
  stmt(
    db,
    `DELETE FROM user_licenses WHERE (user_id, sku) IN
       (SELECT b.user_id, j.value FROM temp.license_batch b CROSS JOIN json_each(b.removed) j WHERE b.status = 'change')`,
  ).run();
  stmt(
    db,
    `INSERT OR IGNORE INTO user_licenses (user_id, tenant_id, sku, assigned_at)
     SELECT b.user_id, ?, j.value, ? FROM temp.license_batch b CROSS JOIN json_each(b.added) j WHERE b.status = 'change' ORDER BY b.row`,
  ).run(tenantId, now);
  stmt(
    db,
    `INSERT INTO audit_log (tenant_id, at, operation, target, parameters, before, after, result)
     SELECT ?, ?, ?, upn, json_object('AddLicenses', json(req_add), 'RemoveLicenses', json(req_remove)),
            json_object('Licenses', json(before)), json_object('Licenses', json(after)), 'Updated'
     FROM temp.license_batch WHERE status = 'change' ORDER BY row`,
  ).run(tenantId, now, operation);
}

/** A page of finished rows in row order (onlyFailed for the terminal's short list). */
export function licenseResultsPage(db: DB, afterRow: number, limit: number, onlyFailed = false): LicenseBatchResult[] {
  const rows = stmt(
    db,
    `SELECT b.row, COALESCE(b.upn, b.identity), b.status, COALESCE(b.error_id, ''), COALESCE(b.message, ''), b.after, b.added, b.removed, m.outcome, m.message
     FROM temp.license_batch b CROSS JOIN temp.license_batch_meta m
     WHERE b.row > ? AND (? = 0 OR b.status = 'failed') ORDER BY b.row LIMIT ?`,
  )
    .raw(true)
    .all(afterRow, onlyFailed ? 1 : 0, limit) as [
    number,
    string,
    LicenseRowPlan['status'],
    string,
    string,
    string | null,
    string | null,
    string | null,
    string,
    string | null,
  ][];
  const list = (s: string | null) => (s === null ? [] : (JSON.parse(s) as string[]));
  return rows.map(([row, identity, status, errorId, message, after, added, removed, outcome, outcomeMessage]) => ({
    row,
    identity,
    status,
    errorId,
    message,
    after: list(after),
    added: list(added),
    removed: list(removed),
    outcome,
    outcomeMessage,
  }));
}
