// Step 5 with a scripted prompter: the preview of one user's message (the notify service's renderer), .eml files or
// SMTP, the results; users are marked notified.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, exec, newStore, peek, T0, tempDir } from '../helpers/store.js';
import { acquireNumbers, licensedUsers, ok, redmondAddress } from '../helpers/arrange.js';
import { runScripted } from './harness.js';
import { ask } from './scripted.js';

async function tenant() {
  const store = newStore();
  await licensedUsers(store, ['ann@contoso.com', 'bob@contoso.com']);
  const loc = await redmondAddress(store);
  const numbers = await acquireNumbers(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2']);
  await ok(store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', numbers[0]!, '--location-id', loc.building]);
  await ok(store, ['set-voice-user', 'bob@contoso.com', '--telephone-number', numbers[1]!, '--location-id', loc.defaultLocation]);
  return { store, numbers };
}

const notified = (store: string) => peek<{ upn: string; at: string | null }>(store, 'SELECT upn, notified_at AS at FROM users ORDER BY upn');

describe('wizard step 5: tell users', () => {
  it('previews the first message, writes .eml files, and marks the users notified', async () => {
    const { store, numbers } = await tenant();
    const dir = path.join(tempDir(), 'messages');
    const run = await runScripted(
      store,
      [ask.select('How should the messages go out?', 'file'), ask.input('Folder for the .eml files', dir), ask.confirm(`Write 2 .eml files to ${dir}?`, true)],
      { flags: ['--step', '5'] },
    );
    expect(run.exitCode).toBe(0);
    const text = run.text;
    expect(text).toContain('2 users to tell about a new number or emergency location.');
    expect(text).toContain('Preview — the message for ann@contoso.com');
    expect(text).toContain('Subject: Your new phone number: +1 425');
    expect(text).toContain('Building 64, Floor 1');
    expect(text).toContain('Settings > Tools > Options > Phones');
    expect(text.indexOf('Preview')).toBeLessThan(text.indexOf('? How should the messages go out?'));
    expect(text).toMatch(/ann@contoso\.com\s+ann@contoso\.com\s+\+1425\d+\s+Written/);
    expect(text).toContain('2 Written.');
    expect(fs.readdirSync(dir).sort()).toEqual(['ann@contoso.com.eml', 'bob@contoso.com.eml']);
    expect(fs.readFileSync(path.join(dir, 'ann@contoso.com.eml'), 'utf8')).toContain(numbers[0]!.slice(2, 5));
    expect(notified(store).every((u) => u.at !== null)).toBe(true);
  });

  it('the SMTP URL defaults to CALLPLAN_SMTP_URL; a declined send leaves everyone pending', async () => {
    const { store } = await tenant();
    const run = await runScripted(
      store,
      [
        ask.select('How should the messages go out?'),
        ask.input('SMTP server URL'),
        ask.confirm('Send 2 messages through smtp://relay.contoso.com:2525', false),
      ],
      { flags: ['--step', '5'], env: { CALLPLAN_SMTP_URL: 'smtp://relay.contoso.com:2525' } },
    );
    expect(run.text).toContain('Nothing sent.');
    expect(notified(store).every((u) => u.at === null)).toBe(true);
  });

  it('--out and --yes answer the questions', async () => {
    const { store } = await tenant();
    const dir = path.join(tempDir(), 'eml');
    const run = await runScripted(store, [], { flags: ['--step', '5', '--out', dir, '--yes'] });
    expect(run.prompter.asked).toEqual([]);
    expect(run.text).toContain(`Send to: ${dir} (--out)`);
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });

  it('a user another run is telling shows as Skipped with the reason, and stays pending', async () => {
    const { store } = await tenant();
    exec(
      store,
      "INSERT INTO notify_runs (run_id, tenant_id, host, pid, started_at, expires_at) VALUES ('other', 1, 'elsewhere', 4242, ?, ?)",
      T0,
      at(3_600_000),
    );
    exec(store, "INSERT INTO notify_claims (user_id, run_id) SELECT id, 'other' FROM users WHERE upn = 'bob@contoso.com'");
    const run = await runScripted(store, [], { flags: ['--step', '5', '--out', path.join(tempDir(), 'eml'), '--yes'] });
    expect(run.text).toMatch(/bob@contoso\.com\s+bob@contoso\.com\s+\+1425\d+\s+Skipped\s+another notify-users run \(process 4242 on elsewhere/);
    expect(run.text).toContain('1 Written, 1 Skipped. Another notify-users run is telling the skipped users right now; they stay pending until it has.');
    expect(notified(store).map((u) => [u.upn, u.at !== null])).toEqual([
      ['ann@contoso.com', true],
      ['bob@contoso.com', false],
    ]);
  });
});
