// The addresses and locations tables: emergency civic addresses, their locations, and what uses them.
import type { AddressFields } from '../domain/address/fields.js';
import { sameText } from '../domain/text.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** An address is Validated (assignable, read-only) or NotValidated (saved on request, editable, not assignable). */
export type ValidationStatus = 'Validated' | 'NotValidated';

/** A stored civic address. */
export interface StoredAddress extends AddressFields {
  /** Row id (internal). */
  id: number;
  civicAddressId: string;
  validationStatus: ValidationStatus;
  /** LocationId of the address's default location. */
  defaultLocationId: string;
  /** Row id of the default location (internal). */
  defaultLocationRowId: number;
  createdAt: string;
}

/** How many users (numbers assigned to a user with this emergency location) and numbers use an address or location. */
export interface Usage {
  voiceUsers: number;
  telephoneNumbers: number;
}

/** A stored location with its address. */
export interface StoredLocation {
  id: number;
  locationId: string;
  location: string;
  elin: string;
  isDefault: boolean;
  createdAt: string;
  address: StoredAddress;
}

interface AddressRow {
  id: number;
  civic_address_id: string;
  house_number: string;
  house_number_suffix: string;
  pre_directional: string;
  street_name: string;
  street_suffix: string;
  post_directional: string;
  city: string;
  city_alias: string;
  state_or_province: string;
  postal_code: string;
  country: string;
  company_name: string;
  company_tax_id: string;
  description: string;
  latitude: number | null;
  longitude: number | null;
  elin: string;
  validation_status: ValidationStatus;
  created_at: string;
  default_location_id: string;
  default_location_row_id: number;
}

const toAddress = (r: AddressRow): StoredAddress => ({
  id: r.id,
  civicAddressId: r.civic_address_id,
  houseNumber: r.house_number,
  houseNumberSuffix: r.house_number_suffix,
  preDirectional: r.pre_directional,
  streetName: r.street_name,
  streetSuffix: r.street_suffix,
  postDirectional: r.post_directional,
  city: r.city,
  cityAlias: r.city_alias,
  postalCode: r.postal_code,
  stateOrProvince: r.state_or_province,
  countryOrRegion: r.country,
  description: r.description,
  companyName: r.company_name,
  companyTaxId: r.company_tax_id,
  latitude: r.latitude,
  longitude: r.longitude,
  elin: r.elin,
  validationStatus: r.validation_status,
  defaultLocationId: r.default_location_id,
  defaultLocationRowId: r.default_location_row_id,
  createdAt: r.created_at,
});

const ADDRESS_COLUMNS = `a.id, a.civic_address_id, a.house_number, a.house_number_suffix, a.pre_directional, a.street_name, a.street_suffix,
  a.post_directional, a.city, a.city_alias, a.state_or_province, a.postal_code, a.country, a.company_name, a.company_tax_id,
  a.description, a.latitude, a.longitude, a.elin, a.validation_status, a.created_at,
  d.location_id AS default_location_id, d.id AS default_location_row_id`;
const ADDRESS_FROM = 'addresses a JOIN locations d ON d.address_id = a.id AND d.is_default = 1';

// Usage of an address: through any of its locations. A user's emergency location is stored on the user's number.
// "+n.tenant_id" keeps SQLite off the numbers_tenant index (a scan of all the tenant's numbers per row) and on
// numbers_location / numbers_origin_location: 5,000 addresses with 50,000 numbers list in ~40 ms instead of minutes.
const ADDRESS_LOCATIONS = '(SELECT l2.id FROM locations l2 WHERE l2.address_id = a.id)';
const ADDRESS_USAGE = `
  (SELECT COUNT(*) FROM numbers n WHERE +n.tenant_id = a.tenant_id AND n.user_id IS NOT NULL AND n.location_id IN ${ADDRESS_LOCATIONS}) AS voice_users,
  (SELECT COUNT(*) FROM numbers n WHERE +n.tenant_id = a.tenant_id
     AND (n.location_id IN ${ADDRESS_LOCATIONS} OR n.origin_location_id IN ${ADDRESS_LOCATIONS})) AS telephone_numbers`;
const LOCATION_USAGE = `
  (SELECT COUNT(*) FROM numbers n WHERE +n.tenant_id = l.tenant_id AND n.user_id IS NOT NULL AND n.location_id = l.id) AS voice_users,
  (SELECT COUNT(*) FROM numbers n WHERE +n.tenant_id = l.tenant_id AND (n.location_id = l.id OR n.origin_location_id = l.id)) AS telephone_numbers`;

/** Canonical form of a GUID typed by an admin (ids are stored lower case). */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

