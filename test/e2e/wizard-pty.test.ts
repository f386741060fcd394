// The real binary in a pseudo-terminal: a whole US setup typed through the wizard on a fresh store, then the store is
// checked. Also Ctrl+C at a prompt (exit 130). Needs the build (npm test runs it first).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import pty from 'node-pty';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';
import { tempDir } from '../helpers/store.js';

const KEY = { enter: '\r', down: '\x1b[B', ctrlC: '\x03' };

/** Terminal output without escape sequences (inquirer redraws with cursor moves). */
function plain(s: string): string {
  return s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][A-Za-z0-9]/g, '').replace(/\x1b[=>78]/g, '').replace(/\r/g, '');
}

/** A running wizard with expect(text) (waits for new output to contain text) and send(keys). */
function spawnWizard(args: string[], env: Record<string, string> = {}) {
  const term = pty.spawn(process.execPath, [BIN, 'wizard', ...args], {
    name: 'xterm-256color',
    cols: 120,
    rows: 40,
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TERM: 'xterm-256color', NO_COLOR: '1', CALLPLAN_NOW: '2026-11-26T09:00:00.000Z', ...env },
  });
  let all = '';
  let seen = 0;
  const waiters: (() => void)[] = [];
  term.onData((d) => {
    all += d;
    for (const w of waiters.splice(0)) w();
  });
  let ended: number | undefined;
  const exited = new Promise<number>((resolve) =>
    term.onExit((e) => {
      ended = e.exitCode;
      for (const w of waiters.splice(0)) w();
      resolve(e.exitCode);
    }),
  );
  return {
    /** Waits until the output after the last match contains `text`; fails after `ms` with what was seen. */
    async expect(text: string, ms = 15_000): Promise<void> {
      const deadline = Date.now() + ms;
      for (;;) {
        const out = plain(all);
        const at = out.indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          return;
        }
        if (ended !== undefined || Date.now() > deadline) {
          throw new Error(`${ended !== undefined ? `the wizard exited (${ended})` : 'timed out'} waiting for '${text}'. Output since the last match:\n${out.slice(seen)}`);
        }
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 200);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
    },
    send(keys: string): void {
      term.write(keys);
    },
    /** Waits until the terminal has been quiet for `ms` (a prompt that filters as you type has settled). */
    async quiet(ms = 250): Promise<void> {
      for (;;) {
        const before = all.length;
        await new Promise((r) => setTimeout(r, ms));
        if (all.length === before) return;
      }
    },
    /** Waits for the question, then answers it. */
    async answer(question: string, keys: string): Promise<void> {
      await this.expect(question);
      // Let the prompt finish rendering and take raw input before typing.
      await new Promise((r) => setTimeout(r, 60));
      term.write(keys);
    },
    exited,
    output: () => plain(all),
    kill: () => term.kill(),
  };
}

describe('wizard in a pseudo-terminal (the real binary)', () => {
  it('types through a whole US setup on a fresh store', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const store = path.join(dir, 'new', 'callplan.db');
    fs.mkdirSync(path.dirname(store));
    const csv = path.join(dir, 'users.csv');
    fs.writeFileSync(csv, 'UserPrincipalName,DisplayName,UsageLocation,Email\nken.myer@contoso.com,Ken Myer,US,ken.myer@contoso.com\nann.lee@contoso.com,Ann Lee,US,ann.lee@contoso.com\n');
    const eml = path.join(dir, 'messages');
    const w = spawnWizard(['--store', store]);
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
      expect(db.prepare("SELECT COUNT(*) AS n FROM user_licenses").get()).toEqual({ n: 4 });
    } finally {
      db.close();
    }
    expect(fs.readdirSync(eml).sort()).toEqual(['ann.lee@contoso.com.eml', 'ken.myer@contoso.com.eml']);
  });

  it('Ctrl+C at a prompt exits 130', { timeout: 60_000 }, async () => {
    const store = path.join(tempDir(), 'c.db');
    const w = spawnWizard(['--store', store]);
    try {
      await w.answer('CSV file of users', KEY.ctrlC);
      expect(await w.exited).toBe(130);
      expect(w.output()).toContain('callplan: Cancelled:');
    } finally {
      w.kill();
    }
  });
});
