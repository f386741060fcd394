// set-port-order: the given details only; the state decides what may change (PortOrderNotEditable otherwise).
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { editPortOrder, type PortOrderPatch } from '../../../services/port-orders.js';
import { changesText, listText } from '../../address/shared/display.js';
import { addressPatch } from '../../address/shared/input.js';
import { PORT_ORDER_LIST_COLUMNS, nextText, portOrderRecord } from '../shared/display.js';
import { AccountNumber, AuthorizingPerson, Pin } from '../../../params/port-orders.js';
import { CompanyName } from '../../../params/addresses.js';
import { emailsOption, portTypeOption, textOption } from '../shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs set-port-order. */
export function run(o: Options, deps: Deps): CommandResult {
  const { companyName: _company, ...address } = addressPatch(o);
  const patch: PortOrderPatch = {
    accountNumber: textOption(o.accountNumber, AccountNumber),
    billingNumber: o.billingTelephoneNumber === undefined ? undefined : String(o.billingTelephoneNumber),
    pin: textOption(o.pin, Pin),
    companyName: textOption(o.companyName, CompanyName),
    authorizingPerson: textOption(o.authorizingPerson, AuthorizingPerson),
    address,
    portType: portTypeOption(o),
    transferDate: o.transferDate === undefined ? undefined : String(o.transferDate),
    notify: emailsOption(o.notify),
  };
  const given = Object.entries(patch).filter(([k, v]) => v !== undefined && (k !== 'address' || Object.keys(v as object).length));
  if (!given.length) {
    throw new UsageError(
      'MissingParameter',
      'Set-CsOnlineNumberPortInOrder needs something to change, e.g. -TransferDate (the FOC date) or -Pin.',
      'See callplan set-port-order --help.',
    );
  }
  const now = deps.clock();
  const r = editPortOrder(deps.db, deps.tenant(), now, String(o.orderId), patch, o.whatif === true);
  const record = { ...portOrderRecord(r.order, r.status), Result: r.result, PreviousStatus: r.beforeStatus.state };
  const notices = [...r.notices];
  if (r.result === 'Unchanged') notices.push('nothing changed: the order already has that FOC date.');
  if (r.result === 'Resubmitted') notices.push(`the order was resubmitted: ${r.beforeStatus.state} → ${r.status.state}; it goes through the carrier again.`);
  if (r.result === 'WhatIf')
    notices.push(
      `What if: Set-CsOnlineNumberPortInOrder would ${r.beforeStatus.actions.edit === 'focDate' ? 'move the FOC date' : 'resubmit the order'}; nothing was changed.`,
    );
  return {
    records: [record],
    single: true,
    notices,
    text:
      changesText(r.verdict?.changes ?? [], deps.outStyle) +
      listText(record, deps.outStyle, ['Result', 'PreviousStatus', ...PORT_ORDER_LIST_COLUMNS]) +
      nextText(r.status, now, deps.outStyle),
  };
}
