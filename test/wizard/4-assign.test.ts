// Step 4 with a scripted prompter: users without numbers, the next free numbers or picked ones, the emergency location
// searched by city, a -WhatIf summary before anything is applied.
import { describe, expect, it } from 'vitest';
import { newStore, peek } from '../helpers/store.js';
import { acquireNumbers, licensedUsers, numberOf, redmondAddress } from '../helpers/arrange.js';
import { runScripted } from './harness.js';
import { ask } from './scripted.js';

type Q = { choices: { name: string; value: unknown }[] };

async function tenant() {
  const store = newStore();
  await licensedUsers(store, ['ann@contoso.com', 'bob@contoso.com', 'cat@contoso.com']);
  const loc = await redmondAddress(store);
  const numbers = await acquireNumbers(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '3']);
  return { store, loc, numbers };
}

const assigned = (store: string) => peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM numbers WHERE user_id IS NOT NULL')[0]!.n;

describe('wizard step 4: assign numbers and locations', () => {
  it('picked users get the next free numbers and the location found by city, after a what-if summary', async () => {
    const { store, loc, numbers } = await tenant();
    const run = await runScripted(
      store,
      [
        ask.checkbox('Users to give a number', (q: Q) => q.choices.filter((c) => !c.name.startsWith('bob@')).map((c) => c.value)),
        ask.select('Which numbers?', 'next'),
        ask.search('Emergency location for the US users (type a city to search)', 'redm', loc.building),
        ask.confirm('Assign 2 numbers as shown?', true),
      ],
      { flags: ['--step', '4'] },
    );
    expect(run.exitCode).toBe(0);
    const text = run.text;
    expect(text).toContain('3 licensed users without a number; 3 unassigned user numbers.');
    // The what-if rows come before the question that applies them.
    expect(text.indexOf('What if:')).toBeLessThan(text.indexOf('? Assign 2 numbers as shown?'));
    expect(text).toMatch(new RegExp(`ann@contoso\\.com\\s+\\${numbers[0]}\\s+Redmond · Building 64, Floor 1\\s+WhatIf`));
    expect(text).toContain('Assigned 2 numbers');
    expect(numberOf(store, 'ann@contoso.com')).toBe(numbers[0]!.slice(1));
    expect(numberOf(store, 'cat@contoso.com')).toBe(numbers[1]!.slice(1));
    expect(numberOf(store, 'bob@contoso.com')).toBeNull();
    expect(peek(store, 'SELECT DISTINCT l.location_id AS id FROM numbers n JOIN locations l ON l.id = n.location_id WHERE n.user_id IS NOT NULL')).toEqual([
      { id: loc.building },
    ]);
    expect(peek(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")).toEqual([{ n: 2 }]);
  });

  it('a declined confirmation changes nothing (the what-if run wrote nothing either)', async () => {
    const { store } = await tenant();
    const run = await runScripted(
      store,
      [
        ask.checkbox('Users to give a number'),
        ask.select('Which numbers?', 'next'),
        ask.search('Emergency location', ''),
        ask.confirm('Assign 3 numbers as shown?', false),
      ],
      { flags: ['--step', '4'] },
    );
    expect(run.text).toContain('Nothing assigned.');
    expect(assigned(store)).toBe(0);
    expect(peek(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")).toEqual([{ n: 0 }]);
  });

  it('numbers picked one per user', async () => {
    const { store, loc, numbers } = await tenant();
    const run = await runScripted(
      store,
      [
        ask.checkbox('Users to give a number', (q: Q) => [q.choices[0]!.value]),
        ask.select('Which numbers?', 'pick'),
        ask.select('Number for ann@contoso.com', numbers[2]!.slice(1)),
        ask.search('Emergency location', 'Redmond', loc.defaultLocation),
        ask.confirm('Assign 1 number as shown?'),
      ],
      { flags: ['--step', '4'] },
    );
    expect(run.exitCode).toBe(0);
    expect(numberOf(store, 'ann@contoso.com')).toBe(numbers[2]!.slice(1));
  });

  it('flags: --assign-users all --assign-numbers next-free --location-id --yes asks nothing', async () => {
    const { store, loc } = await tenant();
    const run = await runScripted(store, [], {
      flags: ['--step', '4', '--assign-users', 'all', '--assign-numbers', 'next-free', '--location-id', loc.defaultLocation, '--yes'],
    });
    expect(run.prompter.asked).toEqual([]);
    expect(run.text).toContain('Assign 3 numbers as shown? yes (--yes)');
    expect(assigned(store)).toBe(3);
  });
});
