// Acquiring all or some numbers of a reservation (the rest go back to the pool), and clearing a reservation.
import { iso } from '../clock.js';
import { OperationError, UsageError } from '../errors.js';
import { parseNumberInput } from '../domain/phone.js';
import { quotaProblem, quotaUnits } from '../domain/quota.js';
import { clockBehindMs, isExpired, recordNow } from '../domain/reservation.js';
import { writeAudit } from '../store/audit.js';
import { getLimits } from '../store/catalog.js';
import { boughtUnits } from '../store/licenses.js';
import { acquireHeld, numbersOfReservation, ownedCounts, releaseHeld, type NumberState } from '../store/numbers.js';
import type { DB } from '../store/open.js';
import { endReservation, expireHolds, findReservation, type Reservation } from '../store/reservations.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';

/** Finds an open reservation of the tenant, or says exactly why it cannot be used. */
function openReservation(db: DB, tenant: Tenant, reservationId: string, now: Date): Reservation {
  const r = findReservation(db, tenant.id, reservationId);
  if (!r)
    throw new OperationError(
      'ReservationNotFound',
      `there is no reservation ${reservationId} in this tenant.`,
      'List active ones with callplan get-reservation.',
    );
  if (r.status === 'Expired' || (r.status === 'Active' && isExpired(r.expiresAt, recordNow(now, r.createdAt)))) {
    throw new OperationError(
      'ReservationExpired',
      `reservation ${r.reservationId} expired at ${r.expiresAt} (made at ${r.createdAt}); its numbers went back to the pool.`,
      'Reserve again with callplan reserve.',
    );
  }
  if (r.status === 'Acquired') throw new OperationError('ReservationClosed', `reservation ${r.reservationId} was already acquired at ${r.endedAt}.`);
  if (r.status === 'Cleared') throw new OperationError('ReservationClosed', `reservation ${r.reservationId} was cleared at ${r.endedAt}.`);
  return r;
}

/** What acquire did. */
export interface AcquireResult {
  reservation: Reservation;
  acquired: NumberState[];
  released: number;
  whatIf: boolean;
}

/** Acquires the named numbers (or all) of a reservation; the rest go back to the pool; the reservation ends. */
export function acquire(
  db: DB,
  tenant: Tenant,
  now: Date,
  req: { reservationId: string; numbers?: string[] | undefined; all: boolean; whatIf: boolean },
): AcquireResult {
  if (!req.all && !req.numbers?.length) {
    throw new UsageError('MissingParameter', 'name the numbers to acquire with -TelephoneNumbers N1,N2, or take them all with -All.');
  }
  if (req.all && req.numbers?.length) throw new UsageError('InvalidValue', 'give either -TelephoneNumbers or -All, not both.');
  const wanted = (req.numbers ?? []).map((n) => {
    const p = parseNumberInput(n);
    if (!p.ok) throw new UsageError('InvalidNumber', p.message);
    return p.digits;
  });
  return writeTx(db, () => {
    const at = iso(now);
    expireHolds(db, at);
    const r = openReservation(db, tenant, req.reservationId, now);
    const held = numbersOfReservation(db, r.id);
    const heldBy = new Map(held.map((n) => [n.number, n]));
    const missing = wanted.filter((d) => !heldBy.has(d));
    if (missing.length) {
      throw new OperationError(
        'NumberNotInReservation',
        `reservation ${r.reservationId} does not hold ${missing.map((d) => `+${d}`).join(', ')}.`,
        `It holds: ${held.map((n) => `+${n.number}`).join(', ')}`,
      );
    }
    const take = req.all ? held : [...new Set(wanted)].map((d) => heldBy.get(d)!);

    // Licences may have changed since the reservation was made: the quota must still allow these numbers.
    const owned = ownedCounts(db, tenant.id)[r.numberType].quota;
    const quota = quotaProblem(r.numberType, 'acquired', take.length, owned, quotaUnits(boughtUnits(db, tenant.id)), getLimits(db));
    if (quota) throw new OperationError(quota.errorId, quota.message);
    const released = held.length - take.length;
    if (req.whatIf) return { reservation: r, acquired: take, released, whatIf: true };

    // A clock behind the reservation's making is taken as that instant (and the skew is kept in the audit log).
    const when = iso(recordNow(now, r.createdAt));
    const behind = clockBehindMs(now, r.createdAt);
    acquireHeld(
      db,
      take.map((n) => n.id),
      tenant.id,
      when,
      r.locationId,
    );
    releaseHeld(db, r.id);
    endReservation(db, r.id, 'Acquired', when);
    writeAudit(db, {
      tenantId: tenant.id,
      at: when,
      operation: 'Select-CsOnlineTelephoneNumberInventory',
      target: r.reservationId,
      parameters: { reservationId: r.reservationId, telephoneNumbers: req.numbers, all: req.all, ...(behind ? { clockBehindMs: behind } : {}) },
      after: { acquired: take.map((n) => n.number), released },
      result: 'Acquired',
    });
    return { reservation: r, acquired: take, released, whatIf: false };
  });
}

/** Clears a reservation: its numbers go back to the pool. An expired one is reported as such (nothing left to clear). */
export function clearReservation(
  db: DB,
  tenant: Tenant,
  now: Date,
  req: { reservationId: string; whatIf: boolean },
): { reservation: Reservation; released: number; result: 'Cleared' | 'Expired' | 'WhatIf' } {
  return writeTx(db, () => {
    const at = iso(now);
    expireHolds(db, at);
    const r = findReservation(db, tenant.id, req.reservationId);
    if (!r) throw new OperationError('ReservationNotFound', `there is no reservation ${req.reservationId} in this tenant.`);
    if (r.status === 'Expired') return { reservation: r, released: 0, result: 'Expired' };
    if (r.status !== 'Active')
      throw new OperationError('ReservationClosed', `reservation ${r.reservationId} was already ${r.status.toLowerCase()} at ${r.endedAt}.`);
    const count = numbersOfReservation(db, r.id).length;
    if (req.whatIf) return { reservation: r, released: count, result: 'WhatIf' };
    const released = releaseHeld(db, r.id);
    endReservation(db, r.id, 'Cleared', at);
    writeAudit(db, {
      tenantId: tenant.id,
      at,
      operation: 'Clear-CsOnlineTelephoneNumberReservation',
      target: r.reservationId,
      parameters: { reservationId: r.reservationId },
      after: { released },
      result: 'Cleared',
    });
    return { reservation: r, released, result: 'Cleared' };
  });
}
