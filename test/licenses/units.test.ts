// buy-license, remove-license and get-license: units, quotas, refusals.
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, ok, users } from '../helpers/arrange.js';

const units = (store: string) =>
  Object.fromEntries(
    peek<{ sku: string; active_units: number }>(store, 'SELECT sku, active_units FROM subscriptions ORDER BY sku').map((r) => [r.sku, r.active_units]),
  );

interface Lic {
  SkuPartNumber: string;
  ActiveUnits: number;
  ConsumedUnits: number;
  AvailableUnits: number;
}

describe('buy-license / remove-license', () => {
  it('buying adds units (creating the subscription), any SKU case; each purchase writes a Buy-License audit row', async () => {
    const store = newStore();
    const r = await cp(store, ['buy-license', '--sku', 'mcoev', '--quantity', '25', '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ SkuPartNumber: 'MCOEV', PreviousActiveUnits: 0, ActiveUnits: 25, ConsumedUnits: 0, AvailableUnits: 25, Result: 'Bought' });
    await ok(store, ['buy-license', 'MCOEV', '-Quantity', '5']);
    expect(units(store)).toEqual({ MCOEV: 30 });
    expect(count(store, "SELECT * FROM audit_log WHERE operation = 'Buy-License' AND target = 'MCOEV'")).toBe(2);
  });

  it('removing takes units away; at 0 the subscription goes', async () => {
    const store = newStore();
    await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '10']);
    await ok(store, ['remove-license', 'MCOPSTN1', '--quantity', '4']);
    expect(units(store)).toEqual({ MCOPSTN1: 6 });
    await ok(store, ['remove-license', 'MCOPSTN1', '--quantity', '6']);
    expect(units(store)).toEqual({});
    expect(count(store, "SELECT * FROM audit_log WHERE operation = 'Remove-License'")).toBe(2);
  });

  it('never below the units assigned: LicenseInUse says how many are assigned and what to do', async () => {
    const store = newStore();
    await users(store, ['a@contoso.com'], ['b@contoso.com']);
    await ok(store, ['buy-license', 'MCOEV', '--quantity', '3']);
    await ok(store, ['set-user-license', 'a@contoso.com', '--add-licenses', 'MCOEV']);
    await ok(store, ['set-user-license', 'b@contoso.com', '--add-licenses', 'MCOEV']);
    const r = await cp(store, ['remove-license', 'MCOEV', '--quantity', '2']);
    expect(r.code).toBe(1);
    expect(errorId(r.err)).toBe('LicenseInUse');
    expect(r.err).toContain('3 bought and 2 assigned');
    expect(r.err).toContain('Remove it from 1 user first');
    expect(r.err).toContain('remove at most 1');
    expect(units(store)).toEqual({ MCOEV: 3 });
    await ok(store, ['remove-license', 'MCOEV', '--quantity', '1']);
  });

  it('removing more than bought: NotEnoughUnits', async () => {
    const store = newStore();
    await ok(store, ['buy-license', 'MCOEV', '--quantity', '2']);
    expect(errorId((await cp(store, ['remove-license', 'MCOEV', '--quantity', '3'])).err)).toBe('NotEnoughUnits');
  });

  it.each([['0'], ['-1'], ['1.5'], ['ten'], ['1000001']])('--quantity %s: InvalidValue, usage error (exit 2)', async (q) => {
    const store = newStore();
    const r = await cp(store, ['buy-license', 'MCOEV', '--quantity', q]);
    expect(r.code).toBe(2);
    expect(errorId(r.err)).toBe('InvalidValue');
    expect(units(store)).toEqual({});
  });

  it('an unknown SKU: UnknownSku listing the known ones (exit 1); no quantity: MissingParameter (exit 2)', async () => {
    const store = newStore();
    const r = await cp(store, ['buy-license', 'MCOSTPN1', '--quantity', '1']);
    expect(r.code).toBe(1);
    expect(errorId(r.err)).toBe('UnknownSku');
    expect(r.err).toContain('MCOEV (Phone System)');
    expect(errorId((await cp(store, ['buy-license', 'MCOEV'])).err)).toBe('MissingParameter');
  });

  it('-WhatIf shows the units after and writes nothing', async () => {
    const store = newStore();
    const r = await cp(store, ['buy-license', 'MCOEV', '--quantity', '5', '-WhatIf', '-o', 'json']);
    expect(r.json()).toMatchObject({ ActiveUnits: 5, Result: 'WhatIf' });
    expect(units(store)).toEqual({});
    await ok(store, ['buy-license', 'MCOEV', '--quantity', '5']);
    await ok(store, ['remove-license', 'MCOEV', '--quantity', '5', '-WhatIf']);
    expect(units(store)).toEqual({ MCOEV: 5 });
  });

  it('removing Calling Plan units below the numbers held warns (nothing is taken away)', async () => {
    const store = newStore();
    await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '10']);
    const { exec } = await import('../helpers/store.js');
    exec(
      store,
      "UPDATE numbers SET tenant_id = 1, acquired_at = '2026-11-26T09:00:00.000Z' WHERE id IN (SELECT id FROM numbers WHERE country = 'US' AND number_type = 'User' LIMIT 15)",
    );
    const r = await cp(store, ['remove-license', 'MCOPSTN1', '--quantity', '10']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('holds 15 user numbers, more than its quota floor(0 Calling Plan units × 1.1) + 10 = 10');
  });
});

