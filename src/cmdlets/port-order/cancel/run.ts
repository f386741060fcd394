// cancel-port-order: PortOrderNotCancellable names the state when it does not allow cancelling.
import type { Deps } from '../../../deps.js';
import { cancelPortOrder } from '../../../services/port-orders.js';
import { listText } from '../../address/shared/display.js';
import { portOrderRecord } from '../shared/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs cancel-port-order. */
export function run(o: Options, deps: Deps): CommandResult {
  const r = cancelPortOrder(deps.db, deps.tenant(), deps.clock(), String(o.orderId), o.whatif === true);
  const record = {
    ...portOrderRecord(r.order, r.status),
    Result: r.whatIf ? 'WhatIf' : 'Cancelled',
    PreviousStatus: r.beforeStatus.state,
    NumbersRemoved: r.numbersRemoved,
  };
  const notices = r.whatIf
    ? [`What if: the order would be cancelled and its ${r.numbersRemoved} pending numbers removed from the tenant; nothing was changed.`]
    : [];
  const columns = ['OrderId', 'Result', 'PreviousStatus', 'Status', 'LosingCarrier', 'NumberType', 'TelephoneNumberCount', 'NumbersRemoved', 'CancelledAt'];
  return { records: [record], single: true, notices, text: listText(record, deps.outStyle, columns) };
}
