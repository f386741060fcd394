// 1,000 users told in one run over a pooled SMTP transport, checked by count; and status / get-notification agreeing.
import { describe, expect, it } from 'vitest';
import { cp, exec, peek } from '../helpers/store.js';
import { SMTP_POOL } from '../../src/notify/transport.js';
import { notifyTenant, pendingUpns, startSmtp } from './smtp.js';

describe('1,000 users in one run', () => {
  it('sends 1,000 messages over a few pooled connections and marks all 1,000 notified', async () => {
    const { store, upn } = notifyTenant(1000);
    const smtp = await startSmtp();
    const before = (await cp(store, ['status', '-o', 'json'])).json<{ Notifications: { Pending: number; Notified: number } }>();
    expect(before.Notifications).toEqual({ Pending: 1000, Notified: 0 });

    const r = await cp(store, ['notify-users', '--all-pending', '-o', 'json'], { env: { CALLPLAN_SMTP_URL: smtp.url() } });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('1,000 Sent.');
    const rows = r.json<{ Result: string }[]>();
    expect(rows).toHaveLength(1000);
    expect(rows.every((x) => x.Result === 'Sent')).toBe(true);
    expect(smtp.received).toHaveLength(1000);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(1000);
    expect(smtp.received.some((m) => m.to[0] === upn(999))).toBe(true);
    // Pooled: a few connections (plus the one that checks the server first), not one per message.
    expect(smtp.connections).toBeLessThanOrEqual(1 + Math.ceil(1000 / SMTP_POOL.maxMessages) + SMTP_POOL.maxConnections);

    expect(peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM notifications WHERE status = 'Sent'")[0]!.n).toBe(1000);
    expect(peek<{ n: number }>(store, 'SELECT COUNT(DISTINCT message_id) AS n FROM notifications')[0]!.n).toBe(1000);
    expect(peek<{ n: number }>(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Send-CallplanNotification' AND result = 'Sent'")[0]!.n).toBe(
      1000,
    );
    expect(pendingUpns(store)).toHaveLength(0);
    const after = (await cp(store, ['status', '-o', 'json'])).json<{
      Steps: { Step: number; State: string }[];
      Notifications: { Pending: number; Notified: number };
    }>();
    expect(after.Notifications).toEqual({ Pending: 0, Notified: 1000 });
    expect(after.Steps.find((s) => s.Step === 5)!.State).toBe('Done');

    // A table of more than 100 rows lists only failures and a count.
    const again = await cp(store, ['notify-users', '--all-pending'], { env: { CALLPLAN_SMTP_URL: smtp.url() } });
    expect(again.code).toBe(0);
    expect(again.err).toContain('nobody is waiting for a message');
    expect(smtp.received).toHaveLength(1000);
  });

  it('status, get-notification and notify-users agree on who is pending', async () => {
    const { store, upn } = notifyTenant(30, { emails: false });
    exec(store, "UPDATE users SET email = upn WHERE upn <= 'user0000019@contoso.com'");
    const out = await cp(store, ['notify-users', '--out', `${store}.messages`, '-o', 'json']);
    expect(out.code).toBe(1);
    const counts = out
      .json<{ Result: string; ErrorId: string }[]>()
      .reduce<Record<string, number>>((a, r) => ((a[r.ErrorId || r.Result] = (a[r.ErrorId || r.Result] ?? 0) + 1), a), {});
    expect(counts).toEqual({ Written: 20, NoEmailAddress: 10 });
    const status = (await cp(store, ['status', '-o', 'json'])).json<{
      Steps: { Step: number; State: string; Detail: string }[];
      Notifications: { Pending: number };
    }>();
    expect(status.Notifications.Pending).toBe(10);
    expect(status.Steps.find((s) => s.Step === 5)).toMatchObject({ State: 'Pending', Detail: '10 users still to tell; 20 told' });
    const pending = (await cp(store, ['get-notification', '--pending', '-o', 'json'])).json<{ Identity: string; Status: string; Error: string }[]>();
    expect(pending).toHaveLength(10);
    expect(pending[0]).toMatchObject({ Identity: upn(20), Status: 'Pending', Error: expect.stringMatching(/^NoEmailAddress: /) as unknown });
    const sent = (await cp(store, ['get-notification', '--sent', '--first', '5', '-o', 'json'])).json<
      { Status: string; Transport: string; MessageId: string }[]
    >();
    expect(sent).toHaveLength(5);
    expect(sent.every((s) => s.Status === 'Sent' && s.Transport === 'File' && /^<.+@contoso\.com>$/.test(s.MessageId))).toBe(true);
    const text = await cp(store, ['get-notification', '--first', '5']);
    expect(text.err).toContain('showing 5 of 30 rows');
    const table = await cp(store, ['status']);
    expect(table.out).toMatch(/Told of their number\s.*10 pending/);
  });
});