describe('get-license', () => {
  it('every catalog SKU with ActiveUnits, ConsumedUnits, AvailableUnits; quotas in JSON', async () => {
    const store = newStore();
    await users(store, ['a@contoso.com', 'US']);
    await ok(store, ['buy-license', 'MCOEV', '--quantity', '60']);
    await ok(store, ['buy-license', 'MCOMEETADV', '--quantity', '40']);
    await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '50']);
    await ok(store, ['buy-license', 'MCOPSTN2', '--quantity', '50']);
    await ok(store, ['set-user-license', 'a@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    const r = await cp(store, ['get-license', '-o', 'json']);
    const j = r.json<{ Licenses: Lic[]; Quotas: Record<string, unknown> }>();
    expect(j.Licenses.map((l) => l.SkuPartNumber)).toEqual(['MCOEV', 'MCOPSTN1', 'MCOPSTN2', 'MCOMEETADV', 'ENTERPRISEPREMIUM', 'MCOPSTNC']);
    expect(j.Licenses[1]).toMatchObject({ ActiveUnits: 50, ConsumedUnits: 1, AvailableUnits: 49 });
    expect(j.Quotas).toMatchObject({ CallingPlanUnits: 100, UserNumberQuota: 120, ServiceUnits: 100, TollNumberQuota: 30, TollFreeNumberQuota: 0 });
  });

  it.each([
    [{}, 10, 0, 0],
    [{ MCOPSTN1: 50 }, 65, 0, 0],
    [{ MCOEV: 25 }, 10, 5, 0],
    [{ ENTERPRISEPREMIUM: 26, MCOPSTNC: 1 }, 10, 10, 10],
    [{ MCOEV: 1000, MCOMEETADV: 250, MCOPSTNC: 1 }, 10, 135, 135],
  ])('units %j give %i user, %i toll and %i toll-free numbers', async (buy, user, toll, tollFree) => {
    const store = newStore();
    for (const [sku, n] of Object.entries(buy)) await ok(store, ['buy-license', sku, '--quantity', String(n)]);
    const q = (await cp(store, ['get-license', '-o', 'json'])).json<{ Quotas: Record<string, number> }>().Quotas;
    expect([q.UserNumberQuota, q.TollNumberQuota, q.TollFreeNumberQuota]).toEqual([user, toll, tollFree]);
  });

  it('the table has a quotas footer with the formula; --sku filters; -o csv gives the records only', async () => {
    const store = newStore();
    await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '100']);
    const t = await cp(store, ['Get-MsolAccountSku']);
    expect(t.out).toContain('floor(100 Calling Plan units × 1.1) + 10 = 120');
    expect(t.out).toContain('needs Communications Credits');
    const one = await cp(store, ['get-license', '--sku', 'mcopstn1', '-o', 'csv']);
    expect(one.out.trim().split('\n')).toEqual(['SkuPartNumber,Name,ActiveUnits,ConsumedUnits,AvailableUnits', 'MCOPSTN1,Domestic Calling Plan,100,0,100']);
  });
});
