// Telling users their number (step 5): pick the users, render one message each from the template, send them over a
// pooled SMTP transport (or write .eml files), and mark a user notified only once the server accepted their message.
// No write transaction is open while a message is on the wire: outcomes are recorded in small batches between sends.
// A run claims its users first (store/notify-claims.ts), so two runs at once never tell one user twice.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { iso, type Clock } from '../clock.js';
import type { Progress, Self } from '../deps.js';
import { checkFrom, describeDestination, type Destination } from '../notify/destination.js';
import { emlFileName, messageValues, oneLine } from '../notify/message.js';
import { loadTemplate, renderTemplate, type Template } from '../notify/template.js';
import type { WriteGuard } from '../files/output-file.js';
import { openSender, type Delivery, type Failure, type OutgoingMail } from '../notify/transport.js';
import { candidatesByIds, pendingCandidatesPage, primaryDomain, recordOutcomes, type NotifyCandidate, type NotifyOutcome } from '../store/notifications.js';
import { claimUsers, endClaimRun, releaseClaims, renewClaimRun, startClaimRun } from '../store/notify-claims.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import { resolveUsers } from '../store/users.js';

/** Which users to consider. */
export type NotifySelection = { kind: 'pending' } | { kind: 'identities'; identities: readonly string[] } | { kind: 'users'; userIds: readonly number[] };

/** One notify-users run. */
export interface NotifyRequest {
  selection: NotifySelection;
  destination: Destination;
  /** --from; default: Teams Phone <noreply@the tenant's primary domain>. */
  from?: string | undefined;
  /** --template FILE; default: fixtures/notify-template.json. */
  template?: string | undefined;
  /** Send also to users already told of their current number (with named identities). */
  force: boolean;
  whatIf: boolean;
  progress?: Progress | undefined;
  /** What .eml files may never be written over (the store, the run's inputs). */
  guard?: WriteGuard | undefined;
  /** This process: its pid marks the run's claims, and its probe tells a crashed run on this host from a live one. */
  self: Self;
}

/** The Result of a row. */
export type NotifyResult = 'Sent' | 'Written' | 'Unchanged' | 'NothingToSend' | 'WhatIf' | 'Skipped' | 'Failed';

/** One result row (the cmdlet's properties); a type, not an interface, so it is an output record as it is. */
export type NotifyRow = {
  Identity: string;
  Email: string;
  TelephoneNumber: string;
  Result: NotifyResult;
  ErrorId: string;
  Message: string;
};

/** The rows of a run and their counts. */
export interface NotifySummary {
  rows: NotifyRow[];
  counts: Partial<Record<NotifyResult, number>>;
  failed: number;
  from: string;
}

/** Result kinds in the order summaries list them. */
export const RESULT_ORDER: readonly NotifyResult[] = ['Sent', 'Written', 'Unchanged', 'NothingToSend', 'WhatIf', 'Skipped', 'Failed'];

const PAGE = 1000;
/**
 * At most this many outcomes wait to be recorded. Small, so that a crash mid-run leaves few accepted messages unrecorded
 * (those users would get their message again); WAL commits are cheap, and the lock is held only for the batch's rows.
 */
const RECORD_BATCH = 10;

/** The default sender: Teams Phone <noreply@primary domain>, where the primary domain is the one most users sign in with. */
export function defaultFrom(db: DB, tenant: Tenant): string {
  const slug = tenant.name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'tenant';
  return `Teams Phone <noreply@${primaryDomain(db, tenant.id) ?? `${slug}.onmicrosoft.com`}>`;
}

/** The domain of a From value (for Message-IDs). */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1]?.toLowerCase() ?? 'callplan.invalid';
}

interface Slot {
  row: NotifyRow;
  candidate?: NotifyCandidate & { number: string; email: string };
}

const row = (identity: string, email: string | null, number: string | null, result: NotifyResult, message: string, errorId = ''): NotifyRow => ({
  Identity: identity,
  Email: email ?? '',
  TelephoneNumber: number ? `+${number}` : '',
  Result: result,
  ErrorId: errorId,
  Message: message,
});

