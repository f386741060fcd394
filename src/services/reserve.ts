// Reserving numbers: resolve the city, check licences, limits and quotas, pick free numbers and hold them — in one transaction.
import { randomUUID } from 'node:crypto';
import { iso } from '../clock.js';
import { OperationError, UsageError, throwIfProblems } from '../errors.js';
import { parseDigitPrefix, parseNumberInput } from '../domain/phone.js';
import { resolveCity } from '../domain/places.js';
import { quotaUnits } from '../domain/quota.js';
import { checkReservation, expiresAt, type NumberType } from '../domain/reservation.js';
import { writeAudit } from '../store/audit.js';
import { getDefaultLocationOfAddress, type AssignableLocation } from '../store/addresses.js';
import { getLimits } from '../store/catalog.js';
import { boughtUnits } from '../store/licenses.js';
import { countFree, holdNumbers, numberStates, ownedCounts, pickFree } from '../store/numbers.js';
import type { DB } from '../store/open.js';
import { listPlaces, type Place } from '../store/places.js';
import { expireHolds, holdCounts, insertReservation } from '../store/reservations.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';

/** Countries where the emergency address of a reservation must lie in the number's area (admin docs). */
const SAME_AREA_COUNTRIES = new Set(['BE', 'FR', 'DE', 'IE', 'NL', 'ES']);

/** What reserve is asked for. */
export interface ReserveRequest {
  inventoryType: 'Subscriber' | 'Service';
  tollFree: boolean;
  region?: string | undefined;
  country?: string | undefined;
  area?: string | undefined;
  city?: string | undefined;
  quantity?: number | undefined;
  areaCode?: string | undefined;
  startsWith?: string | undefined;
  numbers?: string[] | undefined;
  civicAddressId?: string | undefined;
  whatIf: boolean;
}

/** What a reservation holds. */
export interface ReserveResult {
  reservationId: string | null;
  city: Place;
  numberType: NumberType;
  createdAt: string;
  expiresAt: string;
  numbers: string[];
  location: AssignableLocation | undefined;
  whatIf: boolean;
}

/** The digit prefix numbers must start with, from -AreaCode and -TelephoneNumberStartsWith. */
function digitPrefix(city: Place, type: NumberType, areaCode: string | undefined, startsWith: string | undefined): string | undefined {
  let prefix: string | undefined;
  if (areaCode !== undefined && areaCode !== '') {
    const ac = areaCode.replace(/[\s()-]/g, '');
    if (!/^\d{1,5}$/.test(ac)) throw new UsageError('InvalidValue', `-AreaCode must be digits such as 425, not '${areaCode}'.`);
    if (type !== 'TollFree' && !city.areaCodes.includes(ac)) {
      throw new OperationError('UnknownAreaCode', `${city.name} (${city.code}) has no area code ${ac}.`, `Area codes: ${city.areaCodes.join(', ')}`);
    }
    prefix = city.dialCode + ac;
  }
  if (startsWith !== undefined && startsWith !== '') {
    const p = parseDigitPrefix(startsWith);
    if (!p.ok) throw new UsageError('InvalidValue', p.message);
    const s = p.digits;
    if (prefix && !s.startsWith(prefix) && !prefix.startsWith(s)) {
      throw new OperationError('NotEnoughNumbers', `no number starts with both ${prefix} (area code) and ${s}.`);
    }
    prefix = prefix && prefix.length > s.length ? prefix : s;
  }
  return prefix;
}

/** Checks the emergency address a non-US reservation must name; returns its default location. */
function addressFor(db: DB, tenant: Tenant, city: Place, civicAddressId: string | undefined): AssignableLocation | undefined {
  if (city.country === 'US') {
    if (civicAddressId) {
      throw new OperationError(
        'CivicAddressNotApplicable',
        'US numbers get their emergency location when they are assigned, not when they are reserved.',
        'Drop -CivicAddressId; give -LocationID to set-voice-user.',
      );
    }
    return undefined;
  }
  if (!civicAddressId) {
    throw new OperationError(
      'CivicAddressRequired',
      `numbers in ${city.countryName} come with an emergency address: give -CivicAddressId of a validated ${city.country} address.`,
      'Add one with callplan add-address (New-CsOnlineLisCivicAddress) first.',
    );
  }
  const loc = getDefaultLocationOfAddress(db, tenant.id, civicAddressId);
  if (!loc) throw new OperationError('AddressNotFound', `there is no civic address ${civicAddressId} in this tenant.`, 'List them with callplan get-address.');
  if (loc.validationStatus !== 'Validated') {
    throw new OperationError(
      'AddressNotValidated',
      `civic address ${loc.civicAddressId} is not validated, so it cannot be used.`,
      `Validate it with callplan test-address --civic-address-id ${loc.civicAddressId}.`,
    );
  }
  if (loc.country !== city.country) {
    throw new OperationError('CountryMismatch', `civic address ${loc.civicAddressId} is in ${loc.country}, but ${city.code} is in ${city.country}.`);
  }
  if (SAME_AREA_COUNTRIES.has(city.country) && loc.stateOrProvince.toUpperCase() !== city.area.toUpperCase()) {
    throw new OperationError(
      'AddressAreaMismatch',
      `in ${city.countryName} the emergency address must lie in the number's area: address ${loc.civicAddressId} is in ${loc.stateOrProvince}, ${city.name} is in ${city.area} (${city.areaName}).`,
    );
  }
  return loc;
}

