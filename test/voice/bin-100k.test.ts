// 100,000 assignments from one CSV through the real binary, checked in the store (counts, not time).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { seedVoice } from '../helpers/bulk-seed.js';
import { newStore, peek, tempDir } from '../helpers/store.js';

describe('set-voice-user --csv with 100,000 rows', () => {
  it('assigns every row in one run, and a re-run is all Unchanged', () => {
    const N = 100_000;
    const store = newStore();
    const seed = seedVoice(store, N, N + 10);
    const csv = path.join(tempDir(), 'assign.csv');
    const lines = ['Identity,TelephoneNumber,LocationID'];
    for (let i = 0; i < N; i++) lines.push(`${seed.upn(i)},+${seed.number(i)},${seed.locationId}`);
    fs.writeFileSync(csv, lines.join('\r\n') + '\r\n');

    const r = runBin(['set-voice-user', '--store', store, '--csv', csv]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('100,000 Assigned.');
    expect(peek(store, 'SELECT COUNT(*) AS n FROM numbers WHERE user_id IS NOT NULL')).toEqual([{ n: N }]);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM users WHERE enterprise_voice = 1')).toEqual([{ n: N }]);
    expect(peek(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")).toEqual([{ n: N }]);
    // Spot checks: row i got number i.
    for (const i of [0, 4242, N - 1]) {
      expect(peek(store, 'SELECT n.number FROM numbers n JOIN users u ON u.id = n.user_id WHERE u.upn_key = ?', seed.upn(i))).toEqual([
        { number: seed.number(i) },
      ]);
    }
    const again = runBin(['set-voice-user', '--store', store, '--csv', csv]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('100,000 Unchanged.');
    expect(peek(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")).toEqual([{ n: N }]);
  }, 180_000);
});
