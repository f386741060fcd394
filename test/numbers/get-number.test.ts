// get-number (Get-CsOnlineTelephoneNumber): every filter, the cmdlet's properties, result size, and release-number.
import { beforeAll, describe, expect, it } from 'vitest';
import { cp, exec, newStore, peek } from '../helpers/store.js';
import { acquireNumbers, address, buy } from '../helpers/arrange.js';

interface Num {
  Id: string;
  TelephoneNumber: string;
  ActivationState: string;
  CityCode: string;
  InventoryType: string;
  Location: unknown;
  O365Region: string;
  SourceType: string;
  TargetType: string | null;
  UserId: string | null;
  PortInOrderStatus: string | null;
  CivicAddressId: string | null;
  LocationId: string | null;
}

let store: string;
let user: { objectId: string };
let ny: string[];
let rd: string[];
let toll: string[];
let loc: { locationId: string; civicAddressId: string };

beforeAll(async () => {
  store = newStore();
  buy(store, { MCOEV: 100, MCOPSTN1: 100 });
  ny = await acquireNumbers(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--area-code', '929', '--quantity', '5']);
  rd = await acquireNumbers(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '3']);
  toll = await acquireNumbers(store, ['--inventory-type', 'Service', '--city', 'NOAM-US-NY-NY', '--quantity', '2']);
  loc = address(store, { country: 'US', state: 'WA', city: 'Redmond' });
  user = { objectId: '3c37e1c7-78f9-4703-82ee-a6b68516794e' };
  exec(
    store,
    "INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, created_at) VALUES (1, ?, 'ken.myer@contoso.com', 'ken.myer@contoso.com', 'Ken Myer', 'sip:ken.myer@contoso.com', 'sip:ken.myer@contoso.com', 'US', '2026-11-26T09:00:00Z')",
    user.objectId,
  );
  exec(
    store,
    "UPDATE numbers SET user_id = (SELECT id FROM users WHERE upn_key = 'ken.myer@contoso.com'), target_type = 'user', location_id = (SELECT id FROM locations WHERE location_id = ?) WHERE number = ?",
    loc.locationId,
    rd[0]!.slice(1),
  );
  exec(store, "UPDATE numbers SET target_type = 'caa' WHERE number = ?", toll[0]!.slice(1));
});

const get = async (...args: string[]) => {
  const r = await cp(store, ['get-number', ...args, '-o', 'json']);
  expect(r.code, r.err).toBe(0);
  return r.json<Num[]>();
};
const ids = (rows: Num[]) => rows.map((r) => r.TelephoneNumber);

describe('get-number', () => {
  it('lists the tenant numbers in number order with the cmdlet properties', async () => {
    const all = await get();
    expect(all).toHaveLength(10);
    expect(ids(all)).toEqual([...ids(all)].sort());
    const n = all.find((r) => r.TelephoneNumber === ny[0])!;
    expect(n).toMatchObject({
      Id: ny[0]!.slice(1),
      ActivationState: 'Activated',
      CityCode: 'NOAM-US-NY-NY',
      InventoryType: 'Subscriber',
      O365Region: 'NOAM',
      SourceType: 'Tnm',
      TargetType: null,
      UserId: null,
      PortInOrderStatus: null,
    });
  });

  it('the documented examples run unchanged', async () => {
    const one = await cp(store, ['Get-CsOnlineTelephoneNumber', '-TelephoneNumber', '19294450177', '-o', 'json']);
    expect(one.code).toBe(0);
    expect(one.json()).toEqual([]); // not this tenant's (yet): an empty answer, not an error
    const city = await cp(store, ['Get-CsOnlineTelephoneNumber', '-CapitalOrMajorCity', 'NOAM-US-NY-NY', '-o', 'json']);
    expect(city.json<Num[]>()).toHaveLength(7);
  });

  it('-TelephoneNumber accepts +E.164, digits and tel:', async () => {
    for (const form of [ny[1]!, ny[1]!.slice(1), `tel:${ny[1]}`]) expect(ids(await get('--telephone-number', form))).toEqual([ny[1]]);
  });

  it('-TelephoneNumberStartsWith', async () => {
    expect(ids(await get('--telephone-number-starts-with', '1929'))).toEqual(ny);
    expect(ids(await get('--telephone-number-starts-with', '+1425'))).toEqual(rd);
    expect(await get('--telephone-number-starts-with', '44')).toEqual([]);
  });

  it('-TelephoneNumberGreaterThan and -LessThan are exclusive', async () => {
    expect(ids(await get('--telephone-number-greater-than', ny[1]!, '--telephone-number-less-than', ny[4]!))).toEqual([ny[2], ny[3]]);
  });

  it('-IsNotAssigned leaves out numbers held by users or bridges', async () => {
    const rows = await get('--is-not-assigned');
    expect(rows).toHaveLength(8);
    expect(ids(rows)).not.toContain(rd[0]);
    expect(ids(rows)).not.toContain(toll[0]);
  });

  it('-InventoryType Subscriber / Service', async () => {
    expect(ids(await get('--inventory-type', 'Service'))).toEqual(toll);
    expect(await get('--inventory-type', 'Subscriber')).toHaveLength(8);
    expect(await get('--inventory-type', 'Subscriber,Service')).toHaveLength(10);
  });

  it('-CityCode alias and -Country', async () => {
    expect(ids(await get('-CityCode', 'NOAM-US-WA-RD'))).toEqual(rd);
    expect(await get('--country', 'us')).toHaveLength(10);
  });

  it('-Assigned user|caa and the holder', async () => {
    const u = await get('--assigned', 'user');
    expect(u).toEqual([
      expect.objectContaining({
        TelephoneNumber: rd[0],
        TargetType: 'user',
        UserId: user.objectId,
        LocationId: loc.locationId,
        CivicAddressId: loc.civicAddressId,
      }),
    ]);
    expect(ids(await get('--assigned', 'caa'))).toEqual([toll[0]]);
  });

  it('-ActivationState', async () => {
    expect(await get('--activation-state', 'Activated')).toHaveLength(10);
    expect(await get('--activation-state', 'PortPending')).toEqual([]);
  });

  it('-ExpandLocation shows the location with its address', async () => {
    const [row] = await get('--assigned', 'user', '--expand-location');
    expect(row!.Location).toMatchObject({ LocationId: loc.locationId, City: 'Redmond', StateOrProvince: 'WA', CountryOrRegion: 'US' });
  });

  it('-ResultSize limits and says on stderr that more matched; Unlimited shows all', async () => {
    const r = await cp(store, ['get-number', '--result-size', '3', '-o', 'json']);
    expect(r.json<Num[]>()).toHaveLength(3);
    expect(r.err).toContain('showing the first 3 matching numbers; more match');
    const all = await cp(store, ['get-number', '--result-size', 'Unlimited', '-o', 'json']);
    expect(all.json<Num[]>()).toHaveLength(10);
    expect(all.err).toBe('');
    expect((await cp(store, ['get-number', '--result-size', 'lots'])).code).toBe(2);
  });

  it('malformed numbers are usage errors', async () => {
    const r = await cp(store, ['get-number', '--telephone-number', 'call me']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/InvalidNumber/);
  });

  it('prefix queries use the index, never LIKE', () => {
    const plan = peek<{ detail: string }>(
      store,
      "EXPLAIN QUERY PLAN SELECT * FROM numbers n WHERE n.tenant_id = 1 AND n.number >= '1425' AND n.number < '1426' ORDER BY n.tenant_id, n.number",
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX numbers_tenant \(tenant_id=\? AND number>\? AND number<\?\)/);
  });
});

