// The licence commands through the real binary: the setup of step 1 end to end, with the exit code of each refusal.
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { newStore, peek } from '../helpers/store.js';

describe('licences through the binary', () => {
  it('buy, assign (rules refused with exit 1 and their ErrorId), remove, get-license', () => {
    const store = newStore();
    const cp = (...args: string[]) => runBin([...args, '--store', store]);
    const id = (r: { stderr: string }) => /callplan: (\w+):/.exec(r.stderr)?.[1];

    expect(cp('add-user', 'ken@contoso.com').code).toBe(0);
    expect(cp('buy-license', '--sku', 'MCOEV', '--quantity', '1').code).toBe(0);
    expect(cp('buy-license', '--sku', 'MCOPSTN1', '--quantity', '1').code).toBe(0);

    let r = cp('set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOPSTN1');
    expect([r.code, id(r)]).toEqual([1, 'PhoneSystemRequired']);
    r = cp('set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1');
    expect([r.code, id(r)]).toEqual([1, 'UsageLocationRequired']);
    expect(cp('set-user', 'ken@contoso.com', '--usage-location', 'US').code).toBe(0);
    r = cp('Set-MsolUserLicense', '-UserPrincipalName', 'ken@contoso.com', '-AddLicenses', 'MCOEV,MCOPSTN1');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ken@contoso\.com\s+MCOEV, MCOPSTN1\s+MCOEV, MCOPSTN1\s+Updated/);

    expect(cp('add-user', 'pat@contoso.com', '--usage-location', 'US').code).toBe(0);
    r = cp('set-user-license', 'pat@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1');
    expect([r.code, id(r)]).toEqual([1, 'InsufficientLicenses']);
    expect(r.stderr).toContain('MCOEV: 1 bought, 1 assigned, this needs 1 more — buy-license --sku MCOEV --quantity 1');

    r = cp('set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOPSTN2');
    expect([r.code, id(r)]).toEqual([1, 'CallingPlanConflict']);
    r = cp('set-user-license', 'ken@contoso.com', '--remove-licenses', 'MCOEV');
    expect([r.code, id(r)]).toEqual([1, 'PhoneSystemInUse']);
    r = cp('remove-license', 'MCOEV', '--quantity', '1');
    expect([r.code, id(r)]).toEqual([1, 'LicenseInUse']);
    r = cp('buy-license', 'MCOEV', '--quantity', 'many');
    expect([r.code, id(r)]).toEqual([2, 'InvalidValue']);
    r = cp('buy-license', 'NOPE', '--quantity', '1');
    expect([r.code, id(r)]).toEqual([1, 'UnknownSku']);

    const lic = JSON.parse(cp('get-license', '-o', 'json').stdout) as {
      Licenses: { SkuPartNumber: string; ConsumedUnits: number }[];
      Quotas: { UserNumberQuota: number };
    };
    expect(lic.Licenses.filter((l) => l.ConsumedUnits).map((l) => l.SkuPartNumber)).toEqual(['MCOEV', 'MCOPSTN1']);
    expect(lic.Quotas.UserNumberQuota).toBe(11);
    expect(peek(store, 'SELECT sku FROM user_licenses ORDER BY sku')).toEqual([{ sku: 'MCOEV' }, { sku: 'MCOPSTN1' }]);
  });

  it('bulk assignment from a CSV on standard input: all or nothing, exit 1, the per-row table', () => {
    const store = newStore();
    for (const u of ['a', 'b']) expect(runBin(['add-user', `${u}@contoso.com`, '--usage-location', 'US', '--store', store]).code).toBe(0);
    expect(runBin(['buy-license', 'MCOEV', '--quantity', '2', '--store', store]).code).toBe(0);
    const input = 'Identity,AddLicenses\r\na@contoso.com,MCOEV\r\nb@contoso.com,MCOPSTN1\r\n';
    const r = runBin(['set-user-license', '--csv', '-', '--store', store], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2\s+a@contoso\.com\s+MCOEV\s+Skipped/);
    expect(r.stdout).toMatch(/3\s+b@contoso\.com\s+Failed\s+PhoneSystemRequired/);
    expect(peek(store, 'SELECT * FROM user_licenses')).toEqual([]);
    const go = runBin(['set-user-license', '--csv', '-', '--continue-on-error', '--store', store], { input });
    expect(go.code).toBe(1);
    expect(go.stderr.split('\n')).toEqual([
      'callplan: 1 Updated, 1 Failed.',
      'callplan: MCOPSTN1: the failed rows need 1 more unit — callplan buy-license --sku MCOPSTN1 --quantity 1',
      '',
    ]);
    expect(peek(store, 'SELECT sku FROM user_licenses')).toEqual([{ sku: 'MCOEV' }]);
  });
});
