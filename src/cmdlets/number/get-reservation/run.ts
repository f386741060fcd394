// get-reservation: one record per reservation, with numbers and time left; limits in the JSON summary.
import { iso } from '../../../clock.js';
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { holdMsLeft, inventoryTypeOf } from '../../../domain/reservation.js';
import { timeLeft } from '../../../output/bars.js';
import { getLimits } from '../../../store/catalog.js';
import { numbersOfReservation } from '../../../store/numbers.js';
import { activeReservations, findReservation, holdCounts, type Reservation } from '../../../store/reservations.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-reservation. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const now = deps.clock();
  let list: Reservation[];
  if (o.reservationId) {
    const r = findReservation(deps.db, tenant.id, o.reservationId);
    if (!r) throw new OperationError('ReservationNotFound', `there is no reservation ${String(o.reservationId)} in this tenant.`);
    list = [r];
  } else {
    list = activeReservations(deps.db, tenant.id, iso(now));
  }
  const records = list.map((r) => {
    const ms = holdMsLeft(r, now);
    const numbers = r.status === 'Active' ? numbersOfReservation(deps.db, r.id).map((n) => `+${n.number}`) : [];
    return {
      ReservationId: r.reservationId,
      Status: r.status,
      InventoryType: inventoryTypeOf(r.numberType),
      NumberType: r.numberType,
      CityCode: r.cityCode,
      CountryOrRegion: r.country,
      CreatedAt: r.createdAt,
      ExpiresAt: r.expiresAt,
      EndedAt: r.endedAt,
      TimeLeft: r.status === 'Active' ? timeLeft(ms) : '',
      TimeLeftSeconds: r.status === 'Active' ? Math.max(0, Math.round(ms / 1000)) : 0,
      Count: numbers.length,
      TelephoneNumbers: numbers,
    };
  });
  const limits = getLimits(deps.db);
  const holds = holdCounts(deps.db, tenant.id, iso(now));
  const notices = o.reservationId
    ? []
    : [`${holds.reservations} of ${limits.maxActiveReservations} reservations active, ${holds.numbers} of ${limits.maxReservedNumbers} numbers reserved.`];
  return {
    records,
    columns: ['ReservationId', 'Status', 'InventoryType', 'CityCode', 'Count', 'ExpiresAt', 'TimeLeft'],
    notices: records.length || o.reservationId ? [] : notices,
    json: o.reservationId
      ? records
      : {
          ActiveReservationsCount: holds.reservations,
          ActiveReservedNumbersCount: holds.numbers,
          MaximumActiveReservationsCount: limits.maxActiveReservations,
          MaximumActiveReservedNumbersCount: limits.maxReservedNumbers,
          Reservations: records,
        },
  };
}
