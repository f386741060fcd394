// set-user-license for one user: every rule with its ErrorId, identity forms, -WhatIf, audit.
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, giveNumber, ok, skusOf, users } from '../helpers/arrange.js';

let store: string;
beforeEach(async () => {
  store = newStore();
  await users(store, ['ken@contoso.com', 'US'], ['pat@contoso.com']);
  for (const [sku, n] of [
    ['MCOEV', 5],
    ['MCOPSTN1', 1],
    ['MCOPSTN2', 5],
    ['ENTERPRISEPREMIUM', 5],
  ] as const)
    await ok(store, ['buy-license', sku, '--quantity', String(n)]);
});

const fail = async (args: string[]) => {
  const before = peek(store, 'SELECT * FROM user_licenses');
  const r = await cp(store, ['set-user-license', ...args]);
  expect(peek(store, 'SELECT * FROM user_licenses')).toEqual(before);
  return { code: r.code, id: errorId(r.err), err: r.err };
};

describe('set-user-license', () => {
  it('assigns Phone System and a Calling Plan in one request; PowerShell spelling with -UserPrincipalName and AccountSkuId', async () => {
    const r = await cp(store, ['Set-MsolUserLicense', '-UserPrincipalName', 'ken@contoso.com', '-AddLicenses', 'contoso:MCOEV,mcopstn1', '-o', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(r.json()).toMatchObject({
      Identity: 'ken@contoso.com',
      Added: ['MCOEV', 'MCOPSTN1'],
      Removed: [],
      Licenses: ['MCOEV', 'MCOPSTN1'],
      Result: 'Updated',
    });
    expect(skusOf(store, 'ken@contoso.com')).toEqual(['MCOEV', 'MCOPSTN1']);
    const audit = peek<{ target: string; before: string; after: string }>(
      store,
      "SELECT target, before, after FROM audit_log WHERE operation = 'Set-MsolUserLicense'",
    );
    expect(audit).toEqual([{ target: 'ken@contoso.com', before: '{"Licenses":[]}', after: '{"Licenses":["MCOEV","MCOPSTN1"]}' }]);
  });

  it('finds the user by sip: address or ObjectId too', async () => {
    const objectId = peek<{ object_id: string }>(store, "SELECT object_id FROM users WHERE upn = 'ken@contoso.com'")[0]!.object_id;
    await ok(store, ['set-user-license', 'sip:KEN@contoso.com', '--add-licenses', 'MCOEV']);
    await ok(store, ['set-user-license', '-ObjectId', objectId, '--add-licenses', 'MCOPSTN2']);
    expect(skusOf(store, 'ken@contoso.com')).toEqual(['MCOEV', 'MCOPSTN2']);
  });

  it('a Calling Plan without Phone System: PhoneSystemRequired (exit 1); with E5 it is fine', async () => {
    expect(await fail(['ken@contoso.com', '--add-licenses', 'MCOPSTN1'])).toMatchObject({ code: 1, id: 'PhoneSystemRequired' });
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'ENTERPRISEPREMIUM']);
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOPSTN1']);
  });

  it('a Calling Plan without a usage location: UsageLocationRequired naming set-user', async () => {
    const r = await fail(['pat@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN2']);
    expect(r.id).toBe('UsageLocationRequired');
    expect(r.err).toContain('set-user --identity pat@contoso.com --usage-location');
  });

  it('more units than bought: InsufficientLicenses with the figures and the buy-license command', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    await ok(store, ['set-user', 'pat@contoso.com', '--usage-location', 'US']);
    const r = await fail(['pat@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    expect(r.id).toBe('InsufficientLicenses');
    expect(r.err).toContain('MCOPSTN1: 1 bought, 1 assigned, this needs 1 more — buy-license --sku MCOPSTN1 --quantity 1');
  });

  it('Domestic and Domestic+International on one user: CallingPlanConflict; switching in one request is fine', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    expect((await fail(['ken@contoso.com', '--add-licenses', 'MCOPSTN2'])).id).toBe('CallingPlanConflict');
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOPSTN2', '--remove-licenses', 'MCOPSTN1']);
    expect(skusOf(store, 'ken@contoso.com')).toEqual(['MCOEV', 'MCOPSTN2']);
  });

  it('Phone System cannot go while the user holds a Calling Plan (PhoneSystemInUse) or a number', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    expect((await fail(['ken@contoso.com', '--remove-licenses', 'MCOEV'])).id).toBe('PhoneSystemInUse');
    giveNumber(store, 'ken@contoso.com', 'US');
    expect((await fail(['ken@contoso.com', '--remove-licenses', 'MCOEV,MCOPSTN1'])).id).toBe('PhoneSystemInUse');
  });

  it('E5 as the only Phone System grant is protected too; with MCOEV also held it may go', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'ENTERPRISEPREMIUM,MCOPSTN2']);
    expect((await fail(['ken@contoso.com', '--remove-licenses', 'ENTERPRISEPREMIUM'])).id).toBe('PhoneSystemInUse');
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV', '--remove-licenses', 'ENTERPRISEPREMIUM']);
    expect(skusOf(store, 'ken@contoso.com')).toEqual(['MCOEV', 'MCOPSTN2']);
  });

  it('the Calling Plan of a user holding a number: NumberAssigned', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    const n = giveNumber(store, 'ken@contoso.com', 'US');
    const r = await fail(['ken@contoso.com', '--remove-licenses', 'MCOPSTN1']);
    expect(r.id).toBe('NumberAssigned');
    expect(r.err).toContain(`+${n}`);
  });

  it('removing both Calling Plan and Phone System from a user without a number is fine', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    await ok(store, ['set-user-license', 'ken@contoso.com', '--remove-licenses', 'MCOEV,MCOPSTN1']);
    expect(skusOf(store, 'ken@contoso.com')).toEqual([]);
  });

  it.each([
    [['ken@contoso.com', '--add-licenses', 'MCOPSTN9'], 'UnknownSku', 1],
    [['nobody@contoso.com', '--add-licenses', 'MCOEV'], 'UserNotFound', 1],
    [['ken@contoso.com', '--add-licenses', 'MCOEV', '--remove-licenses', 'MCOEV'], 'LicenseAddedAndRemoved', 1],
    [['ken@contoso.com'], 'MissingParameter', 2],
    [['--add-licenses', 'MCOEV'], 'MissingParameter', 2],
    [['ken@contoso.com', '--add-licenses', 'MCOEV', '--csv', 'x.csv'], 'ConflictingParameters', 2],
  ])('%j: %s (exit %i)', async (args, id, code) => {
    expect(await fail(args)).toMatchObject({ id, code });
  });

  it('adding a held SKU again is Unchanged (exit 0, no audit row)', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV']);
    const audit = count(store, 'SELECT * FROM audit_log');
    const r = await cp(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV', '-o', 'json']);
    expect(r.json()).toMatchObject({ Result: 'Unchanged', Licenses: ['MCOEV'] });
    expect(count(store, 'SELECT * FROM audit_log')).toBe(audit);
  });

  it('-WhatIf shows the licences after and writes nothing', async () => {
    const r = await cp(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1', '-WhatIf', '-o', 'json']);
    expect(r.json()).toMatchObject({ Result: 'WhatIf', Added: ['MCOEV', 'MCOPSTN1'], Licenses: ['MCOEV', 'MCOPSTN1'] });
    expect(skusOf(store, 'ken@contoso.com')).toEqual([]);
  });

  it('status counts the licensed user and the assigned units', async () => {
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    const s = (await cp(store, ['status', '-o', 'json'])).json<{
      Steps: { Step: number; State: string }[];
      Licenses: { SkuPartNumber: string; ConsumedUnits: number }[];
    }>();
    expect(s.Steps.find((x) => x.Step === 1)!.State).toBe('Done');
    expect(s.Licenses.find((l) => l.SkuPartNumber === 'MCOPSTN1')!.ConsumedUnits).toBe(1);
  });
});
