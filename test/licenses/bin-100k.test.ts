// set-user-license --csv with 100,000 rows through the real binary: counts in the store (not time), a duplicate found
// 100,000 rows apart, and every result row delivered to a reader that is slow to start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/bin.js';
import { seedVoice } from '../helpers/bulk-seed.js';
import { newStore, peek, tempDir } from '../helpers/store.js';

const N = 100_000;

/** Runs the binary, reading its stdout only a while after it starts writing (so its writes meet a full pipe). */
async function runSlowReader(args: string[]): Promise<{ code: number | null; lines: number; last: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pause();
  // The summary goes to stderr just before the rows go to stdout.
  await new Promise((resolve) => child.stderr.once('data', resolve));
  child.stderr.resume();
  await sleep(300);
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (text += s));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const all = text.trimEnd().split('\n');
  return { code, lines: all.length, last: all[all.length - 1]! };
}

describe('set-user-license --csv with 100,000 rows', () => {
  it('takes and gives a SKU for every user in one run each; a duplicate 100,000 rows apart fails the whole run', async () => {
    const store = newStore();
    const seed = seedVoice(store, N, 0);
    const dir = tempDir();
    const file = (name: string, column: string, extra: string[] = []) => {
      const f = path.join(dir, name);
      const lines = [`Identity,${column}`];
      for (let i = 0; i < N; i++) lines.push(`${seed.upn(i)},MCOPSTN1`);
      fs.writeFileSync(f, [...lines, ...extra].join('\r\n') + '\r\n');
      return f;
    };
    const held = () => peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM user_licenses WHERE sku = 'MCOPSTN1'")[0]!.n;
    const audited = () => peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-MsolUserLicense'")[0]!.n;

    const removed = runBin(['set-user-license', '--store', store, '--csv', file('remove.csv', 'RemoveLicenses')]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stderr).toBe('callplan: 100,000 Updated.\n');
    expect(held()).toBe(0);
    expect(audited()).toBe(N);

    const added = await runSlowReader(['set-user-license', '--store', store, '--csv', file('add.csv', 'AddLicenses'), '-o', 'csv']);
    expect(added.code).toBe(0);
    expect(added.lines).toBe(N + 1);
    expect(added.last).toBe(`${N + 1},${seed.upn(N - 1)},MCOPSTN1,,Updated,,"added MCOPSTN1 for ${seed.upn(N - 1)}; licences now: MCOEV, MCOPSTN1."`);
    expect(held()).toBe(N);
    expect(audited()).toBe(2 * N);

    const dup = runBin([
      'set-user-license',
      '--store',
      store,
      '--csv',
      file('dup.csv', 'RemoveLicenses', [`sip:${seed.upn(0).toUpperCase()},MCOPSTN1`]),
      '-o',
      'csv',
    ]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe('callplan: 2 Failed, 99,999 Skipped — nothing was changed.\n');
    const failed = dup.stdout.split('\n').filter((l) => l.includes(',Failed,'));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toBe(`2,${seed.upn(0)},,,Failed,DuplicateRow,"${seed.upn(0)} is on rows 2, ${N + 2}; give each user one row."`);
    expect(held()).toBe(N);
    expect(audited()).toBe(2 * N);
  }, 180_000);
});
