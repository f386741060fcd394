// Port-in (transfer) orders: create with every input rule checked and every bad number named; edit as the state
// allows (the FOC date in TransferApproved; the whole order, which resubmits it, in Error or Cancelled); cancel.
// Each change runs in one writeTx with its audit row; -WhatIf computes the same plan and writes nothing.
import { randomUUID } from 'node:crypto';
import { iso } from '../clock.js';
import type { PortOrderTimings } from '../domain/port-order.js';
import type { AddressFields, AddressVerdict } from '../domain/address/fields.js';
import { validateAddress } from '../domain/address/validate.js';
import { describeNumber } from '../domain/phone-lib.js';
import {
  KIND_TEXT,
  billingNumberProblem,
  cityOfNumber,
  expandRange,
  issuesError,
  kindOfType,
  parsePortNumber,
  storedNumberType,
  type NumberIssue,
  type PortType,
} from '../domain/port-input.js';
import {
  STATE_LABEL,
  carrierRejection,
  earliestTransfer,
  parseTransferDate,
  portOrderState,
  type NumberKind,
  type PortOrderStatus,
} from '../domain/port-order.js';
import { inventoryTypeOf, licenceProblems, type NumberType } from '../domain/reservation.js';
import { OperationError, UsageError } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { getLimits, listCountries } from '../store/catalog.js';
import { gazetteerReader } from '../store/gazetteer.js';
import { boughtUnits } from '../store/licenses.js';
import { quotaUnits } from '../domain/quota.js';
import { numberStates } from '../store/numbers.js';
import type { DB } from '../store/open.js';
import { listPlaces } from '../store/places.js';
import {
  deletePortedNumbers,
  findPortOrder,
  insertPortOrder,
  insertPortedNumbers,
  markPortOrderCancelled,
  nonPortablePrefixes,
  updatePortOrder,
  type PortOrderRow,
  type PortedNumber,
} from '../store/port-orders.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import { quoted } from '../text/sanitize.js';

/** The details of an order an admin gives (new-port-order) and may edit (set-port-order). */
export interface PortOrderDetails {
  accountNumber: string;
  billingNumber: string;
  pin: string;
  companyName: string;
  authorizingPerson: string;
  /** The service address as typed (validated like an emergency address; the country defaults to the numbers'). */
  address: AddressFields;
  portType: PortType;
  transferDate: string;
  notify: string[];
}

/** What new-port-order asks for. */
export interface NewPortOrderRequest extends PortOrderDetails {
  losingCarrier: string;
  /** Numbers as typed (the list and the CSV rows). */
  numbers: string[];
  /** Ranges N1-N2 as typed. */
  ranges: string[];
  inventoryType: 'Subscriber' | 'Service' | undefined;
  whatIf: boolean;
}

/** What creating (or planning) an order gives. */
export interface PortOrderOutcome {
  order: PortOrderRow;
  status: PortOrderStatus;
  verdict: AddressVerdict | undefined;
  notices: string[];
  whatIf: boolean;
}

/** The precedence of number problems: the first present gives the error's ErrorId. */
const ISSUE_ORDER = [
  'InvalidNumber',
  'DuplicateNumber',
  'NonPortableNumber',
  'UnsupportedNumberType',
  'NumberInProviderPool',
  'NumberAlreadyInTenant',
  'MixedCountries',
  'MixedNumberTypes',
];

const ISSUE_HINT: Readonly<Record<string, string>> = {
  InvalidNumber: 'US numbers: 10 or 11 digits (dashes, spaces, dots and brackets are ignored); other countries: E.164, e.g. +442079460123.',
  DuplicateNumber: 'List each number once.',
  NonPortableNumber: 'Numbers in these ranges cannot move to Calling Plans; leave them out.',
  UnsupportedNumberType: 'Calling Plans take local (geographic), mobile and toll-free numbers.',
  NumberInProviderPool: 'Those are free numbers of the provider: get them with callplan reserve and acquire.',
  NumberAlreadyInTenant: 'A number joins a tenant once; leave those out.',
  MixedCountries: 'Make one order per country.',
  MixedNumberTypes: 'Make one order per number type (local, toll-free, mobile).',
};