// The address columns and the fields they hold, in one order for INSERT and UPDATE.
const FIELD_COLUMNS: readonly (readonly [string, keyof AddressFields])[] = [
  ['house_number', 'houseNumber'],
  ['house_number_suffix', 'houseNumberSuffix'],
  ['pre_directional', 'preDirectional'],
  ['street_name', 'streetName'],
  ['street_suffix', 'streetSuffix'],
  ['post_directional', 'postDirectional'],
  ['city', 'city'],
  ['city_alias', 'cityAlias'],
  ['state_or_province', 'stateOrProvince'],
  ['postal_code', 'postalCode'],
  ['country', 'countryOrRegion'],
  ['company_name', 'companyName'],
  ['company_tax_id', 'companyTaxId'],
  ['description', 'description'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['elin', 'elin'],
];
const fieldValues = (f: AddressFields) => FIELD_COLUMNS.map(([, key]) => f[key]);
const INSERT_ADDRESS = `INSERT INTO addresses (tenant_id, civic_address_id, ${FIELD_COLUMNS.map(([c]) => c).join(', ')}, validation_status, created_at)
  VALUES (${Array(FIELD_COLUMNS.length + 4)
    .fill('?')
    .join(', ')})`;
const UPDATE_ADDRESS = `UPDATE addresses SET ${FIELD_COLUMNS.map(([c]) => `${c} = ?`).join(', ')}, validation_status = ? WHERE id = ?`;

/** Inserts an address and returns its row id. */
export function insertAddress(db: DB, tenantId: number, civicAddressId: string, f: AddressFields, status: ValidationStatus, now: string): number {
  return Number(stmt(db, INSERT_ADDRESS).run(tenantId, civicAddressId, ...fieldValues(f), status, now).lastInsertRowid);
}

/** Rewrites an address's fields and validation status. */
export function updateAddress(db: DB, id: number, f: AddressFields, status: ValidationStatus): void {
  stmt(db, UPDATE_ADDRESS).run(...fieldValues(f), status, id);
}

/** Inserts a location and returns its row id. */
export function insertLocation(
  db: DB,
  tenantId: number,
  l: { locationId: string; addressId: number; location: string; elin: string; isDefault: boolean },
  now: string,
): number {
  return Number(
    stmt(db, 'INSERT INTO locations (tenant_id, location_id, address_id, location, elin, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      tenantId,
      l.locationId,
      l.addressId,
      l.location,
      l.elin,
      l.isDefault ? 1 : 0,
      now,
    ).lastInsertRowid,
  );
}

/** Changes a location's name and ELIN. */
export function updateLocation(db: DB, id: number, location: string, elin: string): void {
  stmt(db, 'UPDATE locations SET location = ?, elin = ? WHERE id = ?').run(location, elin, id);
}

/** A tenant's address by CivicAddressId (any case); undefined for another tenant's. */
export function findAddress(db: DB, tenantId: number, civicAddressId: string): StoredAddress | undefined {
  const r = stmt(db, `SELECT ${ADDRESS_COLUMNS} FROM ${ADDRESS_FROM} WHERE a.civic_address_id = ? AND a.tenant_id = ?`).get(idKey(civicAddressId), tenantId) as
    AddressRow | undefined;
  return r && toAddress(r);
}

interface LocationRow extends AddressRow {
  l_id: number;
  l_location_id: string;
  l_location: string;
  l_elin: string;
  l_is_default: number;
  l_created_at: string;
}

const LOCATION_COLUMNS = `l.id AS l_id, l.location_id AS l_location_id, l.location AS l_location, l.elin AS l_elin,
  l.is_default AS l_is_default, l.created_at AS l_created_at, ${ADDRESS_COLUMNS}`;
const LOCATION_FROM = 'locations l JOIN addresses a ON a.id = l.address_id JOIN locations d ON d.address_id = a.id AND d.is_default = 1';

const toLocation = (r: LocationRow): StoredLocation => ({
  id: r.l_id,
  locationId: r.l_location_id,
  location: r.l_location,
  elin: r.l_elin,
  isDefault: r.l_is_default === 1,
  createdAt: r.l_created_at,
  address: toAddress(r),
});

/** A tenant's location by LocationId (any case), with its address; undefined for another tenant's. */
export function findLocation(db: DB, tenantId: number, locationId: string): StoredLocation | undefined {
  const r = stmt(db, `SELECT ${LOCATION_COLUMNS} FROM ${LOCATION_FROM} WHERE l.location_id = ? AND l.tenant_id = ?`).get(idKey(locationId), tenantId) as
    LocationRow | undefined;
  return r && toLocation(r);
}

/** The locations of an address called `name` (any case), to refuse duplicates. */
export function findLocationsNamed(db: DB, addressId: number, name: string): { locationId: string; location: string }[] {
  // An address has few locations: compare in code, where "any case" covers every letter (NOCASE folds only A–Z).
  const all = stmt(db, 'SELECT location_id AS locationId, location FROM locations WHERE address_id = ?').all(addressId) as {
    locationId: string;
    location: string;
  }[];
  return all.filter((l) => sameText(l.location, name));
}

/** Filters shared by get-address and get-location. */
export interface PlaceFilter {
  civicAddressId?: string;
  locationId?: string;
  /** Location name (get-location), any case. */
  location?: string;
  city?: string;
  country?: string;
  /** Part of the address's description, any case. */
  description?: string;
  validationStatus?: ValidationStatus;
  assigned?: boolean;
  limit?: number;
  offset?: number;
}

/** WHERE clauses for a filter (address columns a.*, optional location l.*). */
function whereOf(tenantId: number, f: PlaceFilter, forLocations: boolean): { where: string; args: unknown[] } {
  const where = ['a.tenant_id = ?'];
  const args: unknown[] = [tenantId];
  if (f.civicAddressId !== undefined) {
    where.push('a.civic_address_id = ?');
    args.push(idKey(f.civicAddressId));
  }
  if (f.locationId !== undefined) {
    where.push(forLocations ? 'l.location_id = ?' : 'a.id = (SELECT x.address_id FROM locations x WHERE x.location_id = ?)');
    args.push(idKey(f.locationId));
  }
  if (f.location !== undefined && forLocations) {
    where.push('l.location = ? COLLATE NOCASE');
    args.push(f.location);
  }
  if (f.city !== undefined) {
    where.push('a.city = ? COLLATE NOCASE');
    args.push(f.city);
  }
  if (f.country !== undefined) {
    where.push('a.country = ?');
    args.push(f.country.toUpperCase());
  }
  if (f.description !== undefined) {
    where.push('instr(lower(a.description), lower(?)) > 0');
    args.push(f.description);
  }
  if (f.validationStatus !== undefined) {
    where.push('a.validation_status = ?');
    args.push(f.validationStatus);
  }
  return { where: where.join(' AND '), args };
}

/** Runs a listing query: the page of rows and how many match in all. */
function page<R>(db: DB, inner: string, args: unknown[], f: PlaceFilter): { rows: R[]; total: number } {
  const filtered = f.assigned === undefined ? inner : `SELECT * FROM (${inner}) WHERE ${f.assigned ? 'telephone_numbers > 0' : 'telephone_numbers = 0'}`;
  const total = (stmt(db, `SELECT COUNT(*) AS n FROM (${filtered})`).get(...args) as { n: number }).n;
  const rows = stmt(db, `${filtered} LIMIT ? OFFSET ?`).all(...args, f.limit ?? -1, f.offset ?? 0) as R[];
  return { rows, total };
}

/** A tenant's addresses matching the filter, oldest first, with usage counts. */
export function listAddresses(db: DB, tenantId: number, f: PlaceFilter): { rows: (StoredAddress & Usage)[]; total: number } {
  const { where, args } = whereOf(tenantId, f, false);
  const inner = `SELECT ${ADDRESS_COLUMNS}, ${ADDRESS_USAGE} FROM ${ADDRESS_FROM} WHERE ${where} ORDER BY a.created_at, a.id`;
  const { rows, total } = page<AddressRow & { voice_users: number; telephone_numbers: number }>(db, inner, args, f);
  return { rows: rows.map((r) => ({ ...toAddress(r), voiceUsers: r.voice_users, telephoneNumbers: r.telephone_numbers })), total };
}

/** A tenant's locations matching the filter (addresses oldest first, default location first), with usage counts. */
export function listLocations(db: DB, tenantId: number, f: PlaceFilter): { rows: (StoredLocation & Usage)[]; total: number } {
  const { where, args } = whereOf(tenantId, f, true);
  const inner = `SELECT ${LOCATION_COLUMNS}, ${LOCATION_USAGE} FROM ${LOCATION_FROM} WHERE ${where}
    ORDER BY a.created_at, a.id, l.is_default DESC, l.created_at, l.id`;
  const { rows, total } = page<LocationRow & { voice_users: number; telephone_numbers: number }>(db, inner, args, f);
  return { rows: rows.map((r) => ({ ...toLocation(r), voiceUsers: r.voice_users, telephoneNumbers: r.telephone_numbers })), total };
}

/**
 * Counts what uses the given locations of a tenant: users (a user's emergency location is on the user's number),
 * the tenant's numbers (current or original emergency location), and reservations still on hold that name them
 * or hold numbers that carry them.
 */
export function locationsUsage(db: DB, tenantId: number, locationRowIds: readonly number[], now: string): Usage & { activeReservations: number } {
  const ids = JSON.stringify(locationRowIds);
  const r = stmt(
    db,
    `WITH ids(id) AS (SELECT value FROM json_each(?))
     SELECT
       (SELECT COUNT(*) FROM numbers WHERE +tenant_id = ? AND user_id IS NOT NULL AND location_id IN ids) AS voice_users,
       (SELECT COUNT(*) FROM numbers WHERE +tenant_id = ? AND (location_id IN ids OR origin_location_id IN ids)) AS telephone_numbers,
       (SELECT COUNT(*) FROM reservations r WHERE r.tenant_id = ? AND r.status = 'Active' AND r.expires_at > ?
          AND (r.location_id IN ids OR EXISTS (SELECT 1 FROM numbers n WHERE n.reservation_id = r.id
                                                 AND (n.location_id IN ids OR n.origin_location_id IN ids)))) AS active_reservations`,
  ).get(ids, tenantId, tenantId, tenantId, now) as { voice_users: number; telephone_numbers: number; active_reservations: number };
  return { voiceUsers: r.voice_users, telephoneNumbers: r.telephone_numbers, activeReservations: r.active_reservations };
}

/**
 * Deletes locations (and then, when given, their address). References that no longer hold anything — reservations
 * that ended or expired, pool numbers that went back — are cleared first so the foreign keys allow the delete.
 * The caller has checked locationsUsage.
 */
export function deleteLocations(db: DB, locationRowIds: readonly number[], addressId?: number): void {
  const ids = JSON.stringify(locationRowIds);
  stmt(db, 'UPDATE reservations SET location_id = NULL WHERE location_id IN (SELECT value FROM json_each(?))').run(ids);
  stmt(db, 'UPDATE numbers SET location_id = NULL WHERE tenant_id IS NULL AND location_id IN (SELECT value FROM json_each(?))').run(ids);
  stmt(db, 'UPDATE numbers SET origin_location_id = NULL WHERE tenant_id IS NULL AND origin_location_id IN (SELECT value FROM json_each(?))').run(ids);
  stmt(db, 'DELETE FROM locations WHERE id IN (SELECT value FROM json_each(?))').run(ids);
  if (addressId !== undefined) stmt(db, 'DELETE FROM addresses WHERE id = ?').run(addressId);
}

/** Row ids of an address's locations. */
export function locationRowIdsOf(db: DB, addressId: number): number[] {
  return (stmt(db, 'SELECT id FROM locations WHERE address_id = ? ORDER BY id').all(addressId) as { id: number }[]).map((r) => r.id);
}

/** What assignments and reservations need to know about an emergency location (the bulk set-voice-user path has its own, set-based). */
export interface AssignableLocation {
  /** locations.id, for numbers.location_id. */
  locationRowId: number;
  locationId: string;
  location: string;
  isDefault: boolean;
  civicAddressId: string;
  addressRowId: number;
  /** ISO country of the address (compare with the number's country). */
  country: string;
  /** State or province of the address (some countries want it in the number's area). */
  stateOrProvince: string;
  /** Only Validated addresses may be assigned. */
  validationStatus: ValidationStatus;
  /** One line for messages: "1 Microsoft Way, Redmond, WA 98052, US". */
  label: string;
}

/** One-line text of an address for messages and notifications. */
export function addressLabel(a: AddressFields): string {
  const street = [a.houseNumber + a.houseNumberSuffix, a.preDirectional, a.streetName, a.streetSuffix, a.postDirectional].filter(Boolean).join(' ');
  const region = [a.stateOrProvince, a.postalCode].filter(Boolean).join(' ');
  return [street, a.city, region, a.countryOrRegion].filter(Boolean).join(', ');
}

const toAssignable = (l: StoredLocation): AssignableLocation => ({
  locationRowId: l.id,
  locationId: l.locationId,
  location: l.location,
  isDefault: l.isDefault,
  civicAddressId: l.address.civicAddressId,
  addressRowId: l.address.id,
  country: l.address.countryOrRegion,
  stateOrProvince: l.address.stateOrProvince,
  validationStatus: l.address.validationStatus,
  label: addressLabel(l.address),
});

/**
 * The location a number or user would get (by LocationId, this tenant only) with its address's country and
 * validation status; undefined when the tenant has no such location. Callers refuse NotValidated addresses.
 */
export function getLocationForAssignment(db: DB, tenantId: number, locationId: string): AssignableLocation | undefined {
  const l = findLocation(db, tenantId, locationId);
  return l && toAssignable(l);
}

/** The default location of a tenant's address (by CivicAddressId), e.g. for a reservation outside the US. */
export function getDefaultLocationOfAddress(db: DB, tenantId: number, civicAddressId: string): AssignableLocation | undefined {
  const r = stmt(db, `SELECT ${LOCATION_COLUMNS} FROM ${LOCATION_FROM} WHERE a.civic_address_id = ? AND a.tenant_id = ? AND l.is_default = 1`).get(
    idKey(civicAddressId),
    tenantId,
  ) as LocationRow | undefined;
  return r && toAssignable(toLocation(r));
}
