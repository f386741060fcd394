// Step 2 with a scripted prompter: pickers from the catalog, quota shown, reserve, the hold's time left while picking,
// acquire the picked ones; an expired hold offers a new search; Ctrl+C gives the held numbers back.
import { describe, expect, it } from 'vitest';
import { newStore, peek } from '../helpers/store.js';
import { consistent, licensedUsers } from '../helpers/arrange.js';
import { runScripted } from './harness.js';
import { ask } from './scripted.js';

type Q = { choices: { name: string; value: unknown }[] };
const cityCode = (code: string) => (q: Q) => q.choices.find((c) => (c.value as { code: string }).code === code)!.value;
const firstTwo = (q: Q) => q.choices.slice(0, 2).map((c) => c.value);

const held = (store: string) => peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM numbers WHERE tenant_id IS NOT NULL AND number_type = 'User'")[0]!.n;
const reserved = (store: string) => peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM numbers WHERE reservation_id IS NOT NULL')[0]!.n;
const reservations = (store: string) => peek<{ status: string }>(store, 'SELECT status FROM reservations ORDER BY id').map((r) => r.status);

const pickers = [
  ask.select('Inventory type', 'Subscriber'),
  ask.select('Country or region', 'US'),
  ask.select('State or region', 'WA'),
  ask.select('City', cityCode('NOAM-US-WA-RD')),
];

describe('wizard step 2: numbers', () => {
  it('country -> state -> city, quantity with the quota left, reserve, pick while the hold counts down, acquire the picked', async () => {
    const store = newStore();
    await licensedUsers(store, ['a@contoso.com', 'b@contoso.com']);
    const run = await runScripted(
      store,
      [...pickers, ask.number('How many numbers? (32 more allowed', 3), ask.checkbox(/^Numbers to acquire — hold expires in 10m 00s$/, firstTwo)],
      {
        flags: ['--step', '2'],
        // The admin takes 19 seconds over the list: the live message counts down from the clock.
        onAsk: (m, clock) => m.startsWith('Numbers to acquire') && clock.advance(19_000),
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.prompter.live).toEqual(['Numbers to acquire — hold expires in 9m 41s']);
    expect(run.text).toMatch(/User numbers held\s+░+ 0\/32 allowed: floor\(20 Calling Plan units × 1\.1\) \+ 10 = 32/);
    expect(run.text).toContain('Reserved 3 user numbers in Redmond (NOAM-US-WA-RD), held until 09:10:00 UTC — expires in 10m 00s.');
    expect(run.text).toMatch(/Acquired 2 numbers: \+1425\d+, \+1425\d+\./);
    expect(run.text).toContain('1 other number went back to the pool.');
    expect(held(store)).toBe(2);
    expect(reserved(store)).toBe(0);
    expect(reservations(store)).toEqual(['Acquired']);
  });

  it('a hold that expires while the admin picks: says so, offers a new search, and acquires from the new one', async () => {
    const store = newStore();
    await licensedUsers(store, ['a@contoso.com']);
    let first = true;
    const run = await runScripted(
      store,
      [
        ...pickers,
        ask.number('How many numbers?', 2),
        ask.checkbox('Numbers to acquire'),
        ask.confirm('Start a new search?', true),
        // The new search starts from the previous answers.
        ask.select('Inventory type'),
        ask.select('Country or region'),
        ask.select('State or region'),
        ask.select('City'),
        ask.number('How many numbers?'),
        ask.checkbox('Numbers to acquire', firstTwo),
      ],
      {
        flags: ['--step', '2'],
        onAsk: (m, clock) => {
          if (m.startsWith('Numbers to acquire') && first) {
            first = false;
            clock.advance(11 * 60_000);
          }
        },
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.text).toMatch(/ReservationExpired: reservation [0-9a-f-]+ expired at 2026-11-26T09:10:00\.000Z/);
    expect(run.text).toContain('The 10-minute hold ran out before the numbers were acquired, so they went back to the pool.');
    expect(run.text).toContain('Acquired 2 numbers');
    expect(reservations(store)).toEqual(['Expired', 'Acquired']);
    expect(held(store)).toBe(2);
  });

  it('Ctrl+C while picking: exit 130, the held numbers go back to the pool, the store is consistent', async () => {
    const store = newStore();
    await licensedUsers(store, ['a@contoso.com']);
    const run = await runScripted(store, [...pickers, ask.number('How many numbers?', 4), ask.cancel('checkbox', 'Numbers to acquire')], {
      flags: ['--step', '2'],
    });
    expect(run.exitCode).toBe(130);
    expect(run.error?.errorId).toBe('Cancelled');
    expect(run.error?.message).toContain('the 4 reserved numbers went back to the pool');
    expect(reservations(store)).toEqual(['Cleared']);
    expect(reserved(store)).toBe(0);
    expect(held(store)).toBe(0);
    expect(consistent(store)).toBe(true);
  });

  it('flags skip the pickers: --city settles country and area; --acquire takes them all', async () => {
    const store = newStore();
    await licensedUsers(store, ['a@contoso.com']);
    const run = await runScripted(store, [], {
      flags: ['--step', '2', '-InventoryType', 'Subscriber', '-CityCode', 'NOAM-US-NY-NY', '--quantity', '2', '--acquire', 'all'],
    });
    expect(run.exitCode).toBe(0);
    expect(run.prompter.asked).toEqual([]);
    expect(run.text).toContain('City: New York, New York, United States (NOAM-US-NY-NY) (--city)');
    expect(run.text).toContain('Quantity: 2 (--quantity)');
    expect(held(store)).toBe(2);
  });

  it('a refused reservation shows the service error and offers another search', async () => {
    const store = newStore();
    // No licences: number management needs Phone System, E5 or Audio Conferencing.
    const run = await runScripted(store, [...pickers, ask.number('How many numbers?', 1), ask.confirm('Search again?', false)], { flags: ['--step', '2'] });
    expect(run.text).toMatch(/✖ LicenseRequired: /);
    expect(reservations(store)).toEqual([]);
  });
});