/** The numbers of an order after every rule: digits (order kept), their kind and country. */
interface CheckedNumbers {
  digits: string[];
  kind: NumberKind;
  country: string;
}

/** Groups values by key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/**
 * Applies the input rules to an order's numbers (as typed): at most maxNumbers; each readable and valid, listed once,
 * outside the non-portable ranges, of a kind Calling Plans carry, not a free pool number, in no tenant or reservation;
 * one kind and one country, a country of the catalog. Every bad number is named in one error.
 */
function checkNumbers(db: DB, tenant: Tenant, raws: readonly string[], maxNumbers: number): CheckedNumbers {
  if (raws.length > maxNumbers) {
    throw new OperationError(
      'TooManyNumbers',
      `the order lists ${raws.length.toLocaleString('en-US')} numbers; one port order holds at most ${maxNumbers}.`,
      `Split the numbers into several orders (more than ${maxNumbers} in one go is a manual order through the service desk).`,
    );
  }
  const issues: NumberIssue[] = [];
  const add = (errorId: string, what: string, numbers: string[]) => {
    if (numbers.length) issues.push({ errorId, what, numbers });
  };

  const invalid: string[] = [];
  const read: string[] = [];
  for (const raw of raws) {
    const p = parsePortNumber(raw);
    if (p.ok) read.push(p.digits);
    else invalid.push(`'${raw.trim()}'`);
  }
  const counts = groupBy(read, (d) => d);
  add(
    'DuplicateNumber',
    'numbers given more than once',
    [...counts].filter(([, l]) => l.length > 1).map(([d, l]) => `+${d} (${l.length} times)`),
  );
  const unique = [...counts.keys()];

  const prefixes = nonPortablePrefixes(db);
  const nonPortable: string[] = [];
  const unsupported: string[] = [];
  const classified: { digits: string; kind: NumberKind; country: string }[] = [];
  for (const d of unique) {
    if (prefixes.some((p) => d.startsWith(p))) {
      nonPortable.push(`+${d}`);
      continue;
    }
    const facts = describeNumber(d);
    const kind = kindOfType(facts.type);
    if (!facts.valid || !facts.country) invalid.push(`+${d}`);
    else if (!kind) unsupported.push(`+${d} (${(facts.type ?? 'unknown').toLowerCase().replace(/_/g, '-')})`);
    else classified.push({ digits: d, kind, country: facts.country });
  }
  add('InvalidNumber', 'invalid numbers', invalid);
  add('NonPortableNumber', 'numbers in non-portable ranges', nonPortable);
  add('UnsupportedNumberType', 'numbers of a kind Calling Plans do not carry', unsupported);

  const states = numberStates(
    db,
    classified.map((c) => c.digits),
  );
  const inPool: string[] = [];
  const own: string[] = [];
  const other: string[] = [];
  const reserved: string[] = [];
  for (const c of classified) {
    const s = states.get(c.digits);
    if (!s) continue;
    if (s.tenantId === tenant.id) own.push(`+${c.digits}`);
    else if (s.tenantId !== null) other.push(`+${c.digits}`);
    else if (s.reservationId !== null) reserved.push(`+${c.digits}`);
    else inPool.push(`+${c.digits}`);
  }
  add('NumberInProviderPool', "free numbers of the provider pool (they are Microsoft's already)", inPool);
  add('NumberAlreadyInTenant', 'numbers this tenant already has (acquired or in a port order)', own);
  add('NumberAlreadyInTenant', 'numbers held by another tenant of this store', other);
  add('NumberAlreadyInTenant', 'numbers reserved in a tenant of this store', reserved);

  // One country and one kind: the largest group sets the order's; the others are named.
  const byCountry = [...groupBy(classified, (c) => c.country)].sort((a, b) => b[1].length - a[1].length);
  const country = byCountry[0]?.[0] ?? '';
  for (const [cc, list] of byCountry.slice(1))
    add(
      'MixedCountries',
      `${cc} numbers in an order of ${country} numbers (one order, one country)`,
      list.map((c) => `+${c.digits}`),
    );
  const byKind = [...groupBy(classified, (c) => c.kind)].sort((a, b) => b[1].length - a[1].length);
  const kind = (byKind[0]?.[0] ?? 'Local') as NumberKind;
  for (const [k, list] of byKind.slice(1)) {
    add(
      'MixedNumberTypes',
      `${KIND_TEXT[k as NumberKind]} numbers in an order of ${KIND_TEXT[kind]} numbers (one order, one number type)`,
      list.map((c) => `+${c.digits}`),
    );
  }

  if (issues.length) {
    issues.sort((a, b) => ISSUE_ORDER.indexOf(a.errorId) - ISSUE_ORDER.indexOf(b.errorId));
    const e = issuesError(issues);
    throw new OperationError(e.errorId, e.message, ISSUE_HINT[e.errorId]);
  }
  if (!classified.length) throw new UsageError('MissingParameter', 'the order has no numbers.');
  const served = listCountries(db).map((c) => c.code);
  if (!served.includes(country)) {
    throw new OperationError('CountryNotSupported', `the numbers are ${country} numbers; the catalog's Calling Plans serve ${served.join(', ')}.`);
  }
  return { digits: classified.map((c) => c.digits), kind, country };
}

