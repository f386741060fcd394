// The wizard as a whole: the step list and walking order (2 and 3 swapped outside the US), resuming at the first pending
// step, flags answering questions, Ctrl+C (exit 130, store consistent), and the refusal without a terminal.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { cp, newStore, peek, tempDir } from '../helpers/store.js';
import { consistent, csvFile, ok } from '../helpers/arrange.js';
import { runScripted } from './harness.js';
import { ask } from './scripted.js';

const headings = (text: string) => [...text.matchAll(/── (\d)\/5 · ([^─]+?) ─/g)].map((m) => `${m[1]}. ${m[2]}`);

describe('wizard flow', () => {
  it('outside the US (tenant GB) walks 1, 3, 2, 4, 5; flags answer every question but one; the next run finds all done', async () => {
    const store = newStore();
    await ok(store, ['init', '--tenant-name', 'Fabrikam', '--country', 'GB']);
    const users = csvFile([
      'UserPrincipalName,DisplayName,UsageLocation,Email',
      'ivy@fabrikam.co.uk,Ivy,GB,ivy@fabrikam.co.uk',
      'jon@fabrikam.co.uk,Jon,GB,jon@fabrikam.co.uk',
    ]);
    const out = path.join(tempDir(), 'eml');
    const run = await runScripted(
      store,
      // The only question without a flag: the emergency location (GB numbers keep the one they came with).
      [ask.search('Emergency location for the GB users', '', '')],
      {
        tenant: 'Fabrikam',
        flags: [
          '--csv',
          users,
          '--buy',
          'MCOEV=5,MCOPSTN1=5',
          '--users',
          'all',
          '--address-company-name',
          'Fabrikam',
          '--address-country',
          'GB',
          '--address-house-number',
          '10',
          '--address-street-name',
          'Downing',
          '--address-street-suffix',
          'Street',
          '--address-city',
          'london',
          '--address-state',
          '',
          '--address-postal-code',
          'sw1a2aa',
          '--address-description',
          '',
          '--location',
          'none',
          '--inventory-type',
          'Subscriber',
          '--city',
          'EMEA-GB-ENG-LND',
          '--quantity',
          '2',
          '--acquire',
          'all',
          '--assign-users',
          'all',
          '--assign-numbers',
          'next-free',
          '--out',
          out,
          '--yes',
        ],
      },
    );
    expect(run.exitCode).toBe(0);
    const text = run.text;
    expect(text).toMatch(/1\. Buy and assign licences[^\n]*\n[^\n]*2\. Add emergency addresses[^\n]*\n[^\n]*3\. Get phone numbers/);
    expect(headings(text)).toEqual([
      '1. Buy and assign licences',
      '2. Add emergency addresses',
      '3. Get phone numbers',
      '4. Assign numbers and locations',
      '5. Tell users their new number',
    ]);
    expect(text).toMatch(/PostalCode\s+sw1a2aa → SW1A 2AA/);
    expect(text).toContain('Emergency address: 10 Downing Street, London, ENG SW1A 2AA, GB (the only one)');
    expect(text).toContain('All five steps are done');
    // The numbers carry the address's default location, and the users got it with them.
    const rows = peek<{ upn: string; loc: string; origin: string; def: string }>(
      store,
      `SELECT u.upn, n.location_id AS loc, n.origin_location_id AS origin, (SELECT d.id FROM locations d WHERE d.is_default = 1 AND d.tenant_id = u.tenant_id) AS def
       FROM numbers n JOIN users u ON u.id = n.user_id ORDER BY u.upn`,
    );
    expect(rows.map((r) => r.upn)).toEqual(['ivy@fabrikam.co.uk', 'jon@fabrikam.co.uk']);
    expect(rows.every((r) => r.loc === r.def && r.origin === r.def)).toBe(true);
    expect(fs.readdirSync(out)).toHaveLength(2);
    // Contoso (the other tenant) saw none of it.
    expect(peek(store, "SELECT COUNT(*) AS n FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.name = 'Contoso'")).toEqual([{ n: 0 }]);

    const again = await runScripted(store, [ask.select('Walk a step again?', 0)], { tenant: 'Fabrikam' });
    expect(again.text).toContain('All five steps are done.');
    expect(again.result?.text).toMatch(/✔ done\s+2\. Add emergency addresses/);
    expect(again.result?.records.map((r) => r.State)).toEqual(['Done', 'Done', 'Done', 'Done', 'Done']);
  });

  it('resumes at the first pending step; done steps show as done', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com', '--usage-location', 'US']);
    await runScripted(store, [], { flags: ['--step', '1', '--buy', 'MCOEV=1,MCOPSTN1=1', '--users', 'all'] });
    const run = await runScripted(store, [ask.cancel('select', 'Inventory type')]);
    expect(run.text).toMatch(/✔ 1\. Buy and assign licences\s+1 of 1 users/);
    expect(run.text).toMatch(/❯○ 2\. Get phone numbers/);
    expect(run.text).toContain('Resuming at step 2: Get phone numbers.');
    expect(run.exitCode).toBe(130);
  });

  it('Ctrl+C in the middle of step 1: exit 130; what was bought stays bought, nothing is half-done', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com', '--usage-location', 'US']);
    await ok(store, ['add-user', 'b@contoso.com', '--usage-location', 'US']);
    const run = await runScripted(store, [
      ask.confirm('Buy licences?', true),
      ask.select('Which licence?', 'MCOEV'),
      ask.number('How many MCOEV units?', 2),
      ask.cancel('confirm', 'Buy more licences?'),
    ]);
    expect(run.exitCode).toBe(130);
    expect(peek(store, 'SELECT sku, active_units AS n FROM subscriptions')).toEqual([{ sku: 'MCOEV', n: 2 }]);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM user_licenses')).toEqual([{ n: 0 }]);
    expect(peek(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Buy-License'")).toEqual([{ n: 1 }]);
    expect(consistent(store)).toBe(true);
    // No transaction was left open: another command writes at once.
    expect((await cp(store, ['buy-license', '--sku', 'MCOPSTN1', '--quantity', '1'])).code).toBe(0);
  });

  it('a flag value that names nothing is said, and its question is asked instead', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com']);
    const run = await runScripted(
      store,
      [ask.input('Usage location for the 1 user without one', 'GB'), ask.confirm('Buy 1 MCOEV and 1 MCOPSTN1 and try again?', false)],
      {
        flags: ['--step', '1', '--buy', 'none', '--users', 'a@contoso.com,ghost@contoso.com', '--licenses', 'MCOEV,MCOPSTN1', '--usage-location', 'UK'],
      },
    );
    expect(run.text).toContain('Buy licences: none (--buy)');
    expect(run.text).toContain("--users: there is no user 'ghost@contoso.com'; skipped.");
    expect(run.text).toContain(
      "--usage-location: UsageLocation must be an ISO 3166-1 alpha-2 country code such as US or GB, not 'UK' (for United Kingdom use GB).",
    );
    expect(run.text).toContain('InsufficientLicenses');
    expect(peek(store, 'SELECT usage_location AS u FROM users')).toEqual([{ u: 'GB' }]);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM user_licenses')).toEqual([{ n: 0 }]);
  });
});

describe('wizard without a terminal', () => {
  it('the binary refuses with exit 2 and names the commands to use instead', () => {
    const store = path.join(tempDir(), 'fresh.db');
    const r = runBin(['wizard', '--store', store], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('callplan: WizardNeedsTerminal:');
    for (const cmd of ['buy-license', 'set-user-license', 'reserve', 'acquire', 'add-address', 'set-voice-user', 'notify-users'])
      expect(r.stderr).toContain(cmd);
    expect(r.stdout).toBe('');
  });
});
