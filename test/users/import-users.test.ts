// import-users: every row checked first, all or nothing by default, --continue-on-error, -WhatIf, --report, idempotent re-runs.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, ok, writeFile } from '../helpers/arrange.js';

interface Row {
  Row: number;
  UserPrincipalName: string;
  ObjectId: string;
  Result: string;
  ErrorId: string;
  Message: string;
}
const run = async (store: string, csv: string, ...args: string[]) => {
  const r = await cp(store, ['import-users', '--csv', writeFile('users.csv', csv), '-o', 'json', ...args]);
  return { ...r, rows: r.out ? r.json<Row[]>() : [] };
};
const results = (rows: Row[]) => rows.map((r) => [r.Row, r.UserPrincipalName, r.Result, r.ErrorId]);
const upns = (store: string) => peek<{ upn: string }>(store, 'SELECT upn FROM users ORDER BY id').map((u) => u.upn);

const GOOD = 'UserPrincipalName,DisplayName,UsageLocation,Email\nken@contoso.com,Ken Myer,US,ken@contoso.com\npilar@contoso.com,"Ackerman, Pilar",gb,\n';

describe('import-users', () => {
  it('creates every row with one audit row each; per-row results carry the new ObjectIds', async () => {
    const store = newStore();
    const r = await run(store, GOOD);
    expect(r.code).toBe(0);
    expect(results(r.rows)).toEqual([
      [2, 'ken@contoso.com', 'Created', ''],
      [3, 'pilar@contoso.com', 'Created', ''],
    ]);
    const ids = peek<{ object_id: string; display_name: string; usage_location: string }>(
      store,
      'SELECT object_id, display_name, usage_location FROM users ORDER BY id',
    );
    expect(r.rows.map((x) => x.ObjectId)).toEqual(ids.map((u) => u.object_id));
    expect(ids.map((u) => [u.display_name, u.usage_location])).toEqual([
      ['Ken Myer', 'US'],
      ['Ackerman, Pilar', 'GB'],
    ]);
    expect(count(store, "SELECT * FROM audit_log WHERE operation = 'Add-User'")).toBe(2);
    expect(r.err).toContain('2 Created.');
  });

  it('a re-run of the same file is idempotent: every row Unchanged, exit 0, nothing written', async () => {
    const store = newStore();
    const first = await run(store, GOOD);
    const audit = count(store, 'SELECT * FROM audit_log');
    const again = await run(store, GOOD);
    expect(again.code).toBe(0);
    expect(again.rows.map((x) => x.Result)).toEqual(['Unchanged', 'Unchanged']);
    expect(again.rows.map((x) => x.ObjectId)).toEqual(first.rows.map((x) => x.ObjectId));
    expect(count(store, 'SELECT * FROM audit_log')).toBe(audit);
  });

  it('same UPN with other values fails UserAlreadyExists naming the differences (use set-user to change a user)', async () => {
    const store = newStore();
    await run(store, GOOD);
    const r = await run(store, 'UserPrincipalName,DisplayName,UsageLocation\nKEN@contoso.com,Kenneth,US\n');
    expect(r.code).toBe(1);
    expect(results(r.rows)).toEqual([[2, 'KEN@contoso.com', 'Failed', 'UserAlreadyExists']]);
    expect(r.rows[0]!.Message).toContain("DisplayName 'Ken Myer' → 'Kenneth'");
  });

  it('empty cells are not compared: a row giving only the UPN of an existing user is Unchanged', async () => {
    const store = newStore();
    await run(store, GOOD);
    const r = await run(store, 'UserPrincipalName,DisplayName\nken@contoso.com,\n');
    expect(r.rows[0]!.Result).toBe('Unchanged');
  });

  it('all or nothing: one bad row fails, the good rows are Skipped, nothing is written, exit 1', async () => {
    const store = newStore();
    const audit = count(store, 'SELECT * FROM audit_log');
    const r = await run(store, 'UserPrincipalName,UsageLocation\na@contoso.com,US\nbad,US\nb@contoso.com,XX\nc@contoso.com,FR\n');
    expect(r.code).toBe(1);
    expect(results(r.rows)).toEqual([
      [2, 'a@contoso.com', 'Skipped', ''],
      [3, 'bad', 'Failed', 'InvalidValue'],
      [4, 'b@contoso.com', 'Failed', 'InvalidValue'],
      [5, 'c@contoso.com', 'Skipped', ''],
    ]);
    expect(r.rows[0]!.Message).toContain('--continue-on-error');
    expect(r.err).toContain('2 Failed, 2 Skipped — nothing was changed.');
    expect(count(store, 'SELECT * FROM users')).toBe(0);
    expect(count(store, 'SELECT * FROM audit_log')).toBe(audit);
  });

  it('--continue-on-error creates the good rows and still exits 1', async () => {
    const store = newStore();
    const r = await run(store, 'UserPrincipalName,UsageLocation\na@contoso.com,US\nbad,US\nc@contoso.com,FR\n', '--continue-on-error');
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => x.Result)).toEqual(['Created', 'Failed', 'Created']);
    expect(upns(store)).toEqual(['a@contoso.com', 'c@contoso.com']);
  });

  it('duplicates across rows (UPN any case, SIP address, ObjectId): every row involved fails DuplicateRow naming the rows', async () => {
    const store = newStore();
    const csv = [
      'UserPrincipalName,SipAddress,ObjectId',
      'a@contoso.com,,',
      'A@CONTOSO.COM,,',
      'b@contoso.com,sip:shared@contoso.com,',
      'c@contoso.com,sip:SHARED@contoso.com,',
      'd@contoso.com,,3b175352-4131-431e-970c-273226b8fb46',
      'e@contoso.com,,3B175352-4131-431E-970C-273226B8FB46',
      'f@contoso.com,,',
    ].join('\n');
    const r = await run(store, csv, '--continue-on-error');
    expect(results(r.rows).map((x) => x[3])).toEqual(['DuplicateRow', 'DuplicateRow', 'DuplicateRow', 'DuplicateRow', 'DuplicateRow', 'DuplicateRow', '']);
    expect(r.rows[0]!.Message).toContain('is on rows 2, 3');
    expect(r.rows[2]!.Message).toContain('SipAddress');
    expect(r.rows[4]!.Message).toContain('ObjectId');
    expect(upns(store)).toEqual(['f@contoso.com']);
  });

  it('clashes with stored users: SIP address and ObjectId already used fail UserAlreadyExists', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'ken@contoso.com', '--object-id', '3b175352-4131-431e-970c-273226b8fb46']);
    const r = await run(
      store,
      'UserPrincipalName,SipAddress,ObjectId\nx@contoso.com,sip:ken@contoso.com,\ny@contoso.com,,3b175352-4131-431e-970c-273226b8fb46\n',
    );
    expect(results(r.rows).map((x) => x[3])).toEqual(['UserAlreadyExists', 'UserAlreadyExists']);
  });

  it('-WhatIf shows the plan (WhatIf rows) and writes nothing', async () => {
    const store = newStore();
    const r = await run(store, GOOD, '-WhatIf');
    expect(r.code).toBe(0);
    expect(r.rows.map((x) => [x.Result, x.Message])).toEqual([
      ['WhatIf', 'would create ken@contoso.com.'],
      ['WhatIf', 'would create pilar@contoso.com.'],
    ]);
    expect(count(store, 'SELECT * FROM users')).toBe(0);
  });

  it('--report writes the per-row results as CSV, formula cells neutralised', async () => {
    const store = newStore();
    const report = writeFile('report.csv', '');
    await cp(store, [
      'import-users',
      '--csv',
      writeFile('u.csv', 'UserPrincipalName,DisplayName\na@contoso.com,=SUM(A1)\nbad,x\n'),
      '--report',
      report,
      '--continue-on-error',
    ]);
    const lines = fs.readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Row,UserPrincipalName,ObjectId,Result,ErrorId,Message');
    expect(lines[1]).toMatch(/^2,a@contoso\.com,[0-9a-f-]{36},Created,,/);
    expect(lines[2]).toMatch(/^3,bad,,Failed,InvalidValue,/);
    expect(peek<{ display_name: string }>(store, 'SELECT display_name FROM users')[0]!.display_name).toBe('=SUM(A1)');
  });

  it('CSV quirks: BOM, CRLF, headers in any case / snake / spaced / alias', async () => {
    const store = newStore();
    const csv = '\ufeffupn,display_name,Usage Location,E-MAIL\r\na@contoso.com,A,us,a@contoso.com\r\n';
    const r = await run(store, csv);
    expect(r.code).toBe(0);
    expect(peek(store, 'SELECT upn, display_name, usage_location, email FROM users')).toEqual([
      { upn: 'a@contoso.com', display_name: 'A', usage_location: 'US', email: 'a@contoso.com' },
    ]);
  });

  it.each([
    ['unknown header', 'UserPrincipalName,Department\na@contoso.com,Sales\n', 'UnknownColumn'],
    ['duplicate header', 'UserPrincipalName,upn\na@contoso.com,a@contoso.com\n', 'DuplicateColumn'],
    ['no UPN column', 'DisplayName\nKen\n', 'MissingColumn'],
    ['empty file', '', 'EmptyFile'],
    ['unclosed quote', 'UserPrincipalName,DisplayName\na@contoso.com,A\n"b@contoso.com,B\n', 'MalformedCsv'],
  ])('%s: usage error %s (exit 2), nothing written', async (_name, csv, id) => {
    const store = newStore();
    const r = await run(store, csv);
    expect(r.code).toBe(2);
    expect(errorId(r.err)).toBe(id);
    expect(count(store, 'SELECT * FROM users')).toBe(0);
  });

  it('control characters in a cell fail that row; the stored text never carries them', async () => {
    const store = newStore();
    const r = await run(store, 'UserPrincipalName,DisplayName\na@contoso.com,"Ken\u001b]0;pwned\u0007"\nb@contoso.com,Fine\n', '--continue-on-error');
    expect(results(r.rows)).toEqual([
      [2, 'a@contoso.com', 'Failed', 'InvalidValue'],
      [3, 'b@contoso.com', 'Created', ''],
    ]);
    expect(r.rows[0]!.Message).toContain('control character (U+001B)');
    expect(JSON.stringify(r.rows[0]!.Message)).not.toContain('\\u001b');
  });

  it('reads JSONL from standard input', async () => {
    const store = newStore();
    const r = await cp(store, ['import-users', '--jsonl', '-', '-o', 'json'], {
      stdin: '{"UserPrincipalName":"a@contoso.com","UsageLocation":"DE"}\n{"upn":"b@contoso.com"}\n',
    });
    expect(r.code).toBe(0);
    expect(upns(store)).toEqual(['a@contoso.com', 'b@contoso.com']);
  });

  it('without --csv or --jsonl: MissingParameter (exit 2); both: ConflictingParameters', async () => {
    const store = newStore();
    expect(errorId((await cp(store, ['import-users'])).err)).toBe('MissingParameter');
    expect(errorId((await cp(store, ['import-users', '--csv', 'a', '--jsonl', 'b'])).err)).toBe('ConflictingParameters');
  });

  it('the table lists every row for small files; above 100 rows only failed rows and a count', async () => {
    const store = newStore();
    const many = ['UserPrincipalName', ...Array.from({ length: 150 }, (_, i) => `u${i}@contoso.com`), 'bad'].join('\n');
    const r = await cp(store, ['import-users', '--csv', writeFile('many.csv', many), '--continue-on-error']);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(5);
    expect(r.out).toContain('bad');
    expect(r.out).toContain('151 rows (only the failed ones are listed; -o csv or --report FILE lists every row).');
    expect(r.err).toContain('150 Created, 1 Failed.');
  });
});