/** Reads the billing telephone number (same rules as the order's numbers). */
function readBillingNumber(raw: string): string {
  const p = parsePortNumber(raw);
  if (!p.ok || !describeNumber(p.digits).valid) {
    throw new OperationError(
      'InvalidNumber',
      `-BillingTelephoneNumber ${p.ok ? `+${p.digits}` : `${quoted(raw)}`} is not a valid telephone number.`,
      ISSUE_HINT.InvalidNumber,
    );
  }
  return p.digits;
}

/** Reads -TransferDate and checks the lead time from `now`; returns the ISO instant. */
function readTransferDate(raw: string, now: Date, timings: PortOrderTimings, resubmit = false): string {
  const t = parseTransferDate(raw);
  if (!t.ok) throw new UsageError('InvalidValue', t.message);
  const earliest = earliestTransfer(now, timings);
  if (t.at.getTime() < earliest.getTime()) {
    throw new OperationError(
      'TransferDateTooSoon',
      `the transfer date ${iso(t.at)} is too soon: ${resubmit ? 'a resubmitted order' : 'an order'} needs at least ${timings.minLeadDays} days' notice; the earliest is ${iso(earliest)}.`,
      `Give -TransferDate ${iso(earliest).slice(0, 10)} or later${resubmit ? ' (an edit in Error or Cancelled resubmits the order, so its date is checked again)' : ''}.`,
    );
  }
  return iso(t.at);
}

/** Validates the service address like an emergency address; the country defaults to the numbers' and must match it. */
function checkServiceAddress(db: DB, address: AddressFields, order: { country: string; kind: NumberKind }): AddressVerdict {
  const verdict = validateAddress({ ...address, countryOrRegion: address.countryOrRegion || order.country }, gazetteerReader(db));
  if (verdict.result === 'Rejected') {
    throw new OperationError('ServiceAddressRejected', `the service address was rejected (${verdict.reason}): ${verdict.message}`, verdict.hint);
  }
  const cc = verdict.address.countryOrRegion;
  // NANP toll-free numbers belong to no single country: a US or Canadian service address fits them.
  const nanpTollFree = order.kind === 'TollFree' && ['US', 'CA'].includes(order.country) && ['US', 'CA'].includes(cc);
  if (cc !== order.country && !nanpTollFree) {
    throw new OperationError(
      'CountryMismatch',
      `the service address is in ${cc}, but the numbers are ${order.country} numbers.`,
      'The service address is where the numbers are used now, in their country.',
    );
  }
  return verdict;
}

