// The real binary in a pseudo-terminal: a whole US setup typed through the wizard on a fresh store, then the store is
// checked. Also Ctrl+C at a prompt (exit 130). Needs the build (npm test runs it first).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY, spawnPty } from '../helpers/pty.js';
import { tempDir } from '../helpers/store.js';

describe('wizard in a pseudo-terminal (the real binary)', () => {
  it('types through a whole US setup on a fresh store', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const store = path.join(dir, 'new', 'callplan.db');
    fs.mkdirSync(path.dirname(store));
    const csv = path.join(dir, 'users.csv');
    fs.writeFileSync(
      csv,
      'UserPrincipalName,DisplayName,UsageLocation,Email\nken.myer@contoso.com,Ken Myer,US,ken.myer@contoso.com\nann.lee@contoso.com,Ann Lee,US,ann.lee@contoso.com\n',
    );
    const eml = path.join(dir, 'messages');
    const w = spawnPty(['wizard', '--store', store]);
    try {
      await w.expect('callplan setup wizard · Contoso (United States)');
      await w.expect('○ 1. Buy and assign licences');
      // Step 1: import, buy, license.
      await w.answer('CSV file of users', `${csv}${KEY.enter}`);
      await w.expect('Imported 2 users');
      await w.answer('Buy licences? (Y/n)', KEY.enter);
      await w.answer('Which licence?', KEY.enter); // MCOEV
      await w.answer('How many MCOEV units? (2)', KEY.enter);
      await w.answer('Buy more licences? (Y/n)', KEY.enter);
      await w.answer('Which licence?', KEY.enter); // MCOPSTN1, still needed
      await w.answer('How many MCOPSTN1 units? (2)', KEY.enter);
      await w.answer('Buy more licences? (y/N)', KEY.enter);
      await w.answer('Users to give Phone System and a Calling Plan (2 of 2 picked)', KEY.enter);
      await w.expect('Gave MCOEV + MCOPSTN1 to 2 users.');
      // Step 2: Washington, Redmond, 2 numbers, acquire them.
      await w.answer('Inventory type', KEY.enter);
      await w.answer('Country or region', KEY.enter);
      await w.answer('State or region', KEY.down.repeat(6) + KEY.enter);
      await w.expect('State or region WA');
      await w.answer('City', KEY.down + KEY.enter);
      await w.expect('City Redmond');
      await w.answer('How many numbers? (12 more allowed', KEY.enter);
      await w.expect('Numbers to acquire — hold expires in 10m 00s (2 of 2 picked)');
      await w.answer('+1425', KEY.enter);
      await w.expect('Acquired 2 numbers');
      // Step 3: an address with a misspelt city, corrected and saved; a location.
      await w.answer('Company name (Contoso)', KEY.enter);
      await w.answer('Country or region', KEY.enter);
      await w.answer('House number', `1${KEY.enter}`);
      await w.answer('Street name', `Microsoft Way${KEY.enter}`);
      await w.answer('Street suffix', KEY.enter);
      await w.answer('? City', `Redmund${KEY.enter}`);
      await w.answer('State or province', `WA${KEY.enter}`);
      await w.answer('Postal code', `98052${KEY.enter}`);
      await w.answer('Description', KEY.enter);
      await w.expect('Address was updated:');
      await w.expect('Redmund → Redmond');
      await w.answer('Save this address? (Y/n)', KEY.enter);
      await w.answer('Add a location', `Building 64${KEY.enter}`);
      await w.expect("Location 'Building 64'");
      await w.answer('Add a location', KEY.enter);
      await w.answer('Add another address? (y/N)', KEY.enter);
      // Step 4: both users, the next free numbers, the location found by typing the city, what-if, apply.
      await w.answer('Users to give a number (2 of 2 picked)', KEY.enter);
      await w.answer('Which numbers?', KEY.enter);
      await w.answer('Emergency location for the US users', 'redm');
      await w.expect('Building 64');
      await w.quiet();
      w.send(KEY.down);
      await w.expect('❯ Redmond — 1 Microsoft Way, Redmond, WA 98052, US · Building 64');
      await w.quiet();
      w.send(KEY.enter);
      await w.expect('What if:');
      await w.answer('Assign 2 numbers as shown? (Y/n)', KEY.enter);
      await w.expect('Assigned 2 numbers');
      // Step 5: preview, .eml files.
      await w.expect('Subject: Your new phone number');
      await w.answer('How should the messages go out?', KEY.enter); // .eml files (no CALLPLAN_SMTP_URL)
      await w.answer('Folder for the .eml files', `${eml}${KEY.enter}`);
      await w.answer('Write 2 .eml files', KEY.enter);
      await w.expect('2 Written.');
      await w.expect('All five steps are done');
      expect(await w.exited).toBe(0);
    } finally {
      w.kill();
    }
    expect(w.output()).toMatch(/✔ done\s+5\. Tell users their new number/);

    const db = new Database(store, { readonly: true });
    try {
      const users = db
        .prepare(
          `SELECT u.upn, n.number, u.enterprise_voice AS ev, l.location, u.notified_number AS told, a.city
           FROM users u JOIN numbers n ON n.user_id = u.id JOIN locations l ON l.id = n.location_id JOIN addresses a ON a.id = l.address_id ORDER BY u.upn`,
        )
        .all() as { upn: string; number: string; ev: number; location: string; told: string; city: string }[];
      expect(users.map((u) => u.upn)).toEqual(['ann.lee@contoso.com', 'ken.myer@contoso.com']);
      for (const u of users) {
        expect(u.number).toMatch(/^1425\d{7}$/);
        expect(u.ev).toBe(1);
        expect(u.location).toBe('Building 64');
        expect(u.city).toBe('Redmond');
        expect(u.told).toBe(u.number);
      }
      expect(db.prepare('SELECT COUNT(*) AS n FROM user_licenses').get()).toEqual({ n: 4 });
    } finally {
      db.close();
    }
    expect(fs.readdirSync(eml).sort()).toEqual(['ann.lee@contoso.com.eml', 'ken.myer@contoso.com.eml']);
  });

  it('Ctrl+C at a prompt exits 130', { timeout: 60_000 }, async () => {
    const store = path.join(tempDir(), 'c.db');
    const w = spawnPty(['wizard', '--store', store]);
    try {
      await w.answer('CSV file of users', KEY.ctrlC);
      expect(await w.exited).toBe(130);
      expect(w.output()).toContain('callplan: Cancelled:');
    } finally {
      w.kill();
    }
  });
});
