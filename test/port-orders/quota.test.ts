// Ported-in numbers are outside the number quotas: a tenant at its quota can still port numbers in, and ported
// numbers (pending or completed) do not reduce what reserve allows.
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { buy } from '../helpers/arrange.js';
import { createOrder } from './helpers.js';

const reserve = (store: string, quantity: number, now?: string) =>
  cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', String(quantity), '-o', 'json'], now ? { now } : {});

const acquireAll = async (store: string, quantity: number) => {
  const r = await reserve(store, quantity);
  expect(r.code, r.err).toBe(0);
  const a = await cp(store, ['acquire', '--reservation-id', r.json<{ ReservationId: string }>().ReservationId, '--all']);
  expect(a.code, a.err).toBe(0);
};

describe('quota exclusion', () => {
  it('a tenant at its user-number quota can still port numbers in', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10 }); // no Calling Plan units: floor(0 × 1.1) + 10 = 10 user numbers
    await acquireAll(store, 10);
    const full = await reserve(store, 1);
    expect(full.code).toBe(1);
    expect(full.err).toContain('QuotaExceeded');

    const o = await createOrder(store, ['--range', '+14255550200-+14255550219']);
    expect(o.TelephoneNumberCount).toBe(20);
    // The trigger-kept counts keep them apart from the quota's.
    const counts = peek<{ source_type: string; n: number }>(
      store,
      "SELECT source_type, n FROM tenant_number_counts WHERE tenant_id = 1 AND number_type = 'User' ORDER BY source_type",
    );
    expect(counts).toEqual([
      { source_type: 'PortedIn', n: 20 },
      { source_type: 'Tnm', n: 10 },
    ]);
    // Still exactly at quota: the ported numbers did not push it over.
    const still = await reserve(store, 1);
    expect(still.err).toContain('it holds 10, so 0 more');
  });

  it('ported numbers, pending or completed, do not reduce what reserve allows', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10 });
    await createOrder(store, ['--range', '+14255550200-+14255550249']);
    // Pending: the whole quota of 10 is still free.
    const pending = await reserve(store, 10);
    expect(pending.code, pending.err).toBe(0);
    expect((await cp(store, ['clear-reservation', '--reservation-id', pending.json<{ ReservationId: string }>().ReservationId])).code).toBe(0);
    // Completed (the order's transfer date has passed): still 10.
    const done = await reserve(store, 10, '2026-12-10T00:00:00Z');
    expect(done.code, done.err).toBe(0);
    expect(peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM numbers WHERE source_type = 'PortedIn' AND activation_state = 'Activated'")[0]!.n).toBe(50);
    const more = await reserve(store, 1, '2026-12-10T00:00:00Z');
    expect(more.err).toContain('QuotaExceeded');
    expect(more.err).toContain('holds 10');
  });

  it('service numbers too: ported toll-free numbers leave the toll-free allowance untouched', async () => {
    const store = newStore();
    buy(store, { MCOEV: 1, MCOPSTNC: 1 }); // tier 1–25 → 5 toll-free numbers
    await createOrder(store, ['--range', '+18005550300-+18005550309'], { 'billing-telephone-number': '+18005550399' });
    const r = await cp(store, ['reserve', '--inventory-type', 'Service', '--toll-free', '--city', 'NOAM-US-NY-NY', '--quantity', '5']);
    expect(r.code, r.err).toBe(0);
  });
});