/** Reserves numbers for the tenant (or, with whatIf, shows which it would reserve). */
export function reserve(db: DB, tenant: Tenant, now: Date, req: ReserveRequest): ReserveResult {
  const limits = getLimits(db);
  const places = listPlaces(db);
  const found = resolveCity(places, { region: req.region, country: req.country, area: req.area, city: req.city });
  if (!found.ok) throw new OperationError(found.errorId, found.message, found.hint);
  const city = found.city;
  const numberType: NumberType = req.inventoryType === 'Subscriber' ? 'User' : req.tollFree ? 'TollFree' : 'Toll';
  if (req.inventoryType === 'Subscriber' && req.tollFree) throw new UsageError('InvalidValue', '-TollFree applies to -InventoryType Service only.');

  const wanted = (req.numbers ?? []).map((n) => {
    const p = parseNumberInput(n);
    if (!p.ok) throw new UsageError('InvalidNumber', p.message);
    return p.digits;
  });
  if (new Set(wanted).size !== wanted.length) throw new UsageError('DuplicateNumber', '-TelephoneNumber lists a number twice.');
  const quantity = req.quantity ?? (wanted.length || undefined);
  if (quantity === undefined) throw new UsageError('MissingParameter', 'give -Quantity (how many numbers to reserve).');
  if (wanted.length && quantity !== wanted.length) {
    throw new UsageError('InvalidQuantity', `-Quantity ${quantity} does not match the ${wanted.length} numbers given with -TelephoneNumber.`);
  }

  return writeTx(db, () => {
    const at = iso(now);
    expireHolds(db, at);
    const holds = holdCounts(db, tenant.id, at);
    const owned = ownedCounts(db, tenant.id);
    throwIfProblems(
      checkReservation(
        numberType,
        quantity,
        {
          activeReservations: holds.reservations,
          reservedNumbers: holds.numbers,
          units: quotaUnits(boughtUnits(db, tenant.id)),
          heldOfType: owned[numberType].quota + holds.byType[numberType],
        },
        limits,
      ),
    );
    const location = addressFor(db, tenant, city, req.civicAddressId);

    let picked: { id: number; number: string }[];
    if (wanted.length) {
      const states = numberStates(db, wanted);
      const bad = wanted.filter((d) => {
        const s = states.get(d);
        return !s || s.cityCode !== city.code || s.numberType !== numberType || s.tenantId !== null || s.reservationId !== null;
      });
      if (bad.length) {
        throw new OperationError(
          'NumberNotAvailable',
          `not free ${numberType === 'User' ? 'user' : 'service'} numbers of ${city.code}: ${bad.map((d) => `+${d}`).join(', ')}.`,
        );
      }
      picked = wanted.map((d) => ({ id: states.get(d)!.id, number: d }));
    } else {
      const prefix = digitPrefix(city, numberType, req.areaCode, req.startsWith);
      picked = pickFree(db, { cityCode: city.code, numberType, prefix, limit: quantity });
      if (picked.length < quantity) {
        const free = countFree(db, { cityCode: city.code, numberType, prefix });
        throw new OperationError(
          'NotEnoughNumbers',
          `only ${free} free ${numberType === 'User' ? 'user' : numberType === 'Toll' ? 'toll' : 'toll-free'} numbers in ${city.name} (${city.code})${prefix ? ` start with ${prefix}` : ''}; ${quantity} asked.`,
          'Ask for fewer, or look elsewhere with callplan get-inventory.',
        );
      }
    }
    const expiry = iso(expiresAt(now, limits));
    const numbers = picked.map((p) => p.number);
    if (req.whatIf) return { reservationId: null, city, numberType, createdAt: at, expiresAt: expiry, numbers, location, whatIf: true };

    const reservationId = randomUUID();
    const rowId = insertReservation(db, {
      reservationId,
      tenantId: tenant.id,
      numberType,
      country: city.country,
      cityCode: city.code,
      locationId: location?.locationRowId ?? null,
      quantity,
      createdAt: at,
      expiresAt: expiry,
    });
    if (
      holdNumbers(
        db,
        picked.map((p) => p.id),
        rowId,
      ) !== picked.length
    ) {
      // Cannot happen inside one IMMEDIATE transaction; refuse rather than hold a partial set.
      throw new OperationError('ReservationConflict', 'some numbers were taken while reserving; nothing was reserved. Try again.');
    }
    writeAudit(db, {
      tenantId: tenant.id,
      at,
      operation: 'Search-CsOnlineTelephoneNumberInventory',
      target: reservationId,
      parameters: { ...req, whatIf: undefined },
      after: { reservationId, cityCode: city.code, numberType, expiresAt: expiry, numbers },
      result: 'Reserved',
    });
    return { reservationId, city, numberType, createdAt: at, expiresAt: expiry, numbers, location, whatIf: false };
  });
}
