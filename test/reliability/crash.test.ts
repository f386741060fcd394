// kill -9 in the middle of a 100,000-row bulk assignment: the store stays intact and holds none or all of the batch;
// with --continue-on-error a re-run completes the rest and reports what was already done as Unchanged.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/bin.js';
import { seedVoice } from '../helpers/bulk-seed.js';
import { newStore, peek, tempDir } from '../helpers/store.js';

const N = 100_000;
let template: string;
let csv: string;

beforeAll(() => {
  template = newStore();
  const seed = seedVoice(template, N, N);
  csv = path.join(tempDir(), 'assign.csv');
  const lines = ['Identity,TelephoneNumber,LocationID'];
  for (let i = 0; i < N; i++) lines.push(`${seed.upn(i)},+${seed.number(i)},${seed.locationId}`);
  fs.writeFileSync(csv, lines.join('\n') + '\n');
}, 120_000);

/** A copy of the seeded store. */
function copy(): string {
  const f = path.join(tempDir(), 'crash.db');
  fs.copyFileSync(template, f);
  return f;
}

/** Starts a bulk run and kills it with SIGKILL after `ms`; resolves with how it ended. */
function killAfter(store: string, ms: number, extra: string[] = []): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'set-voice-user', '--store', store, '--csv', csv, ...extra], {
      stdio: 'ignore',
      env: { PATH: process.env.PATH },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code });
    });
  });
}

const assigned = (store: string) => peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM numbers WHERE user_id IS NOT NULL')[0]!.n;
const audits = (store: string) => peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")[0]!.n;
const integrity = (store: string) => {
  const db = new Database(store);
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

// Spread over the whole run: reading the file, checking, applying, committing. Fixed, so a failure can be replayed.
const MOMENTS = [120, 450, 900, 1400, 2100, 2900];

describe('crash safety', () => {
  it.each(MOMENTS)(
    'killed after %i ms: integrity ok, and none or all of the batch',
    async (ms) => {
      const store = copy();
      const r = await killAfter(store, ms);
      expect(integrity(store)).toBe('ok');
      const n = assigned(store);
      expect([0, N]).toContain(n);
      expect(audits(store)).toBe(n); // the audit rows went in with the change, or not at all
      if (!r.killed) expect(n).toBe(N);
    },
    60_000,
  );

  it('with --continue-on-error a re-run after a kill completes the rest and reports the done rows as Unchanged', async () => {
    const store = copy();
    await killAfter(store, 1200, ['--continue-on-error']);
    const before = assigned(store);
    const r = runBin(['set-voice-user', '--store', store, '--csv', csv, '--continue-on-error', '-o', 'csv']);
    expect(r.code).toBe(0);
    expect(assigned(store)).toBe(N);
    const unchanged = r.stdout.split('\n').filter((l) => l.includes(',Unchanged,')).length;
    expect(unchanged).toBe(before);
    expect(integrity(store)).toBe('ok');
  }, 60_000);
});
