// When the SMTP server cannot be reached, refuses the sign-in or a recipient, or offers a certificate nobody trusts:
// per-user Failed rows with stable ErrorIds, exit code 1, and the users stay pending. And the usage errors up front.
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, peek } from '../helpers/store.js';
import { closedPort, peopleToTell, pendingUpns, startSmtp } from './smtp.js';

type Row = { Identity: string; Email: string; TelephoneNumber: string; Result: string; ErrorId: string; Message: string };
let t: Awaited<ReturnType<typeof peopleToTell>>;
beforeEach(async () => {
  t = await peopleToTell();
});

const notify = (args: string[], env: Record<string, string> = {}) => cp(t.store, ['notify-users', ...args, '-o', 'json'], { env });
const results = (rows: Row[]) => rows.map((r) => [r.Identity, r.Result, r.ErrorId]);
const ALL = ['ann@contoso.com', 'bob@contoso.com', 'cat@contoso.com', 'gus@contoso.com'];

describe('delivery failures', () => {
  it('a refused connection fails every user with SmtpConnectionFailed; nobody is marked notified', async () => {
    const port = await closedPort();
    const r = await notify(['--identity', 'ann@contoso.com,bob@contoso.com', '--smtp', `smtp://127.0.0.1:${port}`]);
    expect(r.code).toBe(1);
    expect(results(r.json<Row[]>())).toEqual([
      ['ann@contoso.com', 'Failed', 'SmtpConnectionFailed'],
      ['bob@contoso.com', 'Failed', 'SmtpConnectionFailed'],
    ]);
    expect(r.json<Row[]>()[0]!.Message).toMatch(new RegExp(`ECONNREFUSED 127\\.0\\.0\\.1:${port}`));
    expect(pendingUpns(t.store)).toEqual(ALL);
    expect(peek<{ status: string }>(t.store, 'SELECT status FROM notifications').map((x) => x.status)).toEqual(['Failed', 'Failed']);
    const log = (await cp(t.store, ['get-audit-log', '--operation', 'Send-CallplanNotification', '-o', 'json'])).json<{ Result: string }[]>();
    expect(log.map((l) => l.Result)).toEqual(['Failed', 'Failed']);
    // get-notification shows the attempt and the user still pending with the error.
    const listed = (await cp(t.store, ['get-notification', '--identity', 'ann@contoso.com', '-o', 'json'])).json<{ Status: string; Error: string | null }[]>();
    expect(listed.map((l) => l.Status)).toEqual(['Failed', 'Pending']);
    expect(listed[1]!.Error).toMatch(/^SmtpConnectionFailed: /);
  });

  it('a refused sign-in fails every user with SmtpAuthFailed; the right password sends', async () => {
    const smtp = await startSmtp({ auth: { user: 'relay', pass: 's3cret' } });
    const bad = await notify([], { CALLPLAN_SMTP_URL: smtp.url('relay:wrong') });
    expect(bad.code).toBe(1);
    expect(results(bad.json<Row[]>())).toEqual([
      ['ann@contoso.com', 'Failed', 'SmtpAuthFailed'],
      ['bob@contoso.com', 'Failed', 'SmtpAuthFailed'],
      ['cat@contoso.com', 'Failed', 'NoEmailAddress'],
      ['gus@contoso.com', 'Failed', 'SmtpAuthFailed'],
    ]);
    expect(bad.json<Row[]>()[0]!.Message).toContain('535');
    expect(bad.err + bad.out).not.toContain('wrong'); // the password never shows
    expect(smtp.received).toHaveLength(0);
    expect(pendingUpns(t.store)).toEqual(ALL);

    const none = await notify([], { CALLPLAN_SMTP_URL: smtp.url() });
    expect(none.json<Row[]>()[0]!.ErrorId).toBe('SmtpAuthFailed'); // 530 authentication required

    const good = await notify([], { CALLPLAN_SMTP_URL: smtp.url('relay:s3cret') });
    expect(results(good.json<Row[]>()).filter((x) => x[1] === 'Sent')).toHaveLength(3);
    expect(smtp.received).toHaveLength(3);
    expect(pendingUpns(t.store)).toEqual(['cat@contoso.com']);
  });

  it('a rejected recipient fails that user (RecipientRejected, still pending); the others are sent', async () => {
    const smtp = await startSmtp({ rejectRecipient: (a) => a === 'bob@contoso.com' });
    const r = await notify(['--smtp', smtp.url()]);
    expect(r.code).toBe(1);
    expect(results(r.json<Row[]>())).toEqual([
      ['ann@contoso.com', 'Sent', ''],
      ['bob@contoso.com', 'Failed', 'RecipientRejected'],
      ['cat@contoso.com', 'Failed', 'NoEmailAddress'],
      ['gus@contoso.com', 'Sent', ''],
    ]);
    expect(r.json<Row[]>()[1]!.Message).toContain('550 No such user here: bob@contoso.com');
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(['ann@contoso.com', 'gus@contoso.com']);
    expect(pendingUpns(t.store)).toEqual(['bob@contoso.com', 'cat@contoso.com']);
    // Once the server takes bob's mail, a re-run sends only to him.
    const smtp2 = await startSmtp();
    const again = await notify(['--smtp', smtp2.url()]);
    expect(results(again.json<Row[]>())).toEqual([
      ['bob@contoso.com', 'Sent', ''],
      ['cat@contoso.com', 'Failed', 'NoEmailAddress'],
    ]);
  });

  it('STARTTLS with a certificate nobody trusts fails with SmtpTlsFailed, unless the URL allows it', async () => {
    const smtp = await startSmtp({ starttls: true });
    const r = await notify(['--identity', 'ann@contoso.com', '--smtp', smtp.url()]);
    expect(r.code).toBe(1);
    expect(results(r.json<Row[]>())).toEqual([['ann@contoso.com', 'Failed', 'SmtpTlsFailed']]);
    expect(r.json<Row[]>()[0]!.Message).toContain('tls.rejectUnauthorized=false');
    const ok = await notify(['--identity', 'ann@contoso.com', '--smtp', `${smtp.url()}?tls.rejectUnauthorized=false`]);
    expect(ok.code, ok.out).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });
});

