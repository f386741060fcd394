// The numbers table: picking free pool numbers, reserving, acquiring, releasing, and the get-number query.
import { prefixUpperBound } from '../domain/phone.js';
import type { NumberType } from '../domain/reservation.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** Numbers a tenant holds by type (from the trigger-kept counts); ported-in numbers apart (they are outside the quota). */
export function ownedCounts(db: DB, tenantId: number): Record<NumberType, { quota: number; portedIn: number }> {
  const rows = stmt(db, 'SELECT number_type AS type, source_type AS source, n FROM tenant_number_counts WHERE tenant_id = ?').all(tenantId) as {
    type: NumberType;
    source: string;
    n: number;
  }[];
  const out: Record<NumberType, { quota: number; portedIn: number }> = {
    User: { quota: 0, portedIn: 0 },
    Toll: { quota: 0, portedIn: 0 },
    TollFree: { quota: 0, portedIn: 0 },
  };
  for (const r of rows) {
    if (r.source === 'PortedIn') out[r.type].portedIn += r.n;
    else out[r.type].quota += r.n;
  }
  return out;
}

/** A free pool number. */
export interface FreeNumber {
  id: number;
  number: string;
}

/** Which free numbers to pick: a city and type, optionally within a digit prefix. */
export interface PickQuery {
  cityCode: string;
  numberType: NumberType;
  /** Digits the number must start with (country code included). */
  prefix?: string | undefined;
  limit: number;
}

/** Picks free numbers in number order through the partial "free" index; a prefix is an index range, not LIKE. */
export function pickFree(db: DB, q: PickQuery): FreeNumber[] {
  if (q.prefix) {
    return stmt(
      db,
      `SELECT id, number FROM numbers INDEXED BY numbers_free
       WHERE tenant_id IS NULL AND reservation_id IS NULL AND city_code = ? AND number_type = ? AND number >= ? AND number < ?
       ORDER BY number LIMIT ?`,
    ).all(q.cityCode, q.numberType, q.prefix, prefixUpperBound(q.prefix), q.limit) as FreeNumber[];
  }
  return stmt(
    db,
    `SELECT id, number FROM numbers INDEXED BY numbers_free
     WHERE tenant_id IS NULL AND reservation_id IS NULL AND city_code = ? AND number_type = ?
     ORDER BY number LIMIT ?`,
  ).all(q.cityCode, q.numberType, q.limit) as FreeNumber[];
}

/** Counts free numbers matching a pick query (for "only N match" messages). */
export function countFree(db: DB, q: Omit<PickQuery, 'limit'>): number {
  const lo = q.prefix ?? '';
  const hi = q.prefix ? prefixUpperBound(q.prefix) : '\uffff';
  return (
    stmt(
      db,
      `SELECT COUNT(*) AS n FROM numbers INDEXED BY numbers_free
       WHERE tenant_id IS NULL AND reservation_id IS NULL AND city_code = ? AND number_type = ? AND number >= ? AND number < ?`,
    ).get(q.cityCode, q.numberType, lo, hi) as { n: number }
  ).n;
}

/** The state of specific numbers, for requests that name them. */
export interface NumberState {
  id: number;
  number: string;
  country: string;
  cityCode: string | null;
  numberType: NumberType;
  tenantId: number | null;
  reservationId: number | null;
  userId: number | null;
  targetType: string | null;
  sourceType: string;
  activationState: string;
  locationId: number | null;
  originLocationId: number | null;
  portOrderId: number | null;
}

const STATE_COLUMNS = `id, number, country, city_code AS cityCode, number_type AS numberType, tenant_id AS tenantId,
  reservation_id AS reservationId, user_id AS userId, target_type AS targetType, source_type AS sourceType,
  activation_state AS activationState, location_id AS locationId, origin_location_id AS originLocationId, port_order_id AS portOrderId`;

/** Looks numbers up by digits (any tenant or the pool); unknown digits are absent from the map. */
export function numberStates(db: DB, digits: readonly string[]): Map<string, NumberState> {
  const out = new Map<string, NumberState>();
  const q = stmt(db, `SELECT ${STATE_COLUMNS} FROM numbers WHERE number = ?`);
  for (const d of new Set(digits)) {
    const r = q.get(d) as NumberState | undefined;
    if (r) out.set(d, r);
  }
  return out;
}

/** The numbers a reservation holds. */
export function numbersOfReservation(db: DB, reservationRowId: number): NumberState[] {
  return stmt(db, `SELECT ${STATE_COLUMNS} FROM numbers WHERE reservation_id = ? ORDER BY number`).all(reservationRowId) as NumberState[];
}

/** Puts numbers on hold for a reservation; returns how many were still free (the caller checks all were). */
export function holdNumbers(db: DB, ids: readonly number[], reservationRowId: number): number {
  return stmt(db, 'UPDATE numbers SET reservation_id = ? WHERE id IN (SELECT value FROM json_each(?)) AND tenant_id IS NULL AND reservation_id IS NULL').run(
    reservationRowId,
    JSON.stringify(ids),
  ).changes;
}

