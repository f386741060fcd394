// Assigning numbers and emergency locations to users (Set-CsOnlineVoiceUser), one request or a whole file: every row is
// checked — alone and across rows — before anything changes, then the batch is applied in one transaction.
import { forEachChunk, runBatch, finishBatch, type BatchRun, type BatchSummary, type BulkMode } from './bulk.js';
import { IdBits } from '../domain/id-bits.js';
import { iso } from '../clock.js';
import type { Progress } from '../deps.js';
import { parseNumberInput } from '../domain/phone.js';
import { planVoiceRequest, type VoiceNumberFacts, type VoicePlan } from '../domain/voice.js';
import type { DB } from '../store/open.js';
import { expireHolds } from '../store/reservations.js';
import type { Tenant } from '../store/tenants.js';
import {
  applyBatch,
  assignedUserIds,
  createBatch,
  crossRowChecks,
  currentNumbers,
  freeNumbersPage,
  insertPlans,
  locationFactsMany,
  nextFreeRows,
  numberFacts,
  plannedNumberIds,
  resolveVoiceUsers,
  resultsPage,
  savePlan,
  type BatchResult,
  type CrossRowHints,
  type RawRequest,
  type RowPlan,
  VOICE_RESULT_SQL,
} from '../store/voice-batch.js';

/** How a batch runs. */
export interface VoiceRunOptions extends BulkMode<BatchResult> {
  /** --next-free: rows without a number get the next unassigned one (optionally within a city or digit prefix). */
  nextFree?: { cityCode?: string | undefined; prefix?: string | undefined } | undefined;
  progress?: Progress | undefined;
}

/** Counts of a finished batch. */
export type VoiceSummary = BatchSummary;

/** A finished set-voice-user batch: its rows, and the users its Assigned rows gave a number (for --notify). */
export type VoiceBatch = BatchRun<BatchResult> & { assignedUserIds(): number[] };

const CHUNK = 5000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a request's number: undefined (not given, or '' / $null = remove) or digits; a malformed one is a failed plan. */
function numberOf(raw: string | undefined): { digits: string | undefined; problem?: VoicePlan } {
  if (raw === undefined || raw.trim() === '' || /^\$null$/i.test(raw.trim())) return { digits: undefined };
  const p = parseNumberInput(raw);
  return p.ok ? { digits: p.digits } : { digits: undefined, problem: { status: 'failed', errorId: 'InvalidNumber', message: p.message } };
}

/** True when a request asks for the next free number (with --next-free and no number of its own). */
function wantsNextFree(r: RawRequest, opts: VoiceRunOptions): boolean {
  return opts.nextFree !== undefined && (r.number === undefined || r.number.trim() === '');
}

/** A location cell as a LocationId key (lower case), or undefined. */
function locationKey(raw: string | null | undefined): string | undefined {
  const t = raw?.trim();
  return t ? t.toLowerCase() : undefined;
}

/** What the planner has seen so far, to tell which cross-row checks are needed (a bit per id: memory stays flat). */
class Seen {
  readonly hints: CrossRowHints = { users: false, numbers: false, holders: false };
  private users = new IdBits();
  private numbers = new IdBits();

  /** Notes a planned row. */
  note(p: RowPlan): void {
    const userId = p.user?.id;
    if (userId !== undefined && this.users.testAndSet(userId)) this.hints.users = true;
    if (p.plan === 'nextfree') return;
    if (p.plan.status === 'plan' && p.plan.holderId !== null) this.hints.holders = true;
    const held = p.plan.status === 'plan' ? p.plan.newNumberId : p.keptNumberId;
    if (held !== null && held !== undefined && this.numbers.testAndSet(held)) this.hints.numbers = true;
  }
}

/** Plans a chunk of requests with a handful of set queries and stores the plans. */
function planChunk(db: DB, tenant: Tenant, rows: readonly RawRequest[], opts: VoiceRunOptions, seen: Seen): void {
  const users = resolve(db, tenant, rows);
  const digits = rows.map((r) => numberOf(r.number).digits).filter((d): d is string => d !== undefined);
  const numbers = numberFacts(db, tenant.id, digits);
  const current = currentNumbers(
    db,
    tenant.id,
    [...users.values()].map((u) => u.id),
  );
  const locIds = rows.map((r) => locationKey(r.location)).filter((x): x is string => !!x && GUID.test(x));
  const locations = locationFactsMany(db, tenant.id, locIds);
  const out: RowPlan[] = [];
  for (const r of rows) {
    const user = r.errorId ? undefined : users.get(r.identity);
    const loc = locationKey(r.location);
    if (r.errorId) {
      out.push({ req: r, plan: { status: 'failed', errorId: r.errorId, message: r.message ?? 'failed.' }, user, locationId: loc });
      continue;
    }
    if (wantsNextFree(r, opts) && user) {
      out.push({ req: r, plan: 'nextfree', user, locationId: loc });
      continue;
    }
    const { digits: d, problem } = numberOf(r.number);
    const cur = user ? current.get(user.id) : undefined;
    const plan =
      problem ??
      planVoiceRequest({
        identity: r.identity,
        user,
        numberGiven: r.number !== undefined,
        digits: d,
        number: d ? numbers.get(d) : undefined,
        current: cur,
        locationGiven: loc,
        location: loc ? locations.get(loc) : undefined,
        force: r.force,
      });
    out.push({
      req: r,
      plan,
      user,
      newDigits: d ?? (plan.status === 'plan' && plan.kind === 'location' ? cur?.digits : undefined),
      oldDigits: cur?.digits,
      locationId: loc,
      keptNumberId: plan.status === 'unchanged' ? cur?.id : undefined,
    });
  }
  for (const p of out) seen.note(p);
  insertPlans(db, out);
}

