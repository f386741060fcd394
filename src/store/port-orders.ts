// The port_orders table and the numbers of port orders (inserted pending, activated on completion, deleted on cancel).
import type { NumberType } from '../domain/reservation.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A port order as the services see it (instants ISO text; lists comma-separated in the store). */
export interface PortOrderRow {
  id: number;
  orderId: string;
  tenantId: number;
  losingCarrier: string;
  /** Local | TollFree | Mobile (the carrier's kind of number). */
  numberType: string;
  inventoryType: 'Subscriber' | 'Service';
  country: string;
  accountNumber: string;
  billingNumber: string;
  pin: string;
  companyName: string;
  authorizingPerson: string;
  /** JSON of the validated service address (AddressFields). */
  serviceAddress: string;
  portType: 'Full' | 'Partial';
  transferAt: string;
  /** Comma-separated e-mail addresses. */
  notify: string;
  /** Comma-separated digits of the order's numbers (kept after a cancel). */
  telephoneNumbers: string;
  createdAt: string;
  submittedAt: string;
  updatedAt: string | null;
  cancelledAt: string | null;
  completedAt: string | null;
  errorMessage: string | null;
}

const COLUMNS = `id, order_id AS orderId, tenant_id AS tenantId, losing_carrier AS losingCarrier, number_type AS numberType,
  inventory_type AS inventoryType, country, account_number AS accountNumber, billing_number AS billingNumber, pin,
  company_name AS companyName, authorizing_person AS authorizingPerson, service_address AS serviceAddress, port_type AS portType,
  transfer_at AS transferAt, notify, telephone_numbers AS telephoneNumbers, created_at AS createdAt,
  coalesce(submitted_at, created_at) AS submittedAt, updated_at AS updatedAt, cancelled_at AS cancelledAt,
  completed_at AS completedAt, error_message AS errorMessage`;

/** Inserts an order; returns its row id. */
export function insertPortOrder(db: DB, o: Omit<PortOrderRow, 'id' | 'updatedAt' | 'cancelledAt' | 'completedAt'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO port_orders (order_id, tenant_id, losing_carrier, number_type, inventory_type, country, account_number, billing_number, pin,
         company_name, authorizing_person, service_address, port_type, transfer_at, notify, telephone_numbers, created_at, submitted_at, error_message)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      o.orderId,
      o.tenantId,
      o.losingCarrier,
      o.numberType,
      o.inventoryType,
      o.country,
      o.accountNumber,
      o.billingNumber,
      o.pin,
      o.companyName,
      o.authorizingPerson,
      o.serviceAddress,
      o.portType,
      o.transferAt,
      o.notify,
      o.telephoneNumbers,
      o.createdAt,
      o.submittedAt,
      o.errorMessage,
    ).lastInsertRowid,
  );
}

/** A tenant's order by its OrderId (any case). */
export function findPortOrder(db: DB, tenantId: number, orderId: string): PortOrderRow | undefined {
  return stmt(db, `SELECT ${COLUMNS} FROM port_orders WHERE tenant_id = ? AND order_id = ?`).get(tenantId, orderId.trim().toLowerCase()) as
    PortOrderRow | undefined;
}

/** A tenant's orders, oldest first. */
export function listPortOrders(db: DB, tenantId: number): PortOrderRow[] {
  return stmt(db, `SELECT ${COLUMNS} FROM port_orders WHERE tenant_id = ? ORDER BY created_at, id`).all(tenantId) as PortOrderRow[];
}

/** The fields an edit may change (and the submission facts an edit of an Error or Cancelled order resets). */
export type PortOrderEdit = Pick<
  PortOrderRow,
  | 'accountNumber'
  | 'billingNumber'
  | 'pin'
  | 'companyName'
  | 'authorizingPerson'
  | 'serviceAddress'
  | 'portType'
  | 'transferAt'
  | 'notify'
  | 'submittedAt'
  | 'cancelledAt'
  | 'errorMessage'
>;

