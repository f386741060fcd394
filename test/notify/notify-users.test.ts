// notify-users against a real SMTP server in the test process: what arrives (recipients, subject, both parts, the number
// in both formats, the emergency address), what is recorded, and that a user is told once per number and location.
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, exec, peek } from '../helpers/store.js';
import { peopleToTell, pendingUpns, startSmtp, type Received } from './smtp.js';

type Row = { Identity: string; Email: string; TelephoneNumber: string; Result: string; ErrorId: string; Message: string };
let t: Awaited<ReturnType<typeof peopleToTell>>;
beforeEach(async () => {
  t = await peopleToTell();
});

const notify = (args: string[], env: Record<string, string> = {}) => cp(t.store, ['notify-users', ...args, '-o', 'json'], { env });
const byRecipient = (received: Received[], address: string) => received.find((m) => m.to.includes(address));

describe('notify-users over SMTP', () => {
  it('sends one message per pending user: recipients, subject, text and HTML with the number in both formats and the address', async () => {
    const smtp = await startSmtp();
    const r = await notify([], { CALLPLAN_SMTP_URL: smtp.url() });
    expect(r.code, r.err).toBe(1); // cat has no email address
    const rows = r.json<Row[]>();
    expect(rows.map((x) => [x.Identity, x.Result, x.ErrorId])).toEqual([
      ['ann@contoso.com', 'Sent', ''],
      ['bob@contoso.com', 'Sent', ''],
      ['cat@contoso.com', 'Failed', 'NoEmailAddress'],
      ['gus@contoso.com', 'Sent', ''],
    ]);
    expect(r.err).toContain('3 Sent, 1 Failed.');
    expect(smtp.received).toHaveLength(3);
    expect(smtp.received.map((m) => m.to).sort()).toEqual([['ann@contoso.com'], ['bob@contoso.com'], ['gus@contoso.com']]);

    const ann = byRecipient(smtp.received, 'ann@contoso.com')!;
    const digits = t.annNumber.slice(1); // +1425555xxxx
    const intl = `+1 ${digits.slice(1, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
    const national = `(${digits.slice(1, 4)}) ${digits.slice(4, 7)}-${digits.slice(7)}`;
    expect(ann.mail.subject).toBe(`Your new phone number: ${intl}`);
    expect(ann.mail.from?.value[0]).toEqual({ name: 'Teams Phone', address: 'noreply@contoso.com' });
    expect(ann.from).toBe('noreply@contoso.com');
    expect(ann.mail.to && !Array.isArray(ann.mail.to) ? ann.mail.to.value[0] : undefined).toEqual({ name: 'Ann Beaker', address: 'ann@contoso.com' });
    const text = ann.mail.text!;
    const html = ann.mail.html as string;
    for (const part of [text, html]) {
      expect(part).toContain('Ann Beaker');
      expect(part).toContain('Contoso');
      expect(part).toContain(intl);
      expect(part).toContain(national);
      expect(part).toContain('Building 64, Floor 1'); // the location's name: not the address's default location
      expect(part).toContain('1 Microsoft Way');
      expect(part).toContain('Redmond, WA 98052');
      expect(part).toContain('United States');
      expect(part).toContain('above the dial pad');
    }
    expect(text).toContain('Settings > Tools > Options > Phones');
    expect(html).toContain('Settings &gt; Tools &gt; Options &gt; Phones');
    expect(html).toContain('Building 64, Floor 1<br>');
    expect(ann.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(ann.raw).toMatch(/Content-Type: text\/plain/i);
    expect(ann.raw).toMatch(/Content-Type: text\/html/i);

    // bob sits at the address's default location: no location line.
    const bob = byRecipient(smtp.received, 'bob@contoso.com')!;
    expect(bob.mail.text).not.toContain('Building 64');
    expect(bob.mail.text).toContain('1 Microsoft Way\nRedmond, WA 98052\nUnited States');
    // gus has a London number: the UK's formats and the address it came with.
    const gus = byRecipient(smtp.received, 'gus@contoso.com')!;
    expect(gus.mail.subject).toMatch(/^Your new phone number: \+44 20 \d{4} \d{4}$/);
    expect(gus.mail.text).toMatch(/020 \d{4} \d{4}/);
    expect(gus.mail.text).toContain('10 Downing Street');
    expect(gus.mail.text).toContain('SW1A 2AA');
    expect(gus.mail.text).toContain('United Kingdom');
  });

  it('marks a user notified only for the message the server accepted, with the Message-ID, and writes the audit log', async () => {
    const smtp = await startSmtp();
    await notify(['--smtp', smtp.url()]);
    expect(pendingUpns(t.store)).toEqual(['cat@contoso.com']);
    const sent = peek<{ upn: string; status: string; transport: string; recipient: string; number: string; message_id: string }>(
      t.store,
      'SELECT u.upn, nt.status, nt.transport, nt.recipient, nt.number, nt.message_id FROM notifications nt JOIN users u ON u.id = nt.user_id ORDER BY u.upn_key',
    );
    expect(sent.map((s) => [s.upn, s.status, s.transport, s.recipient])).toEqual([
      ['ann@contoso.com', 'Sent', 'SMTP', 'ann@contoso.com'],
      ['bob@contoso.com', 'Sent', 'SMTP', 'bob@contoso.com'],
      ['gus@contoso.com', 'Sent', 'SMTP', 'gus@contoso.com'],
    ]);
    expect(sent[0]!.number).toBe(t.annNumber.slice(1));
    expect(byRecipient(smtp.received, 'ann@contoso.com')!.mail.messageId).toBe(sent[0]!.message_id);
    const log = (await cp(t.store, ['get-audit-log', '--operation', 'Send-CallplanNotification', '-o', 'json'])).json<
      { Target: string; Result: string; After: { NotifiedNumber: string; MessageId: string } }[]
    >();
    expect(log.map((l) => [l.Target, l.Result])).toEqual([
      ['ann@contoso.com', 'Sent'],
      ['bob@contoso.com', 'Sent'],
      ['gus@contoso.com', 'Sent'],
    ]);
    expect(log[0]!.After).toMatchObject({ NotifiedNumber: t.annNumber, MessageId: sent[0]!.message_id });
  });

  it('a re-run sends nothing new; -Identity on a told user is Unchanged; -Force sends again', async () => {
    const smtp = await startSmtp();
    await notify(['--smtp', smtp.url()]);
    expect(smtp.received).toHaveLength(3);
    const again = await notify(['--smtp', smtp.url()]);
    expect(again.json<Row[]>().map((x) => [x.Identity, x.Result])).toEqual([['cat@contoso.com', 'Failed']]);
    expect(smtp.received).toHaveLength(3);
    const one = await notify(['--identity', 'ann@contoso.com,sip:bob@contoso.com', '--smtp', smtp.url()]);
    expect(one.code).toBe(0);
    expect(one.json<Row[]>().map((x) => x.Result)).toEqual(['Unchanged', 'Unchanged']);
    const forced = await notify(['--identity', 'ann@contoso.com', '--force', '--smtp', smtp.url()]);
    expect(forced.json<Row[]>()[0]!.Result).toBe('Sent');
    expect(smtp.received).toHaveLength(4);
  });

  it('a new number or a new emergency location makes the user pending again; only they get a message', async () => {
    const smtp = await startSmtp();
    await notify(['--smtp', smtp.url()]);
    expect((await cp(t.store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[3]!, '--location-id', t.usLocation2])).code).toBe(0);
    expect((await cp(t.store, ['set-voice-user', 'bob@contoso.com', '--location-id', t.usLocation2])).code).toBe(0);
    expect(pendingUpns(t.store)).toEqual(['ann@contoso.com', 'bob@contoso.com', 'cat@contoso.com']);
    const status = (await cp(t.store, ['status', '-o', 'json'])).json<{ Notifications: { Pending: number } }>();
    expect(status.Notifications.Pending).toBe(3);
    const r = await notify(['--all-pending', '--smtp', smtp.url()]);
    expect(r.json<Row[]>().map((x) => [x.Identity, x.Result])).toEqual([
      ['ann@contoso.com', 'Sent'],
      ['bob@contoso.com', 'Sent'],
      ['cat@contoso.com', 'Failed'],
    ]);
    expect(smtp.received).toHaveLength(5);
    expect(smtp.received[3]!.mail.subject).toContain(t.us[3]!.slice(2, 5));
    expect(smtp.received.slice(3).find((m) => m.to.includes('bob@contoso.com'))!.mail.text).toContain('Building 64, Floor 1');
  });

  it('a user without an email address is a NoEmailAddress row, not a crash; a user without a number has nothing to send', async () => {
    const smtp = await startSmtp();
    const r = await notify(['--identity', 'cat@contoso.com,dan@contoso.com,nobody@contoso.com', '--smtp', smtp.url()]);
    expect(r.code).toBe(1);
    expect(r.json<Row[]>().map((x) => [x.Identity, x.Result, x.ErrorId])).toEqual([
      ['cat@contoso.com', 'Failed', 'NoEmailAddress'],
      ['dan@contoso.com', 'NothingToSend', ''],
      ['nobody@contoso.com', 'Failed', 'UserNotFound'],
    ]);
    expect(r.json<Row[]>()[0]!.Message).toContain('set-user cat@contoso.com --email');
    expect(smtp.received).toHaveLength(0);
  });

  it('-WhatIf sends nothing and records nothing, and says what it would send', async () => {
    const smtp = await startSmtp();
    const auditBefore = peek<{ n: number }>(t.store, 'SELECT COUNT(*) AS n FROM audit_log')[0]!.n;
    const r = await notify(['--whatif', '--smtp', smtp.url()]);
    expect(r.json<Row[]>().map((x) => x.Result)).toEqual(['WhatIf', 'WhatIf', 'Failed', 'WhatIf']);
    expect(r.json<Row[]>()[0]!.Message).toMatch(/^would send "Your new phone number: \+1 425 .*" to ann@contoso.com through smtp:\/\/127\.0\.0\.1:\d+/);
    expect(smtp.received).toHaveLength(0);
    expect(smtp.connections).toBe(0);
    expect(peek(t.store, 'SELECT * FROM notifications')).toHaveLength(0);
    expect(peek<{ n: number }>(t.store, 'SELECT COUNT(*) AS n FROM audit_log')[0]!.n).toBe(auditBefore);
    expect(pendingUpns(t.store)).toHaveLength(4);
  });

  it('control characters in a stored display name never reach the headers', async () => {
    exec(t.store, "UPDATE users SET display_name = 'Ann' || char(13, 10) || 'Bcc: evil@example.com' WHERE upn_key = 'ann@contoso.com'");
    const smtp = await startSmtp();
    await notify(['--identity', 'ann@contoso.com', '--smtp', smtp.url()]);
    expect(smtp.received).toHaveLength(1);
    const m = smtp.received[0]!;
    expect(m.to).toEqual(['ann@contoso.com']);
    expect(m.mail.bcc).toBeUndefined();
    expect(m.raw).not.toMatch(/^Bcc:/im);
    expect(m.mail.to && !Array.isArray(m.mail.to) ? m.mail.to.value[0]!.name : '').toBe('Ann Bcc: evil@example.com');
  });

  it('uses --from, and the organisation name and display name are HTML-escaped in the HTML part', async () => {
    exec(t.store, "UPDATE users SET display_name = '<b>Ann</b> & Co' WHERE upn_key = 'ann@contoso.com'");
    const smtp = await startSmtp();
    const r = await notify(['--identity', 'ann@contoso.com', '--smtp', smtp.url(), '--from', 'Contoso IT <it@contoso.com>']);
    expect(r.code, r.err).toBe(0);
    const m = smtp.received[0]!;
    expect(m.from).toBe('it@contoso.com');
    expect(m.mail.from?.value[0]).toEqual({ name: 'Contoso IT', address: 'it@contoso.com' });
    expect(m.mail.html).toContain('&lt;b&gt;Ann&lt;/b&gt; &amp; Co');
    expect(m.mail.html).not.toContain('<b>Ann</b>');
    expect(m.mail.text).toContain('Hello <b>Ann</b> & Co,');
  });
});
