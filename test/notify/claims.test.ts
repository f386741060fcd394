// Two notify-users runs at once never tell one user twice: a run claims its users first, under a lease it renews while
// sending; another run skips them. A killed run's claims lapse with its lease.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS } from '../../src/services/notify.js';
import { claimUsers, startClaimRun } from '../../src/store/notify-claims.js';
import { runBinAsync } from '../helpers/bin.js';
import { at, cp, exec, peek, T0, testDeps } from '../helpers/store.js';
import { notifyTenant, pendingUpns, startSmtp } from './smtp.js';

interface Row {
  Identity: string;
  Result: string;
  Message: string;
}

/** Another run (by default a process on another host sharing the store), started at `startedAt`, holding `upns` until `expiresAt`. */
function otherRun(
  store: string,
  upns: string[],
  startedAt: string,
  expiresAt: string,
  where: { host: string; pid: number } = { host: 'elsewhere', pid: 4242 },
): void {
  exec(
    store,
    "INSERT INTO notify_runs (run_id, tenant_id, host, pid, started_at, expires_at) VALUES ('other', 1, ?, ?, ?, ?)",
    where.host,
    where.pid,
    startedAt,
    expiresAt,
  );
  for (const upn of upns) exec(store, "INSERT INTO notify_claims (user_id, run_id) SELECT id, 'other' FROM users WHERE upn = ?", upn);
}

const runs = (store: string) => peek<{ run_id: string }>(store, 'SELECT run_id FROM notify_runs').map((r) => r.run_id);

describe('notify-users claims', () => {
  it('a user another live run is telling is Skipped (exit 0); the rest are sent; the other run keeps its claim', async () => {
    const { store, upn } = notifyTenant(5);
    otherRun(store, [upn(1), upn(3)], at(-60_000), at(CLAIM_LEASE_MS));
    const smtp = await startSmtp();
    const r = await cp(store, ['notify-users', '--all-pending', '-o', 'json'], { env: { CALLPLAN_SMTP_URL: smtp.url() } });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('3 Sent, 2 Skipped.');
    const rows = r.json<Row[]>();
    expect(rows.map((x) => x.Result)).toEqual(['Sent', 'Skipped', 'Sent', 'Skipped', 'Sent']);
    expect(rows[1]!.Message).toBe(
      `another notify-users run (process 4242 on elsewhere, started ${at(-60_000)}) is telling ${upn(1)} now; this run sent nothing to them.`,
    );
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual([upn(0), upn(2), upn(4)]);
    expect(pendingUpns(store)).toEqual([upn(1), upn(3)]);
    expect(runs(store)).toEqual(['other']);
    expect(peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM notify_claims')[0]!.n).toBe(2);
  });

  it('the claims of a run whose lease lapsed (it was killed) are void, and are cleared', async () => {
    const { store, upn } = notifyTenant(3);
    otherRun(store, [upn(0), upn(1), upn(2)], at(-CLAIM_LEASE_MS - 60_000), at(-60_000));
    const r = await cp(store, ['notify-users', '--out', `${store}.eml`, '-o', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(r.json<Row[]>().map((x) => x.Result)).toEqual(['Written', 'Written', 'Written']);
    expect(runs(store)).toEqual([]);
    expect(peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM notify_claims')[0]!.n).toBe(0);
  });

  it('a run of this host whose process is gone (Ctrl+C, kill -9) holds nothing; one whose process lives does', async () => {
    const { store, upn } = notifyTenant(2);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    otherRun(store, [upn(0), upn(1)], T0, at(CLAIM_LEASE_MS), { host: hostname(), pid: dead });
    const r = await cp(store, ['notify-users', '--out', `${store}.eml`, '-o', 'json']);
    expect(r.json<Row[]>().map((x) => x.Result)).toEqual(['Written', 'Written']);
    expect(runs(store)).toEqual([]);

    const live = notifyTenant(2);
    otherRun(live.store, [live.upn(0)], T0, at(CLAIM_LEASE_MS), { host: hostname(), pid: process.pid });
    const held = await cp(live.store, ['notify-users', '--out', `${live.store}.eml`, '-o', 'json']);
    expect(held.json<Row[]>().map((x) => x.Result)).toEqual(['Skipped', 'Written']);
  });

  it('-WhatIf claims nothing, and a finished run leaves no claims behind', async () => {
    const { store } = notifyTenant(3);
    otherRun(store, [], T0, at(CLAIM_LEASE_MS));
    const preview = await cp(store, ['notify-users', '--out', `${store}.eml`, '-WhatIf', '-o', 'json']);
    expect(preview.json<Row[]>().map((x) => x.Result)).toEqual(['WhatIf', 'WhatIf', 'WhatIf']);
    expect(runs(store)).toEqual(['other']);
    await cp(store, ['notify-users', '--out', `${store}.eml`]);
    expect(runs(store)).toEqual(['other']);
    expect(peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM notify_claims')[0]!.n).toBe(0);
  });

  it('a user another run told meanwhile is not claimed (unless --force); one it holds is busy', async () => {
    const { store, upn } = notifyTenant(3);
    otherRun(store, [upn(2)], T0, at(CLAIM_LEASE_MS));
    await cp(store, ['notify-users', '--identity', upn(0), '--out', `${store}.eml`]);
    const { db } = await testDeps(store);
    const id = (u: string) => peek<{ id: number }>(store, 'SELECT id FROM users WHERE upn = ?', u)[0]!.id;
    startClaimRun(db, 1, { runId: 'mine', host: 'here', pid: 1 }, T0, at(CLAIM_LEASE_MS), () => false);
    expect(claimUsers(db, 'mine', [id(upn(0)), id(upn(1)), id(upn(2))], true)).toEqual([
      { kind: 'told', notifiedAt: T0 },
      { kind: 'claimed' },
      { kind: 'busy', host: 'elsewhere', pid: 4242, startedAt: T0 },
    ]);
    expect(claimUsers(db, 'mine', [id(upn(0))], false)).toEqual([{ kind: 'claimed' }]);
    db.close();
  });

  it('two processes at once over a slow SMTP server tell each of 200 users exactly once', { timeout: 60_000 }, async () => {
    const { store } = notifyTenant(200);
    const smtp = await startSmtp({ delayMs: 5 });
    const env = { CALLPLAN_SMTP_URL: smtp.url(), CALLPLAN_NOW: T0 };
    const [a, b] = await Promise.all([0, 1].map(() => runBinAsync(['notify-users', '--store', store, '--all-pending', '-o', 'json'], { env })));
    for (const r of [a!, b!]) expect(r.code, r.stderr).toBe(0);
    const results = [a!, b!].flatMap((r) => (r.stdout.trim() ? (JSON.parse(r.stdout) as Row[]) : []));
    expect(results.filter((x) => x.Result === 'Sent')).toHaveLength(200);
    expect(results.every((x) => ['Sent', 'Skipped', 'Unchanged'].includes(x.Result))).toBe(true);
    expect(smtp.received).toHaveLength(200);
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(200);
    expect(pendingUpns(store)).toEqual([]);
    expect(runs(store)).toEqual([]);
  });
});
