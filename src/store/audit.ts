// The audit log: one row per change, written in the same transaction as the change.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** One audit entry before it is written. */
export interface AuditEntry {
  tenantId: number | null;
  at: string;
  /** The cmdlet name (or command name) that made the change. */
  operation: string;
  /** What changed: a UPN, a number, an address id… */
  target: string;
  parameters: Record<string, unknown>;
  before?: unknown;
  after?: unknown;
  result: string;
}

/** A stored audit row as get-audit-log shows it. */
export interface AuditRow {
  id: number;
  at: string;
  operation: string;
  target: string;
  parameters: string;
  before: string | null;
  after: string | null;
  result: string;
}

/** Writes one audit entry (call inside the change's transaction). */
export function writeAudit(db: DB, e: AuditEntry): void {
  stmt(db, 'INSERT INTO audit_log (tenant_id, at, operation, target, parameters, before, after, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    e.tenantId,
    e.at,
    e.operation,
    e.target,
    JSON.stringify(e.parameters),
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
    e.result,
  );
}

/** Returns a function that writes many entries with one prepared statement (bulk paths). */
export function auditWriter(db: DB): (e: AuditEntry) => void {
  return (e) => writeAudit(db, e);
}

/** Filters of get-audit-log. */
export interface AuditQuery {
  tenantId: number;
  /** Matches the target or anything in the parameters/before/after text (a UPN, a number). */
  contains?: string[];
  operation?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

/** Reads audit rows, newest last, with the filters of get-audit-log. */
export function queryAudit(db: DB, q: AuditQuery): { rows: AuditRow[]; total: number } {
  // Store-wide entries (catalog loads) concern every tenant.
  const where = ['(tenant_id = ? OR tenant_id IS NULL)'];
  const args: unknown[] = [q.tenantId];
  for (const c of q.contains ?? []) {
    where.push("(target = ? COLLATE NOCASE OR instr(lower(parameters || ' ' || coalesce(before, '') || ' ' || coalesce(after, '')), lower(?)) > 0)");
    args.push(c, c);
  }
  if (q.operation) {
    where.push('operation = ? COLLATE NOCASE');
    args.push(q.operation);
  }
  if (q.since) {
    where.push('at >= ?');
    args.push(q.since);
  }
  if (q.until) {
    where.push('at < ?');
    args.push(q.until);
  }
  const w = where.join(' AND ');
  const total = (stmt(db, `SELECT COUNT(*) AS n FROM audit_log WHERE ${w}`).get(...args) as { n: number }).n;
  const rows = stmt(db, `SELECT id, at, operation, target, parameters, before, after, result FROM audit_log WHERE ${w} ORDER BY id LIMIT ? OFFSET ?`).all(
    ...args,
    q.limit,
    q.offset,
  ) as AuditRow[];
  return { rows, total };
}
