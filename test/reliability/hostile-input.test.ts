// The hostile input corpus (fixtures/hostile/): every file gets a clear per-row error or a usage error,
// never a stack trace, never a raw control character on the terminal, and the store is unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { storeDigest } from '../helpers/digest.js';
import { tempDir } from '../helpers/store.js';
import { voiceTenant, type VoiceTenant } from '../voice/fixtures.js';

const CORPUS = new URL('../../fixtures/hostile/', import.meta.url).pathname;
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let t: VoiceTenant;
beforeAll(async () => {
  t = await voiceTenant();
});

/** Runs a bulk command on a hostile file and checks the promises that hold for every file. */
function refuse(args: string[]): { code: number; stdout: string; stderr: string } {
  const before = storeDigest(t.store);
  const r = runBin(['--store', t.store, ...args], { env: { NO_COLOR: '1' } });
  expect([1, 2]).toContain(r.code);
  expect(r.stderr).not.toMatch(/\n\s+at .*\(|InternalError|SQLITE_/);
  expect(r.stderr).toMatch(/^callplan: /);
  expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  expect(storeDigest(t.store)).toBe(before);
  return r;
}

const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.csv') && f !== 'users-hostile.csv');

describe('hostile input corpus', () => {
  it.each(files)('set-voice-user --csv %s is refused cleanly', (f) => {
    const r = refuse(['set-voice-user', '--csv', path.join(CORPUS, f)]);
    // A usage error names its ErrorId on stderr; a per-row failure lists every row with an ErrorId.
    if (r.code === 2) expect(r.stderr).toMatch(/^callplan: (MalformedCsv|UnknownColumn|DuplicateColumn|MissingColumn|EmptyFile): /);
    else expect(r.stderr).toMatch(/Failed.*nothing was changed/);
  });

  it('set-voice-user --jsonl with hostile lines is refused cleanly', () => {
    const r = refuse(['set-voice-user', '--jsonl', path.join(CORPUS, 'hostile.jsonl')]);
    expect(r.stderr).toMatch(/UnknownColumn/);
  });

  it('import-users with escapes, bells and formulas in names rejects those rows', () => {
    const r = refuse(['import-users', '--csv', path.join(CORPUS, 'users-hostile.csv'), '-o', 'json']);
    const rows = JSON.parse(r.stdout) as { Result: string; ErrorId: string }[];
    expect(rows.map((x) => [x.Result, x.ErrorId])).toEqual([
      ['Failed', 'InvalidValue'],
      ['Skipped', ''],
      ['Failed', 'InvalidValue'],
    ]);
  });

  it('numbers in every wrong shape each get a per-row error', () => {
    const r = refuse(['set-voice-user', '--csv', path.join(CORPUS, 'wrong-numbers.csv'), '-o', 'json']);
    const rows = JSON.parse(r.stdout) as { Result: string; ErrorId: string }[];
    expect(rows).toHaveLength(9);
    expect(rows.every((x) => x.Result === 'Failed' && x.ErrorId !== '')).toBe(true);
  });

  it('a 10 MB cell stops the read with LineTooLong (one line, not echoed), not a crash', () => {
    const f = path.join(tempDir(), 'huge-cell.csv');
    fs.writeFileSync(f, `Identity,TelephoneNumber\nann@contoso.com,+1${'4'.repeat(10 * 1024 * 1024)}\n`);
    const r = refuse(['set-voice-user', '--csv', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callplan: LineTooLong: .*line 2 /);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('a 50 KB cell (under the line cap) is a bad value whose message quotes only its start', () => {
    const f = path.join(tempDir(), 'big-cell.csv');
    fs.writeFileSync(f, `Identity,TelephoneNumber\nann@contoso.com,+1${'4'.repeat(50_000)}\n`);
    const r = refuse(['set-voice-user', '--csv', f, '-o', 'json']);
    const rows = JSON.parse(r.stdout) as { ErrorId: string; Message: string }[];
    expect(rows[0]!.ErrorId).toBe('InvalidNumber');
    expect(rows[0]!.Message.length).toBeLessThan(300);
    expect(r.stdout.length).toBeLessThan(60_000 * 2); // the cell itself once at most (the report echoes the row), never five times
  });

  it('1,000 columns are refused as unknown columns', () => {
    const f = path.join(tempDir(), 'wide.csv');
    const header = ['Identity', ...Array.from({ length: 999 }, (_, i) => `Col${i}`)];
    fs.writeFileSync(f, `${header.join(',')}\n${header.map(() => 'x').join(',')}\n`);
    const r = refuse(['set-voice-user', '--csv', f]);
    expect(r.stderr).toMatch(/^callplan: UnknownColumn: .*'Col0'/);
  });

  it('a file of 100,000 rows of garbage is all per-row failures and changes nothing', () => {
    const f = path.join(tempDir(), 'garbage.csv');
    const lines = ['Identity,TelephoneNumber,LocationID'];
    for (let i = 0; i < 100_000; i++) lines.push(`"=x${i}",not-a-number-${i},@${i}`);
    fs.writeFileSync(f, lines.join('\n'));
    const r = refuse(['set-voice-user', '--csv', f]);
    expect(r.stderr).toContain('100,000 Failed — nothing was changed.');
  });
});
