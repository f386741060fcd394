// new-port-order: the numbers from the list, the ranges and the CSV file; every rule checked; the order printed.
import { emptyAddress } from '../../../domain/address/fields.js';
import type { Deps } from '../../../deps.js';
import { readRows } from '../../../csv/read.js';
import { UsageError } from '../../../errors.js';
import { safeText } from '../../../text/sanitize.js';
import { createPortOrder } from '../../../services/port-orders.js';
import { changesText, listText } from '../../address/shared/display.js';
import { addressPatch } from '../../address/shared/input.js';
import { PORT_ORDER_LIST_COLUMNS, nextText, portOrderRecord } from '../shared/display.js';
import { AccountNumber, AuthorizingPerson, LosingCarrier, Pin } from '../../../params/port-orders.js';
import { CompanyName } from '../../../params/addresses.js';
import { emailsOption, listOption, portTypeOption, textOption } from '../shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { PORT_CSV_COLUMNS } from './command.js';

/** The numbers of a -Csv file (its TelephoneNumber column). */
async function csvNumbers(source: string, deps: Deps): Promise<string[]> {
  const out: string[] = [];
  for await (const row of readRows(source, { format: 'csv', params: PORT_CSV_COLUMNS, required: ['TelephoneNumber'], stdin: deps.io.stdin })) {
    if (row.problem) throw new UsageError(row.problem.errorId, `${safeText(source)}: ${row.problem.message}`);
    const v = row.values.telephoneNumber?.trim();
    if (v) out.push(v);
  }
  return out;
}

/** Runs new-port-order. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const numbers = listOption(o.telephoneNumbers);
  if (typeof o.csv === 'string') numbers.push(...(await csvNumbers(o.csv, deps)));
  const portType = portTypeOption(o);
  if (!portType) {
    throw new UsageError(
      'MissingParameter',
      'New-CsOnlineNumberPortInOrder needs -PortType: Full (every number of the carrier account moves, the BTN included, and the account closes) or Partial (some numbers stay with the carrier, the BTN among them).',
    );
  }
  const now = deps.clock();
  const r = createPortOrder(deps.db, deps.tenant(), now, {
    numbers,
    ranges: listOption(o.range),
    losingCarrier: textOption(o.losingCarrier, LosingCarrier)!,
    inventoryType: o.inventoryType,
    accountNumber: textOption(o.accountNumber, AccountNumber)!,
    billingNumber: String(o.billingTelephoneNumber),
    pin: textOption(o.pin, Pin) ?? '',
    companyName: textOption(o.companyName, CompanyName)!,
    authorizingPerson: textOption(o.authorizingPerson, AuthorizingPerson)!,
    address: { ...emptyAddress(), ...addressPatch(o) },
    portType,
    transferDate: String(o.transferDate),
    notify: emailsOption(o.notify) ?? [],
    whatIf: o.whatif === true,
  });
  const record = { ...portOrderRecord(r.order, r.status), Result: r.whatIf ? 'WhatIf' : 'Created', AddressValidation: r.verdict?.result ?? null };
  const notices = [...r.notices];
  if (r.whatIf)
    notices.push(
      `What if: New-CsOnlineNumberPortInOrder would create this order and add its ${r.order.telephoneNumbers.split(',').length} numbers to the tenant as PortPending; nothing was changed.`,
    );
  const columns = ['Result', ...PORT_ORDER_LIST_COLUMNS.filter((c) => !(r.whatIf && c === 'OrderId'))];
  return {
    records: [record],
    single: true,
    notices,
    text: changesText(r.verdict?.changes ?? [], deps.outStyle) + listText(record, deps.outStyle, columns) + nextText(r.status, now, deps.outStyle),
  };
}
