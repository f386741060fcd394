// set-user-license --csv: every row checked first (units across rows, one row per user), all or nothing, --continue-on-error, --report.
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, ok, skusOf, users, writeFile } from '../helpers/arrange.js';

interface Row {
  Row: number;
  Identity: string;
  Added: string[];
  Removed: string[];
  Result: string;
  ErrorId: string;
  Message: string;
}

let store: string;
beforeEach(async () => {
  store = newStore();
  await users(store, ['a@contoso.com', 'US'], ['b@contoso.com', 'US'], ['c@contoso.com', 'US'], ['d@contoso.com']);
  await ok(store, ['buy-license', 'MCOEV', '--quantity', '4']);
  await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '2']);
});

const run = async (csv: string, ...args: string[]) => {
  const r = await cp(store, ['set-user-license', '--csv', writeFile('lic.csv', csv), '-o', 'json', ...args]);
  return { ...r, rows: r.out ? r.json<Row[]>() : [] };
};
const verdicts = (rows: Row[]) => rows.map((r) => [r.Row, r.Identity, r.Result, r.ErrorId]);
const assigned = () => peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM user_licenses')[0]!.n;

describe('set-user-license --csv', () => {
  it('applies every row in one go; headers UserPrincipalName/AddLicenses in any case; lists in quoted cells or with ;', async () => {
    const r = await run('userprincipalname,ADDLICENSES\na@contoso.com,"MCOEV,MCOPSTN1"\nb@contoso.com,MCOEV;MCOPSTN1\nc@contoso.com,MCOEV\n');
    expect(r.code, r.err).toBe(0);
    expect(verdicts(r.rows)).toEqual([
      [2, 'a@contoso.com', 'Updated', ''],
      [3, 'b@contoso.com', 'Updated', ''],
      [4, 'c@contoso.com', 'Updated', ''],
    ]);
    expect(r.rows[0]!.Added).toEqual(['MCOEV', 'MCOPSTN1']);
    expect(skusOf(store, 'b@contoso.com')).toEqual(['MCOEV', 'MCOPSTN1']);
    expect(count(store, "SELECT * FROM audit_log WHERE operation = 'Set-MsolUserLicense'")).toBe(3);
  });

  it('units are counted across rows: the row past the bought units fails InsufficientLicenses; all or nothing writes nothing', async () => {
    const r = await run('Identity,AddLicenses\na@contoso.com,"MCOEV,MCOPSTN1"\nb@contoso.com,"MCOEV,MCOPSTN1"\nc@contoso.com,"MCOEV,MCOPSTN1"\n');
    expect(r.code).toBe(1);
    expect(verdicts(r.rows)).toEqual([
      [2, 'a@contoso.com', 'Skipped', ''],
      [3, 'b@contoso.com', 'Skipped', ''],
      [4, 'c@contoso.com', 'Failed', 'InsufficientLicenses'],
    ]);
    expect(r.rows[2]!.Message).toContain('MCOPSTN1: 2 bought, 2 assigned');
    expect(r.err).toContain('MCOPSTN1: the failed rows need 1 more unit — callplan buy-license --sku MCOPSTN1 --quantity 1');
    expect(assigned()).toBe(0);
  });

  it('--continue-on-error applies the good rows and exits 1', async () => {
    const r = await run(
      'Identity,AddLicenses\na@contoso.com,"MCOEV,MCOPSTN1"\nb@contoso.com,"MCOEV,MCOPSTN1"\nc@contoso.com,"MCOEV,MCOPSTN1"\n',
      '--continue-on-error',
    );
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => x.Result)).toEqual(['Updated', 'Updated', 'Failed']);
    expect(assigned()).toBe(4);
  });

  it('a unit freed by an earlier row can be used by a later row', async () => {
    await ok(store, ['set-user-license', 'a@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    await ok(store, ['set-user-license', 'b@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
    const r = await run('Identity,AddLicenses,RemoveLicenses\na@contoso.com,,MCOPSTN1\nc@contoso.com,"MCOEV,MCOPSTN1",\n');
    expect(r.code, r.err).toBe(0);
    expect(skusOf(store, 'c@contoso.com')).toEqual(['MCOEV', 'MCOPSTN1']);
  });

  it('the same user on two rows (any identity form): both rows fail DuplicateRow', async () => {
    const r = await run('Identity,AddLicenses\na@contoso.com,MCOEV\nsip:A@contoso.com,MCOEV\nb@contoso.com,MCOEV\n', '--continue-on-error');
    expect(verdicts(r.rows).map((x) => x[3])).toEqual(['DuplicateRow', 'DuplicateRow', '']);
    expect(r.rows[0]!.Message).toContain('rows 2, 3');
  });

  it('every rule gives its row its ErrorId; every bad row is reported', async () => {
    await users(store, ['e@contoso.com']);
    const csv = [
      'Identity,AddLicenses,RemoveLicenses',
      'a@contoso.com,MCOPSTN1,',
      'd@contoso.com,"MCOEV,MCOPSTN1",',
      'nobody@contoso.com,MCOEV,',
      'b@contoso.com,MCOPSTN7,',
      'c@contoso.com,"MCOEV,MCOPSTN1,MCOPSTN2",',
      ',MCOEV,',
      'e@contoso.com,,',
    ].join('\n');
    const r = await run(csv);
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => x.ErrorId)).toEqual([
      'PhoneSystemRequired',
      'UsageLocationRequired',
      'UserNotFound',
      'UnknownSku',
      'CallingPlanConflict',
      'MissingParameter',
      'MissingParameter',
    ]);
    expect(assigned()).toBe(0);
  });

  it('a row the reader could not use reports only that: a control character in a SKU cell, a row with too many cells', async () => {
    const r = await run('Identity,AddLicenses\na@contoso.com,MC\u0001OEV\nb@contoso.com,MCOEV,extra\nc@contoso.com,MCOEV\n', '--continue-on-error');
    expect(r.code).toBe(1);
    expect(verdicts(r.rows)).toEqual([
      [2, 'a@contoso.com', 'Failed', 'InvalidValue'],
      [3, 'b@contoso.com', 'Failed', 'InvalidRow'],
      [4, 'c@contoso.com', 'Updated', ''],
    ]);
    expect(r.rows[0]!.Message).toBe('line 2: AddLicenses contains a control character (U+0001).');
    expect(r.rows[1]!.Message).not.toContain('AddLicenses');
  });

  it('a re-run is idempotent: rows already true are Unchanged', async () => {
    const csv = 'Identity,AddLicenses\na@contoso.com,"MCOEV,MCOPSTN1"\nb@contoso.com,MCOEV\n';
    await run(csv);
    const again = await run(csv);
    expect(again.code).toBe(0);
    expect(again.rows.map((x) => x.Result)).toEqual(['Unchanged', 'Unchanged']);
  });

  it('-WhatIf shows WhatIf rows and writes nothing; --report writes the per-row CSV', async () => {
    const report = writeFile('r.csv', '');
    const r = await run('Identity,AddLicenses\na@contoso.com,"MCOEV,MCOPSTN1"\n', '-WhatIf', '--report', report);
    expect(r.rows[0]).toMatchObject({ Result: 'WhatIf', Added: ['MCOEV', 'MCOPSTN1'] });
    expect(assigned()).toBe(0);
    expect(fs.readFileSync(report, 'utf8').split('\n')[0]).toBe('Row,Identity,Added,Removed,Result,ErrorId,Message');
    expect(fs.readFileSync(report, 'utf8')).toContain(
      '2,a@contoso.com,"MCOEV, MCOPSTN1",,WhatIf,,"would add MCOEV, MCOPSTN1 for a@contoso.com; licences then: MCOEV, MCOPSTN1."',
    );
  });

  it('a file without an Identity column: MissingColumn (exit 2)', async () => {
    const r = await run('AddLicenses\nMCOEV\n');
    expect(r.code).toBe(2);
    expect(errorId(r.err)).toBe('MissingColumn');
  });
});
