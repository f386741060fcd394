// reserve: hold numbers and print ReservationId, ExpiresAt, the time left and the numbers.
import type { Deps } from '../../../deps.js';
import { inventoryTypeOf } from '../../../domain/reservation.js';
import { reserve } from '../../../services/reserve.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { reservationText } from './display.js';

/** Runs reserve. */
export function run(o: Options, deps: Deps): CommandResult {
  const now = deps.clock();
  const r = reserve(deps.db, deps.tenant(), now, {
    inventoryType: o.inventoryType,
    tollFree: o.tollFree === true,
    region: o.region,
    country: o.countryOrRegion,
    area: o.area,
    city: o.capitalOrMajorCity,
    quantity: o.quantity,
    areaCode: o.areaCode,
    startsWith: o.telephoneNumberStartsWith,
    numbers: o.telephoneNumber,
    civicAddressId: o.civicAddressId,
    whatIf: o.whatif === true,
  });
  const timeLeftSeconds = Math.max(0, Math.round((Date.parse(r.expiresAt) - now.getTime()) / 1000));
  const summary = {
    ReservationId: r.reservationId,
    Result: r.whatIf ? 'WhatIf' : 'Reserved',
    InventoryType: inventoryTypeOf(r.numberType),
    NumberType: r.numberType,
    CityCode: r.city.code,
    City: r.city.name,
    CountryOrRegion: r.city.country,
    CreatedAt: r.createdAt,
    ExpiresAt: r.expiresAt,
    TimeLeftSeconds: timeLeftSeconds,
    LocationId: r.location?.locationId ?? null,
    CivicAddressId: r.location?.civicAddressId ?? null,
    TelephoneNumbers: r.numbers.map((d) => `+${d}`),
  };
  const records = r.numbers.map((d) => ({
    ReservationId: r.reservationId,
    TelephoneNumber: `+${d}`,
    Id: d,
    CityCode: r.city.code,
    InventoryType: summary.InventoryType,
    ExpiresAt: r.expiresAt,
  }));
  return { records, json: summary, text: reservationText(summary, deps.outStyle) };
}