/** The candidates of a selection, in output order (an unknown identity is a UserNotFound row in its place). */
function select(db: DB, tenant: Tenant, s: NotifySelection): (NotifyCandidate | NotifyRow)[] {
  if (s.kind === 'pending') {
    const out: NotifyCandidate[] = [];
    let after = '';
    for (;;) {
      const page = pendingCandidatesPage(db, tenant.id, after, PAGE);
      out.push(...page.rows);
      if (page.rows.length < PAGE || page.lastKey === undefined) return out;
      after = page.lastKey;
    }
  }
  if (s.kind === 'users') {
    const byId = new Map(candidatesByIds(db, tenant.id, s.userIds).map((c) => [c.userId, c]));
    return [...new Set(s.userIds)].flatMap((id) => byId.get(id) ?? []);
  }
  const users = resolveUsers(db, tenant.id, s.identities);
  const byId = new Map(
    candidatesByIds(
      db,
      tenant.id,
      users.flatMap((u) => (u ? [u.id] : [])),
    ).map((c) => [c.userId, c]),
  );
  const seen = new Set<number>();
  return s.identities.flatMap((identity, i): (NotifyCandidate | NotifyRow)[] => {
    const u = users[i];
    if (!u)
      return [row(identity, null, null, 'Failed', `there is no user '${identity}' in this tenant (give a UPN, sip: address or ObjectId).`, 'UserNotFound')];
    if (seen.has(u.id)) return [];
    seen.add(u.id);
    const c = byId.get(u.id);
    return c ? [c] : [];
  });
}

/** Decides what to do with one candidate: a finished row, or a message to send. */
function judge(c: NotifyCandidate, force: boolean): Slot {
  if (!c.number) return { row: row(c.upn, c.email, null, 'NothingToSend', `${c.upn} holds no number; there is nothing to tell.`) };
  if (!c.pending && !force) {
    return {
      row: row(
        c.upn,
        c.email,
        c.number,
        'Unchanged',
        `${c.upn} was already told about +${c.number} and this emergency location${c.notifiedAt ? ` (${c.notifiedAt})` : ''}; --force sends again.`,
      ),
    };
  }
  if (!c.email) {
    return {
      row: row(
        c.upn,
        null,
        c.number,
        'Failed',
        `${c.upn} has no email address, so no message can go out; set one with set-user ${c.upn} --email ADDRESS.`,
        'NoEmailAddress',
      ),
    };
  }
  return { row: row(c.upn, c.email, c.number, 'WhatIf', ''), candidate: { ...c, number: c.number, email: c.email } };
}

/** Builds one user's message. */
function compose(t: Template, c: NonNullable<Slot['candidate']>, organisation: string, from: string, date: Date): OutgoingMail {
  const m = renderTemplate(t, messageValues(c, organisation));
  return {
    from,
    to: { name: oneLine(c.displayName), address: c.email.trim() },
    ...m,
    messageId: `<${randomUUID()}@${domainOf(from)}>`,
    date,
    fileName: emlFileName(c.upn),
  };
}

/** Applies a delivery to its row and returns the outcome to record. */
function settleSlot(slot: Slot, d: Delivery, kind: 'SMTP' | 'File'): NotifyOutcome {
  const c = slot.candidate!;
  if (d.ok) {
    slot.row.Result = kind === 'SMTP' ? 'Sent' : 'Written';
    slot.row.Message = kind === 'SMTP' ? `sent to ${c.email}${d.detail ? ` (${oneLine(d.detail)})` : ''}.` : `wrote ${d.detail}.`;
  } else {
    slot.row.Result = 'Failed';
    slot.row.ErrorId = d.errorId;
    slot.row.Message = `${d.message}${d.hint ? ` ${d.hint}` : ''}`;
  }
  return {
    userId: c.userId,
    upn: c.upn,
    transport: kind,
    recipient: c.email,
    number: c.number,
    locationRow: c.locationRow,
    locationId: c.locationId,
    before: { number: c.notifiedNumber, locationId: c.notifiedLocationId },
    result: d.ok ? (kind === 'SMTP' ? 'Sent' : 'Written') : 'Failed',
    messageId: d.ok ? d.messageId : null,
    error: d.ok ? null : `${d.errorId}: ${d.message}`,
    path: d.ok ? d.path : undefined,
  };
}

/** Sends (or writes) every pending message of the selection and records each outcome; never throws for a delivery failure. */
export async function notifyUsers(db: DB, tenant: Tenant, clock: Clock, req: NotifyRequest): Promise<NotifySummary> {
  // Everything that can be wrong with the request is found before the first message.
  const template = await loadTemplate(req.template);
  const from = req.from !== undefined ? checkFrom(req.from) : defaultFrom(db, tenant);
  const slots = select(db, tenant, req.selection).map((x): Slot => ('userId' in x ? judge(x, req.force) : { row: x }));
  const toSend = slots.filter((s) => s.candidate);

  if (req.whatIf) {
    const where = describeDestination(req.destination);
    for (const s of toSend) {
      const m = compose(template, s.candidate!, tenant.name, from, clock());
      s.row.Message =
        req.destination.kind === 'smtp'
          ? `would send "${m.subject}" to ${s.candidate!.email} through ${where}.`
          : `would write "${m.subject}" for ${s.candidate!.email} to ${where}/${m.fileName}.`;
    }
  } else if (toSend.length) {
    const runId = randomUUID();
    const claimed = writeTx(db, () => claim(db, tenant, clock, req.self, runId, toSend, !req.force));
    try {
      if (claimed.length) await deliver(db, tenant, clock, req, template, from, claimed, runId);
    } finally {
      writeTx(db, () => endClaimRun(db, runId));
    }
  }
  const rows = slots.map((s) => s.row);
  const counts: Partial<Record<NotifyResult, number>> = {};
  for (const r of rows) counts[r.Result] = (counts[r.Result] ?? 0) + 1;
  return { rows, counts, failed: counts.Failed ?? 0, from };
}

