// Claims of notify-users runs: a run takes a lease, claims the users it is about to tell, renews the lease while it
// sends, and gives the claims back as it records each outcome. A claim whose run's lease lapsed (a killed run) is void.
import { PENDING_SQL } from './notifications.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** What claiming a user gave: the claim, or why not (another live run holds it; another run told them meanwhile). */
export type ClaimResult = { kind: 'claimed' } | { kind: 'busy'; startedAt: string } | { kind: 'told'; notifiedAt: string };

/** Starts a run (call inside writeTx): drops lapsed runs and their claims, then records this run's lease. */
export function startClaimRun(db: DB, tenantId: number, runId: string, now: string, expiresAt: string): void {
  stmt(db, 'DELETE FROM notify_claims WHERE run_id IN (SELECT run_id FROM notify_runs WHERE expires_at <= ?)').run(now);
  stmt(db, 'DELETE FROM notify_runs WHERE expires_at <= ?').run(now);
  stmt(db, 'INSERT INTO notify_runs (run_id, tenant_id, started_at, expires_at) VALUES (?, ?, ?, ?)').run(runId, tenantId, now, expiresAt);
}

/**
 * Claims users for a run (call inside the writeTx that started it). With checkTold, a user no longer pending — another
 * run told them of their current number and location since this run looked — is not claimed.
 */
export function claimUsers(db: DB, runId: string, userIds: readonly number[], checkTold: boolean): ClaimResult[] {
  const told = stmt(db, `SELECT u.notified_at AS at, (n.id IS NOT NULL AND ${PENDING_SQL}) AS pending FROM users u LEFT JOIN numbers n ON n.user_id = u.id WHERE u.id = ?`);
  const claim = stmt(db, 'INSERT OR IGNORE INTO notify_claims (user_id, run_id) VALUES (?, ?)');
  const holder = stmt(db, 'SELECT r.started_at AS startedAt FROM notify_claims c JOIN notify_runs r ON r.run_id = c.run_id WHERE c.user_id = ?');
  return userIds.map((userId): ClaimResult => {
    if (checkTold) {
      const now = told.get(userId) as { at: string | null; pending: number } | undefined;
      if (now && now.pending === 0) return { kind: 'told', notifiedAt: now.at ?? '' };
    }
    if (claim.run(userId, runId).changes === 1) return { kind: 'claimed' };
    return { kind: 'busy', startedAt: (holder.get(userId) as { startedAt: string } | undefined)?.startedAt ?? '' };
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