/** Number management needs a Phone System, E5 or Audio Conferencing licence; toll-free numbers need Communications Credits. */
function checkLicences(db: DB, tenant: Tenant, kind: NumberKind | undefined): void {
  const [p] = licenceProblems(kind === 'TollFree' ? 'TollFree' : 'User', quotaUnits(boughtUnits(db, tenant.id)));
  if (p)
    throw new OperationError(p.errorId, p.message, p.errorId === 'LicenseRequired' ? 'Buy one with callplan buy-license --sku MCOEV --quantity N.' : undefined);
}

/** The ported numbers to insert: country, catalog city (by area code) and stored number type. */
function portedNumbers(db: DB, checked: CheckedNumbers, type: NumberType, addressCity: string): PortedNumber[] {
  const country = listCountries(db).find((c) => c.code === checked.country);
  const cities = listPlaces(db).filter((p) => p.country === checked.country);
  return checked.digits.map((d) => ({
    digits: d,
    country: checked.country,
    cityCode: checked.kind === 'Local' && country ? cityOfNumber(d, country.dialCode, cities, addressCity) : null,
    numberType: type,
  }));
}

/** The audit form of an order: everything but the PIN. */
export function auditOrder(o: PortOrderRow): Record<string, unknown> {
  const { pin, serviceAddress, telephoneNumbers, ...rest } = o;
  return { ...rest, pin: pin ? '(set)' : '', serviceAddress: JSON.parse(serviceAddress) as unknown, telephoneNumbers: telephoneNumbers.split(',') };
}

/** The notice when a mobile order has no PIN: the carrier will reject it. */
function pinNotice(kind: NumberKind, pin: string): string[] {
  return carrierRejection(kind, pin)
    ? [
        "mobile numbers are released only with the account's transfer PIN: without -Pin the losing carrier will reject this order (state Error) when it answers.",
      ]
    : [];
}

/** Creates a port order: its numbers join the tenant as PortedIn / PortPending (outside the quota) until it completes. */
export function createPortOrder(db: DB, tenant: Tenant, now: Date, req: NewPortOrderRequest): PortOrderOutcome {
  const timings = getLimits(db).portOrder;
  const raws = [...req.numbers];
  for (const r of req.ranges) {
    const x = expandRange(r, timings.maxNumbers);
    if (!x.ok) {
      if (x.errorId === 'InvalidRange')
        throw new UsageError('InvalidRange', `${x.message}.`, 'Write a range as N1-N2, the smaller number first, e.g. +14255550200-+14255550299.');
      throw new OperationError('TooManyNumbers', `${x.message}.`, 'Split the range into several orders.');
    }
    raws.push(...x.numbers.map((d) => `+${d}`));
  }
  if (!raws.length)
    throw new UsageError('MissingParameter', 'give the numbers to port: -TelephoneNumbers N1,N2, -TelephoneNumberRanges N1-N2 (--range) or -Csv FILE.');
  const transferAt = readTransferDate(req.transferDate, now, timings);
  const at = iso(now);

  return writeTx(db, () => {
    checkLicences(db, tenant, undefined);
    const checked = checkNumbers(db, tenant, raws, timings.maxNumbers);
    checkLicences(db, tenant, checked.kind);
    const stored = orderNumberType(checked.kind, req.inventoryType);
    const btn = readBillingNumber(req.billingNumber);
    const billing = billingNumberProblem(req.portType, btn, checked.digits.includes(btn));
    if (billing) throw new OperationError(billing.errorId, billing.message, billing.hint);
    const verdict = checkServiceAddress(db, { ...req.address, companyName: req.companyName }, checked);

    const order: PortOrderRow = {
      id: 0,
      orderId: req.whatIf ? '' : randomUUID(),
      tenantId: tenant.id,
      losingCarrier: req.losingCarrier,
      numberType: checked.kind,
      inventoryType: inventoryTypeOf(stored.type),
      country: checked.country,
      accountNumber: req.accountNumber,
      billingNumber: btn,
      pin: req.pin,
      companyName: req.companyName,
      authorizingPerson: req.authorizingPerson,
      serviceAddress: JSON.stringify(verdict.address),
      portType: req.portType,
      transferAt,
      notify: req.notify.join(','),
      telephoneNumbers: checked.digits.join(','),
      createdAt: at,
      submittedAt: at,
      updatedAt: null,
      cancelledAt: null,
      completedAt: null,
      errorMessage: carrierRejection(checked.kind, req.pin),
    };
    const notices = pinNotice(checked.kind, req.pin);
    const status = portOrderState(order, now, timings);
    if (req.whatIf) return { order, status, verdict, notices, whatIf: true };

    order.id = insertPortOrder(db, order);
    insertPortedNumbers(db, order.id, tenant.id, portedNumbers(db, checked, stored.type, verdict.address.city));
    writeAudit(db, {
      tenantId: tenant.id,
      at,
      operation: 'New-CsOnlineNumberPortInOrder',
      target: order.orderId,
      parameters: { ...req, pin: req.pin ? '(set)' : '', whatIf: undefined },
      after: { ...auditOrder(order), AddressValidation: verdict.result, AddressChanges: verdict.changes },
      result: 'Created',
    });
    return { order, status, verdict, notices, whatIf: false };
  });
}

