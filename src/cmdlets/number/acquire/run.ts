// acquire: one row per acquired number; a notice says how many went back to the pool.
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { resolveCity } from '../../../domain/places.js';
import { inventoryTypeOf } from '../../../domain/reservation.js';
import { acquire } from '../../../services/acquire.js';
import { listPlaces } from '../../../store/places.js';
import { findReservation } from '../../../store/reservations.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Checks the compatibility place parameters against the reservation's city. */
function checkPlace(o: Options, deps: Deps, reservationId: string): void {
  if (!o.region && !o.countryOrRegion && !o.area && !o.capitalOrMajorCity) return;
  const r = findReservation(deps.db, deps.tenant().id, reservationId);
  if (!r) return;
  const found = resolveCity(listPlaces(deps.db), {
    region: o.region,
    country: o.countryOrRegion,
    area: o.area,
    city: o.capitalOrMajorCity ?? r.cityCode,
  });
  if (!found.ok || found.city.code !== r.cityCode) {
    throw new OperationError('ReservationMismatch', `reservation ${r.reservationId} is for ${r.cityCode}, not for the place given.`);
  }
}

/** Runs acquire. */
export function run(o: Options, deps: Deps): CommandResult {
  const reservationId = o.reservationId;
  checkPlace(o, deps, reservationId);
  const r = acquire(deps.db, deps.tenant(), deps.clock(), {
    reservationId,
    numbers: o.telephoneNumbers,
    all: o.all === true,
    whatIf: o.whatif === true,
  });
  const records = r.acquired.map((n) => ({
    TelephoneNumber: `+${n.number}`,
    Id: n.number,
    CityCode: n.cityCode,
    InventoryType: inventoryTypeOf(n.numberType),
    ReservationId: r.reservation.reservationId,
    Result: r.whatIf ? 'WhatIf' : 'Acquired',
  }));
  const verb = r.whatIf ? 'would go' : 'went';
  return { records, notices: r.released ? [`${r.released} other number${r.released === 1 ? '' : 's'} of the reservation ${verb} back to the pool.`] : [] };
}
