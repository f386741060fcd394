// set-voice-user --notify: after the assignment, the users whose rows were Assigned get their message (through the same
// notify service, over $CALLPLAN_SMTP_URL); without an SMTP URL it is a usage error before anything changes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, tempDir } from '../helpers/store.js';
import { numberOf, voiceTenant, type VoiceTenant } from '../voice/fixtures.js';
import { closedPort, pendingUpns, startSmtp } from './smtp.js';

let t: VoiceTenant;
beforeEach(async () => {
  t = await voiceTenant();
  for (const u of ['ann', 'bob', 'cat']) expect((await cp(t.store, ['set-user', `${u}@contoso.com`, '--email', `${u}@contoso.com`])).code).toBe(0);
});

describe('set-voice-user --notify', () => {
  it('without CALLPLAN_SMTP_URL is a usage error and changes nothing', async () => {
    const r = await cp(t.store, [
      'Set-CsOnlineVoiceUser',
      '-Identity',
      'ann@contoso.com',
      '-TelephoneNumber',
      t.us[0]!,
      '-LocationID',
      t.usLocation,
      '-Notify',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^callplan: SmtpNotConfigured: --notify sends through the SMTP server in CALLPLAN_SMTP_URL, which is not set; nothing was changed\./);
    expect(numberOf(t.store, 'ann@contoso.com')).toBeNull();
  });

  it('-WhatIf -Notify needs no SMTP server and sends nothing', async () => {
    const r = await cp(t.store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation, '--notify', '--whatif']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('WhatIf');
  });

  it('tells the assigned user, and says so on stderr', async () => {
    const smtp = await startSmtp();
    const r = await cp(
      t.store,
      ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation2, '--notify', '-o', 'json'],
      {
        env: { CALLPLAN_SMTP_URL: smtp.url() },
      },
    );
    expect(r.code, r.err).toBe(0);
    expect(r.json<{ Result: string }[]>()[0]!.Result).toBe('Assigned');
    expect(r.err).toContain('--notify: 1 Sent.');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(['ann@contoso.com']);
    expect(smtp.received[0]!.mail.text).toContain('Building 64, Floor 1');
    expect(pendingUpns(t.store)).toEqual([]);
    // Unchanged rows send nothing.
    const again = await cp(t.store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation2, '--notify'], {
      env: { CALLPLAN_SMTP_URL: smtp.url() },
    });
    expect(again.out).toContain('Unchanged');
    expect(smtp.received).toHaveLength(1);
  });

  it('bulk: every Assigned row is told; a user without email fails the notification (exit 1) but keeps the number', async () => {
    const smtp = await startSmtp();
    const csv = path.join(tempDir(), 'assign.csv');
    fs.writeFileSync(
      csv,
      `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]},${t.usLocation}\nbob@contoso.com,${t.us[1]},${t.usLocation}\ndan@contoso.com,${t.us[2]},${t.usLocation}\n`,
    );
    const r = await cp(t.store, ['set-voice-user', '--csv', csv, '--notify'], { env: { CALLPLAN_SMTP_URL: smtp.url() } });
    expect(r.code).toBe(1);
    expect(r.err).toContain('3 Assigned.');
    expect(r.err).toContain('--notify: 2 Sent, 1 Failed.');
    expect(r.err).toMatch(/--notify: dan@contoso\.com: NoEmailAddress: /);
    expect(numberOf(t.store, 'dan@contoso.com')).toBe(t.us[2]!.slice(1));
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['ann@contoso.com', 'bob@contoso.com']);
    expect(pendingUpns(t.store)).toEqual(['dan@contoso.com']);
  });

  it('an unreachable server keeps the assignment, fails the notification, and leaves the user pending', async () => {
    const port = await closedPort();
    const r = await cp(t.store, ['set-voice-user', 'bob@contoso.com', '--telephone-number', t.us[1]!, '--location-id', t.usLocation, '--notify'], {
      env: { CALLPLAN_SMTP_URL: `smtp://127.0.0.1:${port}` },
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Assigned');
    expect(r.err).toMatch(/--notify: bob@contoso\.com: SmtpConnectionFailed: /);
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[1]!.slice(1));
    expect(pendingUpns(t.store)).toEqual(['bob@contoso.com']);
  });
});
