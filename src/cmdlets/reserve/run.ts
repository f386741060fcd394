// reserve: hold numbers and print ReservationId, ExpiresAt, the time left and the numbers.
import type { Deps } from '../../deps.js';
import { inventoryTypeOf } from '../../domain/reservation.js';
import { reserve } from '../../services/reserve.js';
import type { CommandResult, Options } from '../types.js';
import { reservationText } from './display.js';

/** Runs reserve. */
export function run(o: Options, deps: Deps): CommandResult {
  const now = deps.clock();
  const r = reserve(deps.db, deps.tenant(), now, {
    inventoryType: o.inventoryType as 'Subscriber' | 'Service',
    tollFree: o.tollFree === true,
    region: o.region as string | undefined,
    country: o.country as string | undefined,
    area: o.area as string | undefined,
    city: o.city as string | undefined,
    quantity: o.quantity as number | undefined,
    areaCode: o.areaCode as string | undefined,
    startsWith: o.telephoneNumberStartsWith as string | undefined,
    numbers: o.telephoneNumber as string[] | undefined,
    civicAddressId: o.civicAddressId as string | undefined,
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