/** Resolves the identities of a chunk. */
function resolve(db: DB, tenant: Tenant, rows: readonly { identity: string }[]) {
  return resolveVoiceUsers(
    db,
    tenant.id,
    rows.map((r) => r.identity),
  );
}

/** Gives each --next-free row the next unassigned number of its user's country (skipping numbers other rows take). */
function planNextFree(db: DB, tenant: Tenant, opts: VoiceRunOptions): void {
  const waiting = nextFreeRows(db);
  if (!waiting.length) return;
  const taken = plannedNumberIds(db);
  // One cursor per country over the tenant's unassigned numbers, read a page at a time in number order.
  const cursors = new Map<string, { after: string; buffer: VoiceNumberFacts[]; done: boolean }>();
  const next = (country: string): VoiceNumberFacts | undefined => {
    let c = cursors.get(country);
    if (!c) cursors.set(country, (c = { after: '', buffer: [], done: false }));
    for (;;) {
      if (!c.buffer.length) {
        if (c.done) return undefined;
        const page = freeNumbersPage(db, tenant.id, country, c.after, opts.nextFree ?? {}, 1000);
        if (page.length < 1000) c.done = true;
        if (!page.length) return undefined;
        c.after = page[page.length - 1]!;
        const facts = numberFacts(db, tenant.id, page);
        c.buffer = page.map((d) => facts.get(d)!);
      }
      const f = c.buffer.shift()!;
      if (!taken.has(f.id)) {
        taken.add(f.id);
        return f;
      }
    }
  };
  for (let i = 0; i < waiting.length; i += CHUNK) {
    const rows = waiting.slice(i, i + CHUNK);
    const users = resolve(db, tenant, rows);
    const current = currentNumbers(
      db,
      tenant.id,
      [...users.values()].map((u) => u.id),
    );
    const locIds = rows.map((r) => locationKey(r.location_raw)).filter((x): x is string => !!x && GUID.test(x));
    const locations = locationFactsMany(db, tenant.id, locIds);
    for (const r of rows) {
      const user = users.get(r.identity)!;
      const loc = locationKey(r.location_raw);
      const cur = current.get(user.id);
      if (!user.usageLocation) {
        savePlan(
          db,
          r.row,
          { status: 'failed', errorId: 'UsageLocationRequired', message: `${user.upn} has no usage location, so no next free number can be chosen.` },
          user,
          { locationId: loc },
        );
        continue;
      }
      const n = next(user.usageLocation);
      if (!n) {
        const scope = [opts.nextFree?.cityCode, opts.nextFree?.prefix && `starting ${opts.nextFree.prefix}`].filter(Boolean).join(', ');
        savePlan(
          db,
          r.row,
          {
            status: 'failed',
            errorId: 'NoFreeNumber',
            message: `the tenant has no unassigned ${user.usageLocation} user number left${scope ? ` (${scope})` : ''} for ${user.upn}.`,
          },
          user,
          { locationId: loc },
        );
        continue;
      }
      const plan = planVoiceRequest({
        identity: r.identity,
        user,
        numberGiven: true,
        digits: n.digits,
        number: n,
        current: cur,
        locationGiven: loc,
        location: loc ? locations.get(loc) : undefined,
        force: r.force === 1,
      });
      savePlan(db, r.row, plan, user, { newDigits: n.digits, oldDigits: cur?.digits, locationId: loc });
    }
  }
}

/**
 * Reads the requests, checks every one — alone and across rows — and, unless told otherwise, applies them: all in one
 * IMMEDIATE transaction, so nothing another process does can slip between the check and the change. The plans go to a
 * temp table chunk by chunk, so memory stays flat however long the file is.
 */
export async function runVoiceBatch(
  db: DB,
  tenant: Tenant,
  now: Date,
  source: AsyncIterable<RawRequest> | Iterable<RawRequest>,
  opts: VoiceRunOptions,
): Promise<VoiceBatch> {
  createBatch(db);
  const run = await runBatch(
    db,
    'voice_batch',
    source,
    opts,
    async (rows) => {
      expireHolds(db, iso(now));
      const seen = new Seen();
      await forEachChunk(
        rows,
        CHUNK,
        (chunk) => planChunk(db, tenant, chunk, opts, seen),
        (n) => opts.progress?.update(n),
      );
      planNextFree(db, tenant, opts);
      crossRowChecks(db, seen.hints);
      return finishBatch(db, 'voice_batch', opts, 'Assigned', () => applyBatch(db, tenant.id, iso(now), 'Set-CsOnlineVoiceUser'), VOICE_RESULT_SQL);
    },
    (after, limit, onlyFailed) => resultsPage(db, after, limit, onlyFailed),
  );
  return Object.assign(run, { assignedUserIds: () => assignedUserIds(db) });
}
