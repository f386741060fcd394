// The reservations table: a tenant's 10-minute holds on pool numbers.
import type { NumberType } from '../domain/reservation.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A reservation row as the services see it. */
export interface Reservation {
  id: number;
  reservationId: string;
  tenantId: number;
  numberType: NumberType;
  country: string;
  cityCode: string;
  locationId: number | null;
  quantity: number;
  createdAt: string;
  expiresAt: string;
  status: 'Active' | 'Acquired' | 'Cleared' | 'Expired';
  endedAt: string | null;
}

interface Row {
  id: number;
  reservation_id: string;
  tenant_id: number;
  number_type: NumberType;
  country: string;
  city_code: string;
  location_id: number | null;
  quantity: number;
  created_at: string;
  expires_at: string;
  status: Reservation['status'];
  ended_at: string | null;
}

const toReservation = (r: Row): Reservation => ({
  id: r.id,
  reservationId: r.reservation_id,
  tenantId: r.tenant_id,
  numberType: r.number_type,
  country: r.country,
  cityCode: r.city_code,
  locationId: r.location_id,
  quantity: r.quantity,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  status: r.status,
  endedAt: r.ended_at,
});

/** True when some active reservation (any tenant) has reached its expiry. */
export function hasExpiredHolds(db: DB, now: string): boolean {
  return stmt(db, "SELECT 1 FROM reservations WHERE status = 'Active' AND expires_at <= ? LIMIT 1").get(now) !== undefined;
}

/** The audit operation of a reservation the clock ended (no command asked for it). */
export const EXPIRY_OPERATION = 'reservation-expiry';

/** Marks every reservation past its expiry Expired and returns its numbers to the pool; returns how many. */
export function expireHolds(db: DB, now: string): number {
  // The clock made this change, so the audit row is written here, at the instant the hold ended.
  stmt(
    db,
    `INSERT INTO audit_log (tenant_id, at, operation, target, parameters, before, after, result)
     SELECT r.tenant_id, r.expires_at, '${EXPIRY_OPERATION}', r.reservation_id, json_object('ReservationId', r.reservation_id),
            json_object('Status', 'Active', 'Numbers', (SELECT COUNT(*) FROM numbers n WHERE n.reservation_id = r.id)),
            json_object('Status', 'Expired'), 'Expired'
     FROM reservations r WHERE r.status = 'Active' AND r.expires_at <= ? ORDER BY r.expires_at, r.id`,
  ).run(now);
  stmt(
    db,
    `UPDATE numbers SET reservation_id = NULL
     WHERE reservation_id IN (SELECT id FROM reservations WHERE status = 'Active' AND expires_at <= ?)`,
  ).run(now);
  return stmt(db, "UPDATE reservations SET status = 'Expired', ended_at = expires_at WHERE status = 'Active' AND expires_at <= ?").run(now).changes;
}

/** Inserts a reservation. */
export function insertReservation(db: DB, r: Omit<Reservation, 'id' | 'status' | 'endedAt'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO reservations (tenant_id, reservation_id, number_type, country, city_code, location_id, quantity, created_at, expires_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Active')`,
    ).run(r.tenantId, r.reservationId, r.numberType, r.country, r.cityCode, r.locationId, r.quantity, r.createdAt, r.expiresAt).lastInsertRowid,
  );
}

/** A tenant's reservation by its ReservationId (any status). */
export function findReservation(db: DB, tenantId: number, reservationId: string): Reservation | undefined {
  const r = stmt(db, 'SELECT * FROM reservations WHERE tenant_id = ? AND reservation_id = ?').get(tenantId, reservationId.trim().toLowerCase()) as
    Row | undefined;
  return r && toReservation(r);
}

/** A tenant's active reservations, soonest expiry first. */
export function activeReservations(db: DB, tenantId: number, now: string): Reservation[] {
  return (
    stmt(db, "SELECT * FROM reservations WHERE tenant_id = ? AND status = 'Active' AND expires_at > ? ORDER BY expires_at").all(tenantId, now) as Row[]
  ).map(toReservation);
}

/** Ends a reservation (Acquired or Cleared) at `now`. */
export function endReservation(db: DB, id: number, status: 'Acquired' | 'Cleared', now: string): void {
  stmt(db, 'UPDATE reservations SET status = ?, ended_at = ? WHERE id = ?').run(status, now, id);
}

/** Counts a tenant's active reservations and the numbers they hold. */
export function holdCounts(db: DB, tenantId: number, now: string): { reservations: number; numbers: number; byType: Record<NumberType, number> } {
  const rows = stmt(
    db,
    `SELECT n.number_type AS type, COUNT(*) AS n FROM reservations r JOIN numbers n ON n.reservation_id = r.id
     WHERE r.tenant_id = ? AND r.status = 'Active' AND r.expires_at > ? GROUP BY n.number_type`,
  ).all(tenantId, now) as { type: NumberType; n: number }[];
  const reservations = (
    stmt(db, "SELECT COUNT(*) AS n FROM reservations WHERE tenant_id = ? AND status = 'Active' AND expires_at > ?").get(tenantId, now) as { n: number }
  ).n;
  const byType: Record<NumberType, number> = { User: 0, Toll: 0, TollFree: 0 };
  for (const r of rows) byType[r.type] = r.n;
  return { reservations, numbers: rows.reduce((s, r) => s + r.n, 0), byType };
}
