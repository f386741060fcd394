// Four processes reserving, acquiring, assigning and releasing on one store at once for several seconds:
// no number in two reservations or held by two users, no lost audit entries, never a raw SQLITE_BUSY.
import { describe, expect, it } from 'vitest';
import { runBinAsync } from '../helpers/bin.js';
import { cp, peek } from '../helpers/store.js';
import { licensedUser, voiceTenant } from '../voice/fixtures.js';

const OPS = [
  'Search-CsOnlineTelephoneNumberInventory',
  'Select-CsOnlineTelephoneNumberInventory',
  'Set-CsOnlineVoiceUser',
  'Remove-CsOnlineTelephoneNumber',
] as const;
type Op = (typeof OPS)[number];

describe('concurrency', () => {
  it('4 processes × several seconds of reserve → acquire → assign → unassign → release', async () => {
    const t = await voiceTenant();
    await cp(t.store, ['buy-license', '--sku', 'MCOPSTN1', '--quantity', '200']);
    for (let w = 0; w < 4; w++) await licensedUser(t.store, `worker${w}@contoso.com`);
    const auditBefore = Object.fromEntries(
      OPS.map((op) => [op, peek<{ n: number }>(t.store, 'SELECT COUNT(*) AS n FROM audit_log WHERE operation = ?', op)[0]!.n]),
    );
    const env = { CALLPLAN_BUSY_TIMEOUT: '30000' };
    const successes: Record<Op, number> = {
      'Search-CsOnlineTelephoneNumberInventory': 0,
      'Select-CsOnlineTelephoneNumberInventory': 0,
      'Set-CsOnlineVoiceUser': 0,
      'Remove-CsOnlineTelephoneNumber': 0,
    };
    const failures: string[] = [];
    const deadline = Date.now() + 6000;

    const run = async (op: Op, args: string[]) => {
      const r = await runBinAsync(['--store', t.store, ...args, '-o', 'json'], { env });
      if (r.code === 0) successes[op]++;
      else failures.push(r.stderr.trim());
      return r;
    };
    const worker = async (w: number) => {
      const upn = `worker${w}@contoso.com`;
      while (Date.now() < deadline) {
        const res = await run(OPS[0], ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '2']);
        if (res.code !== 0) continue;
        const { ReservationId, TelephoneNumbers } = JSON.parse(res.stdout) as { ReservationId: string; TelephoneNumbers: string[] };
        if ((await run(OPS[1], ['acquire', ReservationId, '--all'])).code !== 0) continue;
        await run(OPS[2], ['set-voice-user', upn, '--telephone-number', TelephoneNumbers[0]!, '--location-id', t.usLocation]);
        await run(OPS[2], ['set-voice-user', upn, '--telephone-number', '$null']);
        await run(OPS[3], ['release-number', TelephoneNumbers.join(',')]);
      }
    };
    await Promise.all([0, 1, 2, 3].map(worker));

    // Refusals are allowed (limits, quota); lock errors and crashes are not.
    for (const f of failures) expect(f).not.toMatch(/SQLITE_BUSY|StoreLocked|InternalError|database is locked/);
    expect(successes['Search-CsOnlineTelephoneNumberInventory']).toBeGreaterThan(4);
    // No lost audit entries: one per successful change, per operation.
    for (const op of OPS) {
      const logged = peek<{ n: number }>(t.store, 'SELECT COUNT(*) AS n FROM audit_log WHERE operation = ?', op)[0]!.n - auditBefore[op]!;
      expect(logged, op).toBe(successes[op]);
    }
    // No number held by two users, none in two reservations, and every hold accounted for.
    expect(peek(t.store, 'SELECT user_id FROM numbers WHERE user_id IS NOT NULL GROUP BY user_id HAVING COUNT(*) > 1')).toEqual([]);
    expect(peek(t.store, 'SELECT number FROM numbers GROUP BY number HAVING COUNT(*) > 1')).toEqual([]);
    expect(
      peek(
        t.store,
        "SELECT COUNT(*) AS n FROM numbers WHERE reservation_id IS NOT NULL AND reservation_id NOT IN (SELECT id FROM reservations WHERE status = 'Active')",
      ),
    ).toEqual([{ n: 0 }]);
    expect(peek(t.store, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  }, 120_000);
});
