// Completing port orders whose transfer instant has come: their numbers become assignable. Called by settle before
// every command, so it stays cheap (one indexed probe when nothing is due) and imports nothing heavy.
import { iso } from '../clock.js';
import { portOrderState } from '../domain/port-order.js';
import { writeAudit } from '../store/audit.js';
import { getLimits } from '../store/catalog.js';
import type { DB } from '../store/open.js';
import { activatePortedNumbers, duePortOrders, hasDuePortOrders, markPortOrderCompleted } from '../store/port-orders.js';
import { writeTx } from '../store/sql.js';

/** Completes every due order (any tenant): numbers Activated, the order Completed, one audit row each. Returns how many. */
export function completeDuePortOrders(db: DB, now: Date): number {
  const at = iso(now);
  if (!hasDuePortOrders(db, at)) return 0;
  return writeTx(db, () => {
    const timings = getLimits(db).portOrder;
    let completed = 0;
    for (const o of duePortOrders(db, at)) {
      const s = portOrderState(o, now, timings);
      if (s.state !== 'Completed' || !s.focDate) continue;
      const numbers = activatePortedNumbers(db, o.id, s.focDate);
      markPortOrderCompleted(db, o.id, s.focDate);
      writeAudit(db, {
        tenantId: o.tenantId,
        at,
        operation: 'port-order-completion',
        target: o.orderId,
        parameters: {},
        before: { Status: 'TransferPending' },
        after: { Status: 'Completed', CompletedAt: s.focDate, ActivatedNumbers: numbers },
        result: 'Completed',
      });
      completed++;
    }
    return completed;
  });
}
