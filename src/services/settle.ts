// Brings time-driven state up to the clock before a command reads or writes: expired holds go back to the pool.
import { iso } from '../clock.js';
import type { DB } from '../store/open.js';
import { expireHolds, hasExpiredHolds } from '../store/reservations.js';
import { writeTx } from '../store/sql.js';

/** Releases expired reservations (cheap check first, so read-only commands rarely write). */
export function settle(db: DB, now: Date): void {
  const at = iso(now);
  if (!hasExpiredHolds(db, at)) return;
  writeTx(db, () => {
    expireHolds(db, at);
  });
}
