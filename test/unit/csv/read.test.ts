// The bulk-file reader: header mapping through a parameter table, CSV quirks (BOM, CRLF, quotes), JSONL, and clear errors.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ParamDef } from '../../../src/cmdlets/types.js';
import { coerceRow, readRows, type BulkFormat, type BulkRow, type ReadOptions } from '../../../src/csv/read.js';
import { openReport } from '../../../src/csv/report.js';
import { UsageError } from '../../../src/errors.js';
import { tempDir } from '../../helpers/store.js';

const PARAMS: ParamDef[] = [
  { name: 'Identity', flag: 'identity', aliases: ['UserPrincipalName'], kind: 'string', csv: true, help: '' },
  { name: 'TelephoneNumber', flag: 'telephone-number', kind: 'string', csv: true, nullable: true, help: '' },
  { name: 'AddLicenses', flag: 'add-licenses', kind: 'list', csv: true, help: '' },
  { name: 'WhatIf', flag: 'whatif', kind: 'switch', help: '' },
];

const dir = tempDir();
let n = 0;
function file(text: string | Buffer): string {
  const f = path.join(dir, `f${n++}.csv`);
  fs.writeFileSync(f, text);
  return f;
}

/** Every row of a file, read and coerced as the bulk commands do. */
async function readBulk(source: string, opts: ReadOptions): Promise<BulkRow[]> {
  const rows: BulkRow[] = [];
  for await (const r of readRows(source, opts)) rows.push(coerceRow(opts.params, r));
  return rows;
}

