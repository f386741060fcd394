// Removing addresses and locations: refused while a user, number or active reservation uses them; defaults only with the address.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getDefaultLocationOfAddress, getLocationForAssignment } from '../../src/store/addresses.js';
import { cp, newStore, peek, T0 } from '../helpers/store.js';

/** Runs SQL on the store (the number and user commands belong to other issues; rows are made directly). */
function exec(store: string, sql: string, ...args: unknown[]): number {
  const db = new Database(store);
  try {
    return Number(db.prepare(sql).run(...args).lastInsertRowid);
  } finally {
    db.close();
  }
}

const rowId = (store: string, table: 'locations' | 'addresses', column: string, id: string) =>
  peek<{ id: number }>(store, `SELECT id FROM ${table} WHERE ${column} = ?`, id)[0]!.id;
const tenantRow = (store: string) => peek<{ id: number }>(store, 'SELECT id FROM tenants ORDER BY id LIMIT 1')[0]!.id;

/** An address in Redmond with one extra location; returns their ids. */
async function setup(store: string): Promise<{ civic: string; defaultLoc: string; loc: string }> {
  const a = await cp(store, [
    'add-address',
    '--house-number',
    '1',
    '--street-name',
    'Microsoft Way',
    '--city',
    'Redmond',
    '--state',
    'WA',
    '--country',
    'US',
    '--postal-code',
    '98052',
    '--company-name',
    'Contoso',
    '-o',
    'json',
  ]);
  const { CivicAddressId: civic, DefaultLocationId: defaultLoc } = a.json<{ CivicAddressId: string; DefaultLocationId: string }>();
  const l = await cp(store, ['add-location', '--civic-address-id', civic, '--location', 'Building 64, Floor 1', '-o', 'json']);
  return { civic, defaultLoc, loc: l.json<{ LocationId: string }>().LocationId };
}

let numberSeq = 0;
/** A tenant-owned user number carrying an emergency location (and optionally held by a new user). */
function addNumber(store: string, opts: { location?: number; origin?: number; user?: boolean }): number {
  const t = tenantRow(store);
  let userId: number | null = null;
  if (opts.user) {
    const upn = `user${++numberSeq}@contoso.com`;
    userId = exec(
      store,
      'INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      t,
      `00000000-0000-4000-8000-${String(numberSeq).padStart(12, '0')}`,
      upn,
      upn,
      upn,
      `sip:${upn}`,
      `sip:${upn}`,
      'US',
      T0,
    );
  }
  return exec(
    store,
    "INSERT INTO numbers (number, country, number_type, tenant_id, acquired_at, user_id, location_id, origin_location_id) VALUES (?, 'US', 'User', ?, ?, ?, ?, ?)",
    `1425555${String(1000 + ++numberSeq)}`,
    t,
    T0,
    userId,
    opts.location ?? null,
    opts.origin ?? null,
  );
}

describe('remove-location', () => {
  it('the documented example names a location that does not exist: LocationNotFound', async () => {
    const r = await cp(newStore(), ['Remove-CsOnlineLisLocation', '-LocationId', '788dd820-c136-4255-9f61-24b880ad0763']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: LocationNotFound: there is no location 788dd820-c136-4255-9f61-24b880ad0763/);
  });

  it('a default location cannot be removed on its own (DefaultLocationRemoval, hint: remove the address)', async () => {
    const store = newStore();
    const { civic, defaultLoc } = await setup(store);
    const r = await cp(store, ['remove-location', '--location-id', defaultLoc]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(`^callplan: DefaultLocationRemoval: .* Hint: Remove the address instead: callplan remove-address --civic-address-id ${civic}`),
    );
  });

  it('a location used by a user (on their number) or a number is refused: LocationInUse names how many', async () => {
    const store = newStore();
    const { loc } = await setup(store);
    const locRow = rowId(store, 'locations', 'location_id', loc);
    addNumber(store, { location: locRow, user: true });
    addNumber(store, { origin: locRow });
    const r = await cp(store, ['Remove-CsOnlineLisLocation', '-LocationId', loc]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: LocationInUse: location .* \('Building 64, Floor 1'\) is still used by 1 user and 2 numbers\./);
    // Counts are shown by get-location too.
    const shown = (await cp(store, ['get-location', '--location-id', loc, '-o', 'json'])).json<
      { NumberOfVoiceUsers: number; NumberOfTelephoneNumbers: number }[]
    >();
    expect(shown[0]).toMatchObject({ NumberOfVoiceUsers: 1, NumberOfTelephoneNumbers: 2 });
    // Once nothing uses it, it goes.
    exec(store, 'UPDATE numbers SET location_id = NULL, origin_location_id = NULL');
    const ok = await cp(store, ['remove-location', '--location-id', loc]);
    expect(ok.code).toBe(0);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM locations WHERE location_id = ?', loc)).toEqual([{ n: 0 }]);
    expect(peek(store, "SELECT result FROM audit_log WHERE operation = 'Remove-CsOnlineLisLocation'")).toEqual([{ result: 'Removed' }]);
  });

  it('an active reservation holds its location; an expired one does not (and is detached)', async () => {
    const store = newStore();
    const { loc } = await setup(store);
    const locRow = rowId(store, 'locations', 'location_id', loc);
    const res = exec(
      store,
      "INSERT INTO reservations (tenant_id, reservation_id, number_type, country, city_code, location_id, quantity, created_at, expires_at, status) VALUES (?, 'r-1', 'User', 'US', 'NOAM-US-WA-RD', ?, 1, ?, ?, 'Active')",
      tenantRow(store),
      locRow,
      T0,
      '2026-11-26T09:10:00.000Z',
    );
    const held = await cp(store, ['remove-location', '--location-id', loc]);
    expect(held.err).toMatch(/LocationInUse: .*1 active reservation/);
    // Ten minutes later the hold is over.
    const later = await cp(store, ['remove-location', '--location-id', loc], { now: '2026-11-26T09:11:00.000Z' });
    expect(later.code).toBe(0);
    expect(peek(store, 'SELECT location_id FROM reservations WHERE id = ?', res)).toEqual([{ location_id: null }]);
  });

  it('-WhatIf removes nothing', async () => {
    const store = newStore();
    const { loc } = await setup(store);
    const r = await cp(store, ['Remove-CsOnlineLisLocation', '-LocationId', loc, '-WhatIf']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/WhatIf/);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM locations')).toEqual([{ n: 2 }]);
  });
});