describe('release-number', () => {
  it('the documented example on a number the tenant does not own reports NumberIdsNotOwnedByTenant (exit 1)', async () => {
    const r = await cp(store, ['Remove-CsOnlineTelephoneNumber', '-TelephoneNumber', '+14258884567', '-o', 'json']);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ NumberIdsDeleted: [], NumberIdsNotOwnedByTenant: ['14258884567'] });
  });

  it('is all-or-nothing: one assigned number keeps every listed number, naming the holder', async () => {
    const r = await cp(store, ['release-number', '--telephone-number', `${ny[4]},${rd[0]}`, '-o', 'json']);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ NumberIdsDeleted: [], NumberIdsDeleteFailed: [rd[0]!.slice(1), ny[4]!.slice(1)].sort() });
    expect(r.err).toMatch(/NumbersNotReleased: .*assigned to ken\.myer@contoso\.com/);
    expect(ids(await get('--telephone-number', ny[4]!))).toEqual([ny[4]]);
  });

  it('releases unassigned numbers back to the pool (with + or without, as a "1, 2" list)', async () => {
    const s = newStore();
    buy(s, { MCOEV: 10, MCOPSTN1: 10 });
    const got = await acquireNumbers(s, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-SE', '--quantity', '3']);
    const r = await cp(s, ['Remove-CsOnlineTelephoneNumber', '-TelephoneNumber', `${got[0]},`, got[1]!.slice(1), '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ NumberIdsDeleted: [got[0]!.slice(1), got[1]!.slice(1)] });
    expect(peek(s, 'SELECT COUNT(*) AS n FROM numbers WHERE tenant_id = 1')).toEqual([{ n: 1 }]);
    const w = await cp(s, ['release-number', got[2]!, '-WhatIf', '-o', 'json']);
    expect(w.json()).toMatchObject({ Result: 'WhatIf', NumberIdsDeleted: [got[2]!.slice(1)] });
    expect(peek(s, 'SELECT COUNT(*) AS n FROM numbers WHERE tenant_id = 1')).toEqual([{ n: 1 }]);
  });
});

describe('number counters', () => {
  it('the trigger-kept counts the quota reads equal the numbers the tenant holds', () => {
    const kept = peek<{ number_type: string; source_type: string; n: number }>(
      store,
      'SELECT number_type, source_type, n FROM tenant_number_counts WHERE tenant_id = 1 AND n > 0 ORDER BY number_type',
    );
    const real = peek<{ number_type: string; source_type: string; n: number }>(
      store,
      'SELECT number_type, source_type, COUNT(*) AS n FROM numbers WHERE tenant_id = 1 GROUP BY number_type, source_type ORDER BY number_type',
    );
    expect(kept).toEqual(real);
  });
});