/** How long a run's claims outlive its last renewal (for a run on another host sharing the store), and how often it renews. */
export const CLAIM_LEASE_MS = 15 * 60_000;
const CLAIM_RENEW_MS = 60_000;
const leaseEnd = (at: Date) => iso(new Date(at.getTime() + CLAIM_LEASE_MS));

/** True when a run's process is known to be gone: it ran on this host and no process has its pid (Ctrl+C, kill -9). */
const processGone = (self: Self) => (r: { host: string; pid: number }) => r.host === hostname() && self.probe(r.pid) === 'gone';

/**
 * Starts a run and claims the users it is about to tell (one transaction), so a second notify-users run at the same
 * time leaves them alone. A user another live run holds is Skipped; one it told meanwhile is Unchanged.
 */
function claim(db: DB, tenant: Tenant, clock: Clock, self: Self, runId: string, toSend: readonly Slot[], checkTold: boolean): Slot[] {
  const now = clock();
  startClaimRun(db, tenant.id, { runId, host: hostname(), pid: self.pid }, iso(now), leaseEnd(now), processGone(self));
  const results = claimUsers(
    db,
    runId,
    toSend.map((s) => s.candidate!.userId),
    checkTold,
  );
  return toSend.filter((slot, i) => {
    const r = results[i]!;
    const upn = slot.candidate!.upn;
    if (r.kind === 'busy') {
      slot.row.Result = 'Skipped';
      slot.row.Message = `another notify-users run (process ${r.pid} on ${r.host}, started ${r.startedAt}) is telling ${upn} now; this run sent nothing to them.`;
    } else if (r.kind === 'told') {
      slot.row.Result = 'Unchanged';
      slot.row.Message = `${upn} was just told about +${slot.candidate!.number} by another notify-users run (${r.notifiedAt}); --force sends again.`;
    }
    return r.kind === 'claimed';
  });
}

/** The sending loop: a few messages in flight (the pool's connections), outcomes recorded every RECORD_BATCH. */
async function deliver(
  db: DB,
  tenant: Tenant,
  clock: Clock,
  req: NotifyRequest,
  template: Template,
  from: string,
  toSend: Slot[],
  runId: string,
): Promise<void> {
  const sender = await openSender(req.destination, req.guard ?? { inputs: [] });
  const outcomes: NotifyOutcome[] = [];
  const flush = () => {
    if (!outcomes.length) return;
    const batch = outcomes.splice(0);
    writeTx(db, () => {
      recordOutcomes(db, tenant.id, iso(clock()), batch);
      releaseClaims(
        db,
        runId,
        batch.map((o) => o.userId),
      );
    });
  };
  let renewed = clock().getTime();
  const renewIfDue = () => {
    const now = clock();
    if (now.getTime() - renewed < CLAIM_RENEW_MS) return;
    renewed = now.getTime();
    writeTx(db, () => renewClaimRun(db, runId, leaseEnd(now)));
  };
  try {
    let fatal: Failure | undefined = await sender.check();
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (!fatal && next < toSend.length) {
        const slot = toSend[next++]!;
        renewIfDue();
        const d = await sender.send(compose(template, slot.candidate!, tenant.name, from, clock()));
        if (!d.ok && d.fatal) fatal ??= d;
        outcomes.push(settleSlot(slot, d, sender.kind));
        if (outcomes.length >= RECORD_BATCH) flush();
        req.progress?.update(++done, toSend.length);
      }
    };
    if (!fatal) await Promise.all(Array.from({ length: Math.min(sender.parallel, toSend.length) }, worker));
    // After a failure that would fail every message (connection, TLS, sign-in, sender), the rest are not tried.
    const stopped = fatal;
    if (stopped) {
      for (const slot of toSend.slice(next)) {
        outcomes.push(settleSlot(slot, { ...stopped, message: `not sent: ${stopped.message}` }, sender.kind));
      }
    }
  } finally {
    flush();
    await sender.close();
  }
}