const read = (text: string | Buffer, format: BulkFormat = 'csv', required: string[] = []) =>
  readBulk(file(text), { format, params: PARAMS, required, stdin: Readable.from([]) });

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('readRows + coerceRow (CSV)', () => {
  it('maps headers in any case, kebab, snake and spaced spellings, and aliases', async () => {
    const rows = await read('user_principal_name,TELEPHONE-NUMBER,Add Licenses\na@x.com,+14255550100,"MCOEV,MCOPSTN1"\n');
    expect(rows).toEqual([{ row: 2, options: { identity: 'a@x.com', telephoneNumber: '+14255550100', addLicenses: ['MCOEV', 'MCOPSTN1'] }, problems: [] }]);
  });

  it('accepts a UTF-8 BOM and CRLF line ends', async () => {
    const rows = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Identity,TelephoneNumber\r\na@x.com,1\r\nb@x.com,2\r\n')]));
    expect(rows.map((r) => r.options.identity)).toEqual(['a@x.com', 'b@x.com']);
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('skips blank lines and rows of empty cells; rows keep their line numbers', async () => {
    const rows = await read('Identity\n\na@x.com\n,\n\n"multi\nline@x.com"\nc@x.com\n');
    expect(rows.map((r) => [r.row, r.options.identity])).toEqual([
      [3, 'a@x.com'],
      [6, 'multi\nline@x.com'],
      [8, 'c@x.com'],
    ]);
  });

  it('an empty cell of a nullable parameter is an empty string (remove), of others absent', async () => {
    const rows = await read('Identity,TelephoneNumber,AddLicenses\na@x.com,,\n');
    expect(rows[0]!.options).toEqual({ identity: 'a@x.com', telephoneNumber: '' });
  });

  it('unknown column: UsageError UnknownColumn naming the accepted columns; non-csv parameters are not columns', async () => {
    const e = await usageError(read('Identity,Colour\n'));
    expect(e.errorId).toBe('UnknownColumn');
    expect(e.message).toContain("'Colour'");
    expect(e.hint).toContain('Identity (or UserPrincipalName), TelephoneNumber, AddLicenses');
    expect((await usageError(read('Identity,WhatIf\n'))).errorId).toBe('UnknownColumn');
  });

  it('two columns for one parameter: UsageError DuplicateColumn', async () => {
    const e = await usageError(read('Identity,UserPrincipalName\n'));
    expect(e.errorId).toBe('DuplicateColumn');
    expect(e.message).toContain("'Identity' and 'UserPrincipalName'");
    expect((await usageError(read('identity,IDENTITY\n'))).errorId).toBe('DuplicateColumn');
  });

  it('a required column missing: UsageError MissingColumn', async () => {
    const e = await usageError(read('TelephoneNumber\n1\n', 'csv', ['Identity']));
    expect(e.errorId).toBe('MissingColumn');
  });

  it('empty file (or only a BOM / blank lines): UsageError EmptyFile', async () => {
    expect((await usageError(read(''))).errorId).toBe('EmptyFile');
    expect((await usageError(read('\ufeff\r\n\r\n'))).errorId).toBe('EmptyFile');
  });

  it('a header alone gives no rows', async () => {
    expect(await read('Identity\n')).toEqual([]);
  });

  it('an unclosed quote: UsageError MalformedCsv with the line where the record starts', async () => {
    const e = await usageError(read('Identity,TelephoneNumber\na@x.com,1\n"b@x.com,2\nc@x.com,3\n'));
    expect(e.errorId).toBe('MalformedCsv');
    expect(e.message).toMatch(/line 3: a quoted cell is never closed/);
  });

  it('text after a closing quote or a quote inside an unquoted cell: MalformedCsv with its line', async () => {
    expect((await usageError(read('Identity\na@x.com\n"b"x\n'))).message).toMatch(/line 3: .*quote/);
    const e = await usageError(read('Identity\na@x.com\nb"x@y.com\n'));
    expect(e.errorId).toBe('MalformedCsv');
    expect(e.message).toMatch(/line 3/);
  });

  it('a ragged row is a per-row InvalidRow problem; trailing empty cells are fine', async () => {
    const rows = await read('Identity,TelephoneNumber\na@x.com,1,extra\nb@x.com\nc@x.com,3,,\n');
    expect(rows.map((r) => r.problems.map((p) => p.errorId))).toEqual([['InvalidRow'], ['InvalidRow'], []]);
    expect(rows[0]!.problems[0]!.message).toContain('line 2 has 3 cells but the header has 2');
  });

  it('a bad cell for a typed parameter is a per-row problem, not an exception', async () => {
    const params: ParamDef[] = [{ name: 'Quantity', flag: 'quantity', kind: 'int', csv: true, help: '' }];
    const rows = await readBulk(file('Quantity\n5\nfive\n'), { format: 'csv', params, stdin: Readable.from([]) });
    expect(rows[0]!.options).toEqual({ quantity: 5 });
    expect(rows[1]!.problems).toEqual([{ field: 'Quantity', errorId: 'InvalidValue', message: "-Quantity must be a whole number, not 'five'." }]);
  });

  it("reads standard input for '-'", async () => {
    const rows = await readBulk('-', { format: 'csv', params: PARAMS, stdin: Readable.from(['Identity\r\n', 'a@x.com\r\n']) });
    expect(rows.map((r) => r.options.identity)).toEqual(['a@x.com']);
  });

  it('a missing file or a folder: UsageError FileNotFound before anything is read', async () => {
    expect((await usageError(readBulk(path.join(dir, 'nope.csv'), { format: 'csv', params: PARAMS, stdin: Readable.from([]) }))).errorId).toBe('FileNotFound');
    expect((await usageError(readBulk(dir, { format: 'csv', params: PARAMS, stdin: Readable.from([]) }))).errorId).toBe('FileNotFound');
  });
});

describe('readRows + coerceRow (JSONL)', () => {
  it('one object per line, keys mapped like CSV headers; lists and null accepted; blank lines skipped', async () => {
    const rows = await read(
      '\ufeff{"identity":"a@x.com","add_licenses":["MCOEV","MCOPSTN1"]}\r\n\n{"UserPrincipalName":"b@x.com","TelephoneNumber":null}\n',
      'jsonl',
    );
    expect(rows).toEqual([
      { row: 1, options: { identity: 'a@x.com', addLicenses: ['MCOEV', 'MCOPSTN1'] }, problems: [] },
      { row: 3, options: { identity: 'b@x.com', telephoneNumber: '' }, problems: [] },
    ]);
  });

  it('a line that is not JSON, not an object, or has an object value is a per-row InvalidRow problem', async () => {
    const rows = await read('{"Identity":"a@x.com"}\nnot json\n[1,2]\n{"Identity":{"a":1}}\n', 'jsonl');
    expect(rows.map((r) => r.problems.map((p) => p.errorId))).toEqual([[], ['InvalidRow'], ['InvalidRow'], ['InvalidRow']]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });

  it('an unknown key is UsageError UnknownColumn naming the line; an empty file is EmptyFile', async () => {
    const e = await usageError(read('{"Identity":"a@x.com"}\n{"Colour":"red"}\n', 'jsonl'));
    expect(e.errorId).toBe('UnknownColumn');
    expect(e.message).toContain('line 2');
    expect((await usageError(read('\n\n', 'jsonl'))).errorId).toBe('EmptyFile');
  });
});

describe('openReport', () => {
  it('writes CSV with formula cells neutralised, control characters escaped, lists joined; E.164 left alone', async () => {
    const f = path.join(dir, 'report.csv');
    const report = openReport(f, { inputs: [] });
    await report.writePages(
      [[{ Row: 2, Name: '=HYPERLINK("x")', Number: '+14255550100', Note: '-1+1', Esc: 'a\u001b[31mb', List: ['MCOEV', 'MCOPSTN1'] }]],
      ['Row', 'Name', 'Number', 'Note', 'Esc', 'List'],
    );
    expect(fs.existsSync(f)).toBe(false); // written to a temp file until the run commits
    report.commit();
    expect(fs.statSync(f).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(f, 'utf8')).toBe('Row,Name,Number,Note,Esc,List\n2,"\'=HYPERLINK(""x"")",+14255550100,\'-1+1,a\\x1B[31mb,"MCOEV, MCOPSTN1"\n');
  });

  it('an unwritable path is a usage error raised when opened (before any change)', () => {
    expect(() => openReport(path.join(dir, 'no-such-folder', 'r.csv'), { inputs: [] })).toThrow(UsageError);
  });
});