/** The stored number type of an order's numbers, or InventoryTypeMismatch (toll-free as Subscriber, mobile as Service). */
function orderNumberType(kind: NumberKind, inventoryType: 'Subscriber' | 'Service' | undefined): { type: NumberType } {
  const stored = storedNumberType(kind, inventoryType);
  if (!stored.ok) throw new OperationError('InventoryTypeMismatch', stored.message);
  return stored;
}

/** Finds the tenant's order or says there is none. */
export function requireOrder(db: DB, tenant: Tenant, orderId: string): PortOrderRow {
  const o = findPortOrder(db, tenant.id, orderId);
  if (!o) throw new OperationError('PortOrderNotFound', `there is no port order ${orderId.trim()} in this tenant.`, 'List them with callplan get-port-order.');
  return o;
}

/** "Transfer approved (TransferApproved)". */
const stateText = (s: PortOrderStatus) => (STATE_LABEL[s.state] === s.state ? s.state : `${STATE_LABEL[s.state]} (${s.state})`);

/** Why an order in this state cannot be edited. */
function notEditable(o: PortOrderRow, s: PortOrderStatus, timings: PortOrderTimings): OperationError {
  const why: Partial<Record<PortOrderStatus['state'], string>> = {
    Processing: 'it can be edited once the carrier approves it (then only its FOC date) or if the carrier rejects it; it can be cancelled now.',
    ContactingCarrier: `the losing carrier answers at ${s.until}; then the FOC date can be edited (or, if it rejects the order, the whole order). It can be cancelled now.`,
    TransferPending: `the transfer (FOC ${s.focDate}) is less than ${timings.pendingHoursBeforeTransfer} hours away, so the order can no longer be edited or cancelled.`,
    Completed: "its numbers have been transferred; they are the tenant's now.",
  };
  return new OperationError('PortOrderNotEditable', `port order ${o.orderId} is ${stateText(s)} and cannot be edited: ${why[s.state] ?? ''}`.trim());
}

/** What set-port-order may change (only what is given). */
export type PortOrderPatch = Partial<Omit<PortOrderDetails, 'address'>> & { address?: Partial<AddressFields> | undefined };

/** What an edit did. */
export interface EditOutcome {
  before: PortOrderRow;
  beforeStatus: PortOrderStatus;
  order: PortOrderRow;
  status: PortOrderStatus;
  verdict: AddressVerdict | undefined;
  result: 'Updated' | 'Resubmitted' | 'Unchanged' | 'WhatIf';
  notices: string[];
}

