// Claims of notify-users runs: a run takes a lease, claims the users it is about to tell, renews the lease while it
// sends, and gives the claims back as it records each outcome. A claim whose run's lease lapsed, or whose process is
// gone (Ctrl+C, kill -9), is void.
import { PENDING_SQL } from './notifications.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A run that holds claims: its process, and when it started. */
export interface ClaimRun {
  runId: string;
  host: string;
  pid: number;
}

/** What claiming a user gave: the claim, or why not (another live run holds it; another run told them meanwhile). */
export type ClaimResult = { kind: 'claimed' } | { kind: 'busy'; host: string; pid: number; startedAt: string } | { kind: 'told'; notifiedAt: string };

/**
 * Starts a run (call inside writeTx): drops the runs whose lease lapsed or whose process is gone (`gone` says, for a run
 * of this host), with their claims, then records this run and its lease.
 */
export function startClaimRun(db: DB, tenantId: number, run: ClaimRun, now: string, expiresAt: string, gone: (r: ClaimRun) => boolean): void {
  const runs = stmt(db, 'SELECT run_id AS runId, host, pid, expires_at AS expiresAt FROM notify_runs').all() as (ClaimRun & { expiresAt: string })[];
  const dead = runs.filter((r) => r.expiresAt <= now || gone(r)).map((r) => r.runId);
  if (dead.length) {
    stmt(db, 'DELETE FROM notify_claims WHERE run_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(dead));
    stmt(db, 'DELETE FROM notify_runs WHERE run_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(dead));
  }
  stmt(db, 'INSERT INTO notify_runs (run_id, tenant_id, host, pid, started_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    run.runId,
    tenantId,
    run.host,
    run.pid,
    now,
    expiresAt,
  );
}

/**
 * Claims users for a run (call inside the writeTx that started it), in three set-based statements. With checkTold, a
 * user no longer pending — another run told them of their current number and location since this run looked — is not
 * claimed.
 */
export function claimUsers(db: DB, runId: string, userIds: readonly number[], checkTold: boolean): ClaimResult[] {
  const ids = JSON.stringify(userIds);
  const told = new Map<number, string>();
  if (checkTold) {
    const rows = stmt(
      db,
      `SELECT u.id, COALESCE(u.notified_at, '') AS at FROM json_each(?) j CROSS JOIN users u ON u.id = j.value LEFT JOIN numbers n ON n.user_id = u.id
       WHERE NOT (n.id IS NOT NULL AND ${PENDING_SQL})`,
    ).all(ids) as { id: number; at: string }[];
    for (const r of rows) told.set(r.id, r.at);
  }
  stmt(db, 'INSERT OR IGNORE INTO notify_claims (user_id, run_id) SELECT value, ? FROM json_each(?) WHERE value NOT IN (SELECT value FROM json_each(?))').run(
    runId,
    ids,
    JSON.stringify([...told.keys()]),
  );
  const busy = new Map(
    (
      stmt(
        db,
        `SELECT c.user_id AS id, r.host, r.pid, r.started_at AS startedAt FROM json_each(?) j CROSS JOIN notify_claims c ON c.user_id = j.value
         JOIN notify_runs r ON r.run_id = c.run_id WHERE c.run_id <> ?`,
      ).all(ids, runId) as { id: number; host: string; pid: number; startedAt: string }[]
    ).map((r) => [r.id, r]),
  );
  return userIds.map((id): ClaimResult => {
    const at = told.get(id);
    if (at !== undefined) return { kind: 'told', notifiedAt: at };
    const b = busy.get(id);
    return b ? { kind: 'busy', host: b.host, pid: b.pid, startedAt: b.startedAt } : { kind: 'claimed' };
  });
}

/** Extends a run's lease (it is still sending). */
export function renewClaimRun(db: DB, runId: string, expiresAt: string): void {
  stmt(db, 'UPDATE notify_runs SET expires_at = ? WHERE run_id = ?').run(expiresAt, runId);
}

/** Gives back a run's claims on these users (their outcome is recorded). */
export function releaseClaims(db: DB, runId: string, userIds: readonly number[]): void {
  stmt(db, 'DELETE FROM notify_claims WHERE run_id = ? AND user_id IN (SELECT value FROM json_each(?))').run(runId, JSON.stringify(userIds));
}

/** Ends a run: its remaining claims and its lease go. */
export function endClaimRun(db: DB, runId: string): void {
  stmt(db, 'DELETE FROM notify_claims WHERE run_id = ?').run(runId);
  stmt(db, 'DELETE FROM notify_runs WHERE run_id = ?').run(runId);
}
