// Several processes reserving from one city at once never hold a number twice.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runBinAsync } from '../helpers/bin.js';
import { newStore, peek } from '../helpers/store.js';

describe('concurrent reservations', () => {
  it('4 processes × 3 reservations of 15 numbers from one city: every number held once, every reservation complete', async () => {
    const store = newStore();
    // One tenant per process, so the per-tenant reservation limits do not get in the way of the race.
    for (const name of ['T2', 'T3', 'T4']) expect((await runBinAsync(['init', '--store', store, '--tenant-name', name])).code).toBe(0);
    const tenants = peek<{ id: number; name: string }>(store, 'SELECT id, name FROM tenants ORDER BY id');
    const db = new Database(store);
    for (const t of tenants) db.prepare("INSERT OR REPLACE INTO subscriptions VALUES (?, 'MCOEV', 1000), (?, 'MCOPSTN1', 1000)").run(t.id, t.id);
    db.close();

    const worker = async (tenant: string) => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await runBinAsync(
          ['reserve', '--store', store, '--tenant', tenant, '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '15', '-o', 'json'],
          {
            env: { CALLPLAN_BUSY_TIMEOUT: '20000' },
          },
        );
        expect(r.stderr).not.toMatch(/SQLITE_BUSY|InternalError/);
        expect(r.code).toBe(0);
        ids.push((JSON.parse(r.stdout) as { ReservationId: string }).ReservationId);
      }
      return ids;
    };
    const ids = (await Promise.all(tenants.map((t) => worker(t.name)))).flat();
    expect(new Set(ids).size).toBe(12);
    const held = peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM numbers WHERE reservation_id IS NOT NULL GROUP BY reservation_id');
    expect(held).toHaveLength(12);
    expect(held.every((h) => h.n === 15)).toBe(true);
    expect(peek(store, 'SELECT COUNT(*) AS n, COUNT(DISTINCT number) AS d FROM numbers WHERE reservation_id IS NOT NULL')).toEqual([{ n: 180, d: 180 }]);
  }, 120_000);
});