const PATCH_NAMES: Readonly<Record<string, string>> = {
  accountNumber: '-AccountNumber',
  billingNumber: '-BillingTelephoneNumber',
  pin: '-Pin',
  companyName: '-CompanyName',
  authorizingPerson: '-AuthorizingPerson',
  address: 'the service address',
  portType: '-PortType',
  notify: '-Notify',
};

/**
 * Edits an order as its state allows: TransferApproved — only the FOC date (-TransferDate; the order stays approved);
 * Error and Cancelled — any detail, which resubmits the order (Processing again from now; a cancelled order's numbers
 * are checked again and rejoin the tenant); other states — PortOrderNotEditable.
 */
export function editPortOrder(db: DB, tenant: Tenant, now: Date, orderId: string, patch: PortOrderPatch, whatIf: boolean): EditOutcome {
  const timings = getLimits(db).portOrder;
  const at = iso(now);
  return writeTx(db, () => {
    const before = requireOrder(db, tenant, orderId);
    const beforeStatus = portOrderState(before, now, timings);
    const scope = beforeStatus.actions.edit;
    if (scope === 'none') throw notEditable(before, beforeStatus, timings);
    const given = Object.entries(patch)
      .filter(([k, v]) => v !== undefined && (k !== 'address' || Object.keys(v as object).length > 0))
      .map(([k]) => k);

    if (scope === 'focDate') {
      const others = given.filter((k) => k !== 'transferDate');
      if (others.length) {
        throw new OperationError(
          'PortOrderNotEditable',
          `port order ${before.orderId} is ${stateText(beforeStatus)}: only its FOC date (-TransferDate) can change, not ${others.map((k) => PATCH_NAMES[k] ?? k).join(', ')}.`,
          'Cancel the order and create a new one to change anything else.',
        );
      }
      const transferAt = readTransferDate(patch.transferDate!, now, timings);
      const order = { ...before, transferAt };
      if (transferAt === before.transferAt) return { before, beforeStatus, order, status: beforeStatus, verdict: undefined, result: 'Unchanged', notices: [] };
      const status = portOrderState(order, now, timings);
      if (whatIf) return { before, beforeStatus, order, status, verdict: undefined, result: 'WhatIf', notices: [] };
      updatePortOrder(db, before.id, order, at);
      writeAudit(db, {
        tenantId: tenant.id,
        at,
        operation: 'Set-CsOnlineNumberPortInOrder',
        target: before.orderId,
        parameters: { orderId: before.orderId, transferDate: patch.transferDate },
        before: { Status: beforeStatus.state, FocDate: beforeStatus.focDate },
        after: { Status: status.state, FocDate: status.focDate },
        result: 'Updated',
      });
      return { before, beforeStatus, order: { ...order, updatedAt: at }, status, verdict: undefined, result: 'Updated', notices: [] };
    }

    // Error or Cancelled: the edited order is checked like a new one and submitted again.
    const checked: CheckedNumbers =
      beforeStatus.state === 'Cancelled'
        ? checkNumbers(
            db,
            tenant,
            before.telephoneNumbers.split(',').map((d) => `+${d}`),
            timings.maxNumbers,
          )
        : { digits: before.telephoneNumbers.split(','), kind: before.numberType as NumberKind, country: before.country };
    checkLicences(db, tenant, checked.kind);
    const transferAt = readTransferDate(patch.transferDate ?? before.transferAt, now, timings, true);
    const btn = patch.billingNumber !== undefined ? readBillingNumber(patch.billingNumber) : before.billingNumber;
    const portType = patch.portType ?? before.portType;
    const billing = billingNumberProblem(portType, btn, checked.digits.includes(btn));
    if (billing) throw new OperationError(billing.errorId, billing.message, billing.hint);
    const companyName = patch.companyName ?? before.companyName;
    const storedAddress = JSON.parse(before.serviceAddress) as AddressFields;
    const verdict = checkServiceAddress(db, { ...storedAddress, ...(patch.address ?? {}), companyName }, checked);
    const pin = patch.pin ?? before.pin;
    const order: PortOrderRow = {
      ...before,
      accountNumber: patch.accountNumber ?? before.accountNumber,
      billingNumber: btn,
      pin,
      companyName,
      authorizingPerson: patch.authorizingPerson ?? before.authorizingPerson,
      serviceAddress: JSON.stringify(verdict.address),
      portType,
      transferAt,
      notify: patch.notify ? patch.notify.join(',') : before.notify,
      submittedAt: at,
      updatedAt: at,
      cancelledAt: null,
      completedAt: null,
      errorMessage: carrierRejection(checked.kind, pin),
    };
    const status = portOrderState(order, now, timings);
    const notices = pinNotice(checked.kind, pin);
    if (whatIf) return { before, beforeStatus, order, status, verdict, result: 'WhatIf', notices };
    updatePortOrder(db, before.id, order, at);
    if (beforeStatus.state === 'Cancelled') {
      insertPortedNumbers(db, before.id, tenant.id, portedNumbers(db, checked, orderNumberType(checked.kind, before.inventoryType).type, verdict.address.city));
    }
    writeAudit(db, {
      tenantId: tenant.id,
      at,
      operation: 'Set-CsOnlineNumberPortInOrder',
      target: before.orderId,
      parameters: { orderId: before.orderId, ...patch, pin: patch.pin !== undefined ? '(set)' : undefined },
      before: { ...auditOrder(before), Status: beforeStatus.state },
      after: { ...auditOrder(order), Status: status.state, AddressChanges: verdict.changes },
      result: 'Resubmitted',
    });
    return { before, beforeStatus, order, status, verdict, result: 'Resubmitted', notices };
  });
}

