// get-port-order: every order (or one) with its state at the store's clock; one order reads as a list.
import type { Deps } from '../../../deps.js';
import { portOrderState } from '../../../domain/port-order.js';
import { requireOrder } from '../../../services/port-orders.js';
import { getLimits } from '../../../store/catalog.js';
import { listPortOrders } from '../../../store/port-orders.js';
import { listText } from '../../address/shared/display.js';
import { PORT_ORDER_COLUMNS, PORT_ORDER_LIST_COLUMNS, nextText, portOrderRecord } from '../shared/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-port-order. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const now = deps.clock();
  const timings = getLimits(deps.db).portOrder;
  const orderId = o.orderId;
  if (orderId) {
    const order = requireOrder(deps.db, tenant, orderId);
    const status = portOrderState(order, now, timings);
    const record = portOrderRecord(order, status);
    return { records: [record], single: true, text: listText(record, deps.outStyle, PORT_ORDER_LIST_COLUMNS) + nextText(status, now, deps.outStyle) };
  }
  const records = listPortOrders(deps.db, tenant.id)
    .map((order) => portOrderRecord(order, portOrderState(order, now, timings)))
    .filter((r) => !o.status || r.Status === o.status);
  const notices = records.length
    ? []
    : [o.status ? `no port order is ${String(o.status)}.` : 'this tenant has no port orders; create one with callplan new-port-order.'];
  return { records, columns: PORT_ORDER_COLUMNS, notices };
}
