// Step 1 with a scripted prompter: import users from CSV, buy licences, give picked users Phone System + a Calling Plan.
import { describe, expect, it } from 'vitest';
import { newStore, peek } from '../helpers/store.js';
import { csvFile, ok } from '../helpers/arrange.js';
import { runScripted } from './harness.js';
import { ask } from './scripted.js';

const USERS = [
  'UserPrincipalName,DisplayName,UsageLocation,Email',
  'ken@contoso.com,Ken Myer,US,ken@contoso.com',
  'pilar@contoso.com,"Ackerman, Pilar",,pilar@contoso.com',
  'ann@contoso.com,Ann Lee,US,',
];

const licences = (store: string) =>
  peek<{ upn: string; skus: string; usage: string | null }>(
    store,
    "SELECT u.upn, group_concat(ul.sku, ',') AS skus, u.usage_location AS usage FROM users u LEFT JOIN user_licenses ul ON ul.user_id = u.id GROUP BY u.id ORDER BY u.upn",
  );

describe('wizard step 1: licences', () => {
  it('imports users when there are none, buys units, and licenses the picked users (usage location asked when missing)', async () => {
    const store = newStore();
    const file = csvFile(USERS);
    const run = await runScripted(
      store,
      [
        ask.input('CSV file of users', file),
        ask.confirm('Buy licences?', true),
        ask.select('Which licence?', 'MCOEV'),
        ask.number('How many MCOEV units?'), // the default: the 3 users who need one
        ask.confirm('Buy more licences?'), // the default is yes: Calling Plans are still missing
        ask.select('Which licence?'), // the default: the Calling Plan still needed
        ask.number('How many MCOPSTN1 units?', 2),
        ask.confirm('Buy more licences?', false),
        ask.checkbox('Users to give Phone System and a Calling Plan', (q: { choices: { name: string; value: number }[] }) =>
          q.choices.filter((c) => !c.name.startsWith('ann@')).map((c) => c.value),
        ),
        ask.input('Usage location for the 1 user without one', 'gb'),
      ],
      { flags: ['--step', '1'] },
    );
    expect(run.exitCode).toBe(0);
    expect(run.text).toContain('Imported 3 users');
    expect(run.text).toContain('Bought 3 MCOEV (Phone System): 0 → 3 units.');
    expect(run.text).toContain('Bought 2 MCOPSTN1');
    expect(run.text).toContain('Gave MCOEV + MCOPSTN1 to 2 users.');
    expect(run.text).toMatch(/Phone System \(MCOEV\)\s+█+░+ 2\/3 assigned/);
    expect(licences(store)).toEqual([
      { upn: 'ann@contoso.com', skus: null, usage: 'US' },
      { upn: 'ken@contoso.com', skus: 'MCOEV,MCOPSTN1', usage: 'US' },
      { upn: 'pilar@contoso.com', skus: 'MCOEV,MCOPSTN1', usage: 'GB' },
    ]);
    const ops = peek<{ operation: string; n: number }>(
      store,
      "SELECT operation, COUNT(*) AS n FROM audit_log WHERE operation NOT IN ('Import-Catalog', 'New-Tenant') GROUP BY operation ORDER BY operation",
    );
    expect(ops).toEqual([
      { operation: 'Add-User', n: 3 },
      { operation: 'Buy-License', n: 2 },
      { operation: 'Set-MsolUser', n: 1 },
      { operation: 'Set-MsolUserLicense', n: 2 },
    ]);
  });

  it('a CSV with a bad row imports nothing and asks for another file', async () => {
    const store = newStore();
    const bad = csvFile(['UserPrincipalName,UsageLocation', 'ken@contoso.com,US', 'not-an-upn,US']);
    const good = csvFile(['UserPrincipalName,UsageLocation', 'ken@contoso.com,US']);
    const run = await runScripted(
      store,
      [ask.input('CSV file of users', bad), ask.input('CSV file of users', good), ask.confirm('Buy licences?', false), ask.checkbox('Users to give', [])],
      { flags: ['--step', '1'] },
    );
    expect(run.text).toContain('1 row of');
    expect(run.text).toMatch(/not-an-upn/);
    expect(run.text).toContain('Imported 1 user from');
    expect(peek(store, 'SELECT upn FROM users')).toEqual([{ upn: 'ken@contoso.com' }]);
  });

  it('with no users and no CSV, says how to add them', async () => {
    const store = newStore();
    const run = await runScripted(store, [ask.input('CSV file of users', ''), ask.confirm('Buy licences?', false)], { flags: ['--step', '1'] });
    expect(run.text).toContain('No users imported: add them later with callplan import-users --csv FILE or callplan add-user.');
    expect(run.text).toContain('There are no users to license yet');
    expect(run.exitCode).toBe(0);
  });

  it('flags answer the questions; too few units: offers to buy the missing ones and tries again', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com', '--usage-location', 'US']);
    await ok(store, ['add-user', 'b@contoso.com', '--usage-location', 'US']);
    const run = await runScripted(store, [ask.confirm('Buy 1 MCOEV and 1 MCOPSTN1 and try again?', true)], {
      flags: ['--step', '1', '--buy', 'MCOEV=1,MCOPSTN1=1', '--users', 'all', '--licenses', 'MCOEV,MCOPSTN1'],
    });
    expect(run.exitCode).toBe(0);
    expect(run.prompter.asked).toEqual(['Buy 1 MCOEV and 1 MCOPSTN1 and try again?']);
    expect(run.text).toContain('Buy: 1 MCOEV (--buy)');
    expect(run.text).toContain('InsufficientLicenses');
    expect(run.text).toContain('Gave MCOEV + MCOPSTN1 to 2 users.');
    expect(peek(store, 'SELECT sku, active_units AS n FROM subscriptions ORDER BY sku')).toEqual([
      { sku: 'MCOEV', n: 2 },
      { sku: 'MCOPSTN1', n: 2 },
    ]);
  });
});