/** Gives held numbers to the tenant: acquired now, carrying the reservation's emergency location (outside the US). */
export function acquireHeld(db: DB, ids: readonly number[], tenantId: number, now: string, locationId: number | null): void {
  stmt(
    db,
    `UPDATE numbers SET tenant_id = ?, reservation_id = NULL, acquired_at = ?, source_type = 'Tnm', activation_state = 'Activated',
       location_id = ?, origin_location_id = ? WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(tenantId, now, locationId, locationId, JSON.stringify(ids));
}

/** Returns a reservation's remaining numbers to the pool. */
export function releaseHeld(db: DB, reservationRowId: number): number {
  return stmt(db, 'UPDATE numbers SET reservation_id = NULL WHERE reservation_id = ?').run(reservationRowId).changes;
}

/** Returns acquired numbers to the provider pool (release-number). */
export function returnToPool(db: DB, ids: readonly number[]): void {
  const s = stmt(
    db,
    `UPDATE numbers SET tenant_id = NULL, reservation_id = NULL, acquired_at = NULL, user_id = NULL, target_type = NULL,
       location_id = NULL, origin_location_id = NULL, source_type = 'Tnm', activation_state = 'Activated' WHERE id = ?`,
  );
  for (const id of ids) s.run(id);
}

/** Filters of get-number (Get-CsOnlineTelephoneNumber). */
export interface NumberFilter {
  tenantId: number;
  number?: string | undefined;
  startsWith?: string | undefined;
  greaterThan?: string | undefined;
  lessThan?: string | undefined;
  isNotAssigned?: boolean | undefined;
  numberTypes?: NumberType[] | undefined;
  cityCode?: string | undefined;
  country?: string | undefined;
  activationState?: string | undefined;
  assigned?: 'user' | 'caa' | undefined;
  limit: number;
}

/** One row of get-number with its joins resolved. */
export interface NumberRow {
  number: string;
  country: string;
  cityCode: string | null;
  numberType: NumberType;
  sourceType: string;
  activationState: string;
  targetType: string | null;
  acquiredAt: string | null;
  region: string | null;
  userObjectId: string | null;
  userUpn: string | null;
  locationId: string | null;
  locationName: string | null;
  civicAddressId: string | null;
  portOrderId: string | null;
  portTransferAt: string | null;
  portCancelledAt: string | null;
  portError: string | null;
  portCreatedAt: string | null;
  portSubmittedAt: string | null;
  portCompletedAt: string | null;
}

/** Numeric comparison of digit strings of any length, as SQL over the text column. */
const NUMERIC_GT = '(length(n.number) > length(?) OR (length(n.number) = length(?) AND n.number > ?))';
const NUMERIC_LT = '(length(n.number) < length(?) OR (length(n.number) = length(?) AND n.number < ?))';

/** The WHERE clause of a number filter. */
function numberWhere(f: Omit<NumberFilter, 'limit'>): { where: string; args: unknown[] } {
  const where = ['n.tenant_id = ?'];
  const args: unknown[] = [f.tenantId];
  if (f.number !== undefined) {
    where.push('n.number = ?');
    args.push(f.number);
  }
  if (f.startsWith) {
    where.push('n.number >= ? AND n.number < ?');
    args.push(f.startsWith, prefixUpperBound(f.startsWith));
  }
  if (f.greaterThan) {
    where.push(NUMERIC_GT);
    args.push(f.greaterThan, f.greaterThan, f.greaterThan);
  }
  if (f.lessThan) {
    where.push(NUMERIC_LT);
    args.push(f.lessThan, f.lessThan, f.lessThan);
  }
  if (f.isNotAssigned) where.push('n.user_id IS NULL AND n.target_type IS NULL');
  if (f.numberTypes?.length) {
    where.push(`n.number_type IN (${f.numberTypes.map(() => '?').join(', ')})`);
    args.push(...f.numberTypes);
  }
  if (f.cityCode) {
    where.push('n.city_code = ?');
    args.push(f.cityCode);
  }
  if (f.country) {
    where.push('n.country = ?');
    args.push(f.country);
  }
  if (f.activationState) {
    where.push('n.activation_state = ?');
    args.push(f.activationState);
  }
  if (f.assigned) {
    where.push('n.target_type = ?');
    args.push(f.assigned);
  }
  return { where: where.join(' AND '), args };
}

/** Runs the get-number query: tenant's numbers in number order; ranges use the (tenant_id, number) index. */
export function queryNumbers(db: DB, f: NumberFilter): NumberRow[] {
  const { where, args } = numberWhere(f);
  const sql = `
    SELECT n.number, n.country, n.city_code AS cityCode, n.number_type AS numberType, n.source_type AS sourceType,
           n.activation_state AS activationState, n.target_type AS targetType, n.acquired_at AS acquiredAt,
           co.region, u.object_id AS userObjectId, u.upn AS userUpn, l.location_id AS locationId, l.location AS locationName,
           a.civic_address_id AS civicAddressId, po.order_id AS portOrderId, po.transfer_at AS portTransferAt,
           po.cancelled_at AS portCancelledAt, po.error_message AS portError, po.created_at AS portCreatedAt,
           coalesce(po.submitted_at, po.created_at) AS portSubmittedAt, po.completed_at AS portCompletedAt
    FROM numbers n
    LEFT JOIN countries co ON co.code = n.country
    LEFT JOIN users u ON u.id = n.user_id
    LEFT JOIN locations l ON l.id = n.location_id
    LEFT JOIN addresses a ON a.id = l.address_id
    LEFT JOIN port_orders po ON po.id = n.port_order_id
    WHERE ${where}
    ORDER BY n.tenant_id, n.number
    LIMIT ?`;
  return stmt(db, sql).all(...args, f.limit) as NumberRow[];
}
