// Assigning numbers and emergency locations to users (Set-CsOnlineVoiceUser), one request or a whole file: every row is
// checked — alone and across rows — before anything changes, then the batch is applied in one transaction.
import { iso } from '../clock.js';
import type { Progress } from '../deps.js';
import { parseNumberInput } from '../domain/phone.js';
import { planVoiceRequest, type VoiceNumberFacts, type VoicePlan } from '../domain/voice.js';
import type { DB } from '../store/open.js';
import { expireHolds } from '../store/reservations.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import {
  addRequests,
  applyBatch,
  createBatch,
  crossRowChecks,
  currentNumbers,
  freeNumbersPage,
  locationFactsMany,
  markNextFree,
  markPlanned,
  nextChunk,
  nextFreeRows,
  numberFacts,
  plannedNumberIds,
  resolveVoiceUsers,
  savePlan,
  statusCounts,
  type BatchRow,
  type RawRequest,
} from '../store/voice-batch.js';

/** How a batch runs. */
export interface VoiceRunOptions {
  whatIf: boolean;
  continueOnError: boolean;
  /** --next-free: rows without a number get the next unassigned one (optionally within a city or digit prefix). */
  nextFree?: { cityCode?: string | undefined; prefix?: string | undefined } | undefined;
  progress?: Progress | undefined;
}

/** Counts of a finished batch. */
export interface VoiceSummary {
  total: number;
  counts: Record<string, number>;
  applied: boolean;
}

const CHUNK = 5000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads requests into the batch table in chunks (no lock on the store: the batch is a temp table). */
export async function loadRequests(db: DB, source: AsyncIterable<RawRequest> | Iterable<RawRequest>, progress?: Progress): Promise<number> {
  createBatch(db);
  const add = db.transaction((rows: RawRequest[]) => addRequests(db, rows));
  let chunk: RawRequest[] = [];
  let total = 0;
  for await (const r of source) {
    chunk.push(r);
    if (chunk.length === CHUNK) {
      add(chunk);
      total += chunk.length;
      chunk = [];
      progress?.update(total);
    }
  }
  if (chunk.length) add(chunk);
  return total + chunk.length;
}

/** Reads a row's number cell: undefined (not given), '' (remove) or digits; a malformed one is a failed plan. */
function numberOf(r: BatchRow): { digits: string | undefined; problem?: VoicePlan } {
  if (!r.number_given || r.number_raw === null || r.number_raw.trim() === '' || /^\$null$/i.test(r.number_raw.trim())) return { digits: undefined };
  const p = parseNumberInput(r.number_raw);
  return p.ok ? { digits: p.digits } : { digits: undefined, problem: { status: 'failed', errorId: 'InvalidNumber', message: p.message } };
}

/** True when a row asks for the next free number (with --next-free and no number of its own). */
function wantsNextFree(r: BatchRow, opts: VoiceRunOptions): boolean {
  return opts.nextFree !== undefined && (!r.number_given || r.number_raw === null || r.number_raw.trim() === '');
}

/** Plans a chunk of rows with a handful of set queries. */
function planChunk(db: DB, tenant: Tenant, rows: readonly BatchRow[], opts: VoiceRunOptions): void {
  const users = resolve(db, tenant, rows);
  const digits = rows.map((r) => numberOf(r).digits).filter((d): d is string => d !== undefined);
  const numbers = numberFacts(db, tenant.id, digits);
  const current = currentNumbers(db, tenant.id, [...users.values()].map((u) => u.id));
  const locIds = rows.map((r) => r.location_raw?.trim().toLowerCase()).filter((x): x is string => !!x && GUID.test(x));
  const locations = locationFactsMany(db, tenant.id, locIds);
  for (const r of rows) {
    const user = users.get(r.identity);
    if (wantsNextFree(r, opts) && user) {
      markNextFree(db, r.row, user.id);
      continue;
    }
    const { digits: d, problem } = numberOf(r);
    const loc = r.location_raw?.trim() ? r.location_raw.trim().toLowerCase() : undefined;
    const cur = user ? current.get(user.id) : undefined;
    const plan =
      problem ??
      planVoiceRequest({
        identity: r.identity,
        user,
        numberGiven: r.number_given === 1,
        digits: d,
        number: d ? numbers.get(d) : undefined,
        current: cur,
        locationGiven: loc,
        location: loc ? locations.get(loc) : undefined,
        force: r.force === 1,
      });
    savePlan(db, r.row, plan, user, { newDigits: d ?? (plan.status === 'plan' && plan.kind === 'location' ? cur?.digits : undefined), oldDigits: cur?.digits, locationId: loc });
  }
}

/** Resolves the identities of a chunk. */
function resolve(db: DB, tenant: Tenant, rows: readonly BatchRow[]) {
  return resolveVoiceUsers(db, tenant.id, rows.map((r) => r.identity));
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
    const current = currentNumbers(db, tenant.id, [...users.values()].map((u) => u.id));
    const locIds = rows.map((r) => r.location_raw?.trim().toLowerCase()).filter((x): x is string => !!x && GUID.test(x));
    const locations = locationFactsMany(db, tenant.id, locIds);
    for (const r of rows) {
      const user = users.get(r.identity)!;
      const loc = r.location_raw?.trim() ? r.location_raw.trim().toLowerCase() : undefined;
      const cur = current.get(user.id);
      if (!user.usageLocation) {
        savePlan(db, r.row, { status: 'failed', errorId: 'UsageLocationRequired', message: `${user.upn} has no usage location, so no next free number can be chosen.` }, user, { locationId: loc });
        continue;
      }
      const n = next(user.usageLocation);
      if (!n) {
        const scope = [opts.nextFree?.cityCode, opts.nextFree?.prefix && `starting ${opts.nextFree.prefix}`].filter(Boolean).join(', ');
        savePlan(db, r.row, { status: 'failed', errorId: 'NoFreeNumber', message: `the tenant has no unassigned ${user.usageLocation} user number left${scope ? ` (${scope})` : ''} for ${user.upn}.` }, user, { locationId: loc });
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

/** The message of rows held back because an all-or-nothing run had failures. */
export function skippedMessage(failed: number): string {
  return `not applied: ${failed} row${failed === 1 ? '' : 's'} failed and the run is all or nothing; fix ${failed === 1 ? 'it' : 'them'}, or add --continue-on-error to apply the good rows.`;
}

/** Checks every loaded request and, unless told otherwise, applies the batch in one IMMEDIATE transaction. */
export function runVoiceBatch(db: DB, tenant: Tenant, now: Date, opts: VoiceRunOptions): VoiceSummary {
  return writeTx(db, () => {
    expireHolds(db, iso(now));
    let after = 0;
    let checked = 0;
    for (;;) {
      const rows = nextChunk(db, after, CHUNK);
      if (!rows.length) break;
      planChunk(db, tenant, rows, opts);
      after = rows[rows.length - 1]!.row;
      checked += rows.length;
      opts.progress?.update(checked);
    }
    planNextFree(db, tenant, opts);
    const failed = crossRowChecks(db);
    let applied = false;
    if (failed > 0 && !opts.continueOnError) markPlanned(db, 'Skipped', skippedMessage(failed));
    else if (opts.whatIf) markPlanned(db, 'WhatIf');
    else {
      applyBatch(db, tenant.id, iso(now), 'Set-CsOnlineVoiceUser');
      applied = true;
    }
    const counts = statusCounts(db);
    return { total: Object.values(counts).reduce((a, b) => a + b, 0), counts, applied };
  });
}