/** What a cancel did. */
export interface CancelOutcome {
  order: PortOrderRow;
  beforeStatus: PortOrderStatus;
  status: PortOrderStatus;
  numbersRemoved: number;
  whatIf: boolean;
}

/** Cancels an order where its state allows (Processing, ContactingCarrier, TransferApproved, Error): its numbers leave the tenant. */
export function cancelPortOrder(db: DB, tenant: Tenant, now: Date, orderId: string, whatIf: boolean): CancelOutcome {
  const timings = getLimits(db).portOrder;
  const at = iso(now);
  return writeTx(db, () => {
    const before = requireOrder(db, tenant, orderId);
    const beforeStatus = portOrderState(before, now, timings);
    if (!beforeStatus.actions.cancel) {
      const why: Partial<Record<PortOrderStatus['state'], string>> = {
        TransferPending: `the transfer (FOC ${beforeStatus.focDate}) is less than ${timings.pendingHoursBeforeTransfer} hours away.`,
        Completed: 'its numbers have been transferred; giving them up again goes through the service desk.',
        Cancelled: `it was cancelled at ${before.cancelledAt}.`,
      };
      throw new OperationError(
        'PortOrderNotCancellable',
        `port order ${before.orderId} is ${stateText(beforeStatus)} and cannot be cancelled: ${why[beforeStatus.state] ?? ''}`.trim(),
      );
    }
    const numbers = before.telephoneNumbers.split(',').length;
    const order = { ...before, cancelledAt: at, updatedAt: at };
    const status = portOrderState(order, now, timings);
    if (whatIf) return { order, beforeStatus, status, numbersRemoved: numbers, whatIf: true };
    const removed = deletePortedNumbers(db, before.id, tenant.id);
    markPortOrderCancelled(db, before.id, at);
    writeAudit(db, {
      tenantId: tenant.id,
      at,
      operation: 'cancel-port-order',
      target: before.orderId,
      parameters: { orderId: before.orderId },
      before: { Status: beforeStatus.state, TelephoneNumbers: before.telephoneNumbers.split(',') },
      after: { Status: 'Cancelled', NumbersRemoved: removed },
      result: 'Cancelled',
    });
    return { order, beforeStatus, status, numbersRemoved: removed, whatIf: false };
  });
}
