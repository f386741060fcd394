// Brings time-driven state up to the clock before a command reads or writes: expired holds go back to the pool,
// port orders whose transfer instant has come complete.
import { iso } from '../clock.js';
import type { DB } from '../store/open.js';
import { expireHolds, hasExpiredHolds } from '../store/reservations.js';
import { writeTx } from '../store/sql.js';
import { completeDuePortOrders } from './port-completion.js';

/** Releases expired reservations and completes due port orders (cheap checks first, so read-only commands rarely write). */
export function settle(db: DB, now: Date): void {
  const at = iso(now);
  if (hasExpiredHolds(db, at)) {
    writeTx(db, () => {
      expireHolds(db, at);
    });
  }
  completeDuePortOrders(db, now);
}