describe('usage errors (exit 2, nothing sent)', () => {
  it('no destination names both --smtp and --out; both at once conflict', async () => {
    const none = await cp(t.store, ['notify-users']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^callplan: DestinationRequired: .*--smtp URL \(or set CALLPLAN_SMTP_URL\).*--out DIR/);
    const both = await cp(t.store, ['notify-users', '--smtp', 'smtp://localhost', '--out', '/tmp/x']);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/^callplan: ConflictingParameters: give -Smtp URL or -Out DIR, not both/);
  });

  it('a malformed SMTP URL is refused without showing its password', async () => {
    const r = await cp(t.store, ['notify-users', '--smtp', 'http://u:topsecret@mail.contoso.com']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^callplan: InvalidSmtpUrl: -Smtp must start with smtp:\/\/ or smtps:\/\//);
    const env = await cp(t.store, ['notify-users'], { env: { CALLPLAN_SMTP_URL: 'mail.contoso.com' } });
    expect(env.code).toBe(2);
    expect(env.err).toMatch(/^callplan: InvalidSmtpUrl: CALLPLAN_SMTP_URL /);
    expect(env.err + r.err).not.toContain('topsecret');
  });

  it('-Identity with -AllPending, -Force without -Identity, and a malformed -From are refused', async () => {
    expect((await cp(t.store, ['notify-users', '--identity', 'ann@contoso.com', '--all-pending', '--out', '/tmp/x'])).err).toMatch(/ConflictingParameters/);
    expect((await cp(t.store, ['notify-users', '--force', '--out', '/tmp/x'])).code).toBe(2);
    const from = await cp(t.store, ['notify-users', '--out', '/tmp/x', '--from', 'not an address']);
    expect(from.code).toBe(2);
    expect(from.err).toMatch(/^callplan: InvalidValue: -From must be an address/);
  });

  it('accepts the PowerShell spelling', async () => {
    const smtp = await startSmtp();
    const r = await cp(t.store, ['Send-CallplanNotification', '-Identity', 'ann@contoso.com', '-SmtpUrl', smtp.url(), '-WhatIf']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('WhatIf');
  });
});