describe('remove-address', () => {
  it('the documented example names an address that does not exist: AddressNotFound', async () => {
    const r = await cp(newStore(), ['Remove-CsOnlineLisCivicAddress', '-CivicAddressId', 'ee38d9a5-33dc-4a32-9fb8-f234cedb91ac']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: AddressNotFound: /);
  });

  it('an address whose location is used by a user or number is refused: AddressInUse names how many', async () => {
    const store = newStore();
    const { civic, loc, defaultLoc } = await setup(store);
    addNumber(store, { location: rowId(store, 'locations', 'location_id', loc), user: true });
    addNumber(store, { location: rowId(store, 'locations', 'location_id', defaultLoc) });
    const r = await cp(store, ['Remove-CsOnlineLisCivicAddress', '-CivicAddressId', civic]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: AddressInUse: civic address .* \(1 Microsoft Way, Redmond, WA 98052, US\) is still used by 1 user and 2 numbers\./);
    const shown = (await cp(store, ['get-address', '-o', 'json'])).json<{ NumberOfVoiceUsers: number; NumberOfTelephoneNumbers: number }[]>();
    expect(shown[0]).toMatchObject({ NumberOfVoiceUsers: 1, NumberOfTelephoneNumbers: 2 });
    expect((await cp(store, ['get-address', '--assignment-status', 'Unassigned', '-o', 'json'])).json()).toEqual([]);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM locations')).toEqual([{ n: 2 }]);
  });

  it('removes the address with all its locations, in one audited change', async () => {
    const store = newStore();
    const { civic } = await setup(store);
    const whatIf = await cp(store, ['remove-address', '--civic-address-id', civic, '--whatif']);
    expect(whatIf.code).toBe(0);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM addresses')).toEqual([{ n: 1 }]);
    const r = await cp(store, ['Remove-CsOnlineLisCivicAddress', '-CivicAddressId', civic.toUpperCase(), '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual([{ CivicAddressId: civic, Result: 'Removed', LocationsRemoved: 2 }]);
    expect(peek(store, 'SELECT (SELECT COUNT(*) FROM addresses) AS a, (SELECT COUNT(*) FROM locations) AS l')).toEqual([{ a: 0, l: 0 }]);
    expect(peek(store, "SELECT target, result FROM audit_log WHERE operation = 'Remove-CsOnlineLisCivicAddress'")).toEqual([
      { target: civic, result: 'Removed' },
    ]);
  });
});

describe('getLocationForAssignment (for set-voice-user and reservations)', () => {
  it('returns the location with its address country and validation status, for this tenant only', async () => {
    const store = newStore();
    const { civic, loc, defaultLoc } = await setup(store);
    const nv = (
      await cp(store, [
        'add-address',
        '--street-name',
        'Main',
        '--city',
        'Redmond',
        '--state',
        'WA',
        '--country',
        'US',
        '--postal-code',
        '10001',
        '--company-name',
        'C',
        '--allow-unvalidated',
        '-o',
        'json',
      ])
    ).json<{ DefaultLocationId: string }>();
    const db = new Database(store, { readonly: true });
    try {
      const t = tenantRow(store);
      expect(getLocationForAssignment(db, t, loc.toUpperCase())).toMatchObject({
        locationId: loc,
        location: 'Building 64, Floor 1',
        isDefault: false,
        civicAddressId: civic,
        country: 'US',
        validationStatus: 'Validated',
        label: '1 Microsoft Way, Redmond, WA 98052, US',
      });
      expect(getLocationForAssignment(db, t, nv.DefaultLocationId)).toMatchObject({ validationStatus: 'NotValidated', isDefault: true });
      expect(getLocationForAssignment(db, t + 1, loc)).toBeUndefined();
      expect(getLocationForAssignment(db, t, '788dd820-c136-4255-9f61-24b880ad0763')).toBeUndefined();
      expect(getDefaultLocationOfAddress(db, t, civic)).toMatchObject({ locationId: defaultLoc, isDefault: true });
    } finally {
      db.close();
    }
  });
});