/** Writes an edited order. */
export function updatePortOrder(db: DB, id: number, e: PortOrderEdit, now: string): void {
  stmt(
    db,
    `UPDATE port_orders SET account_number = ?, billing_number = ?, pin = ?, company_name = ?, authorizing_person = ?, service_address = ?,
       port_type = ?, transfer_at = ?, notify = ?, submitted_at = ?, cancelled_at = ?, error_message = ?, updated_at = ? WHERE id = ?`,
  ).run(
    e.accountNumber,
    e.billingNumber,
    e.pin,
    e.companyName,
    e.authorizingPerson,
    e.serviceAddress,
    e.portType,
    e.transferAt,
    e.notify,
    e.submittedAt,
    e.cancelledAt,
    e.errorMessage,
    now,
    id,
  );
}

/** Marks an order cancelled at `now`. */
export function markPortOrderCancelled(db: DB, id: number, now: string): void {
  stmt(db, 'UPDATE port_orders SET cancelled_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
}

/** Marks an order completed (at its transfer instant). */
export function markPortOrderCompleted(db: DB, id: number, at: string): void {
  stmt(db, 'UPDATE port_orders SET completed_at = ? WHERE id = ?').run(at, id);
}

/** True when some order (any tenant) that may complete has reached its transfer instant: one probe of a partial index. */
export function hasDuePortOrders(db: DB, now: string): boolean {
  return (
    stmt(
      db,
      `SELECT 1 FROM port_orders INDEXED BY port_orders_due
       WHERE completed_at IS NULL AND cancelled_at IS NULL AND error_message IS NULL AND transfer_at <= ? LIMIT 1`,
    ).get(now) !== undefined
  );
}

/** The orders (any tenant) that may complete and have reached their transfer instant. */
export function duePortOrders(db: DB, now: string): PortOrderRow[] {
  return stmt(
    db,
    `SELECT ${COLUMNS} FROM port_orders INDEXED BY port_orders_due
     WHERE completed_at IS NULL AND cancelled_at IS NULL AND error_message IS NULL AND transfer_at <= ? ORDER BY transfer_at`,
  ).all(now) as PortOrderRow[];
}

/** A number joining the tenant through a port order. */
export interface PortedNumber {
  digits: string;
  country: string;
  cityCode: string | null;
  numberType: NumberType;
}

/** Inserts an order's numbers into the tenant as PortedIn and PortPending (outside the quota: the counts keep them apart). */
export function insertPortedNumbers(db: DB, orderRowId: number, tenantId: number, numbers: readonly PortedNumber[]): void {
  const s = stmt(
    db,
    `INSERT INTO numbers (number, country, city_code, number_type, tenant_id, port_order_id, source_type, activation_state)
     VALUES (?, ?, ?, ?, ?, ?, 'PortedIn', 'PortPending')`,
  );
  for (const n of numbers) s.run(n.digits, n.country, n.cityCode, n.numberType, tenantId, orderRowId);
}

/** Removes a cancelled order's (pending) numbers from the tenant; returns how many. */
export function deletePortedNumbers(db: DB, orderRowId: number, tenantId: number): number {
  return stmt(db, "DELETE FROM numbers WHERE port_order_id = ? AND tenant_id = ? AND activation_state = 'PortPending'").run(orderRowId, tenantId).changes;
}

/** Makes a completed order's numbers assignable (Activated, acquired at the transfer instant); returns how many. */
export function activatePortedNumbers(db: DB, orderRowId: number, at: string): number {
  return stmt(db, "UPDATE numbers SET activation_state = 'Activated', acquired_at = ? WHERE port_order_id = ? AND activation_state = 'PortPending'").run(
    at,
    orderRowId,
  ).changes;
}

/** The catalog's non-portable prefixes (digits with country code, e.g. 44843). */
export function nonPortablePrefixes(db: DB): string[] {
  return (stmt(db, 'SELECT prefix FROM non_portable ORDER BY prefix').all() as { prefix: string }[]).map((r) => r.prefix);
}
