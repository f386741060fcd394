// Giving SKUs to users and taking them away (set-user-license for one user or a streamed file, and the wizard): every
// row is checked first — its user, duplicates across rows, the licence rules, units across rows — then applied, all or
// nothing by default, in one IMMEDIATE transaction. The rows wait in a temp table, so memory stays flat.
import { iso, type Clock } from '../clock.js';
import { planLicenses, resolveSkuNames, type SkuInfo, type Units } from '../domain/licensing.js';
import { quoted } from '../text/sanitize.js';
import type { Problem } from '../errors.js';
import { listSkus } from '../store/catalog.js';
import {
  applyLicenseChanges,
  createLicenseBatch,
  flagLicenseDuplicates,
  insertLicenseRequests,
  licenseRequestsPage,
  licenseResultsPage,
  saveLicensePlans,
  type LicenseRowPlan,
  type StoredLicenseRequest,
} from '../store/license-batch.js';
import { licensesOfUsers, skuUnits } from '../store/licenses.js';
import type { DB } from '../store/open.js';
import type { Tenant } from '../store/tenants.js';
import { numbersOfUsers, resolveUsers, type HeldNumber } from '../store/users.js';
import { forEachChunk, runBatch, finishBatch, type BatchRun, type BatchSummary, type BulkMode, type RowResult } from './bulk.js';

/** The audit operation of set-user-license. */
export const ASSIGN_OPERATION = 'Set-MsolUserLicense';

/** One licence request: a user and SKUs to add and remove (as typed), with problems found reading it. */
export interface LicenseRequestRow {
  row: number;
  identity: string;
  add: readonly string[];
  remove: readonly string[];
  problems: Problem[];
}

/** What a run did: rows per Result, whether licences were written, and the units the failed rows lacked per SKU. */
export interface LicenseSummary extends BatchSummary {
  shortfall: Map<string, number>;
}

/** A finished licence run, its rows read a page at a time. */
export type LicenseBatch = LicenseSummary & BatchRun<LicenseResult>;

/** One finished row. */
export interface LicenseResult {
  row: number;
  /** The user's UPN, or the identity as typed when it names nobody. */
  identity: string;
  result: RowResult;
  errorId: string;
  message: string;
  added: string[];
  removed: string[];
  /** The user's SKUs after the row (as they are when it changes nothing; empty when it failed). */
  licenses: string[];
}

const CHUNK = 5000;

/** Splits list cells further on ';' and spaces, which spreadsheets use where a comma would split the cell. */
function skuWords(list: readonly string[]): string[] {
  return list.flatMap((s) => s.split(/[;\s]+/)).filter((s) => s !== '');
}

/** What planning a row needs: the catalog, the units still free (earlier rows count), and the page's users' state. */
interface PlanContext {
  tenant: Tenant;
  catalog: readonly SkuInfo[];
  unitsOf(sku: string): Units;
  held: Map<number, string[]>;
  numbers: Map<number, HeldNumber>;
  shortfall: Map<string, number>;
}

/** Checks one request against the rules and the units still free; a change takes its units from the ledger. */
function planRow(r: StoredLicenseRequest, ctx: PlanContext): LicenseRowPlan {
  const problems: Problem[] = [...r.problems];
  const user = r.user;
  const empty = { reqAdd: [], reqRemove: [], before: [], after: [], added: [], removed: [] };
  const failed = (list: readonly Problem[]): LicenseRowPlan => ({
    row: r.row,
    status: 'failed',
    errorId: list[0]!.errorId,
    message: list.map((p) => p.message).join(' '),
    ...empty,
  });
  // A row the reader could not read (cells misaligned) reports only that; a bad SKU cell is not also "missing".
  if (problems.some((p) => p.errorId === 'InvalidRow')) return failed(problems);
  const skuCellBad = problems.some((p) => p.field === 'AddLicenses' || p.field === 'RemoveLicenses');
  if (!r.identity.trim()) problems.push({ field: 'Identity', errorId: 'MissingParameter', message: 'Identity is required (UPN, sip: address or ObjectId).' });
  else if (!user)
    problems.push({ field: 'Identity', errorId: 'UserNotFound', message: `there is no user ${quoted(r.identity)} in tenant ${ctx.tenant.name}.` });
  if (user && r.dupRows) problems.push({ field: 'Identity', errorId: 'DuplicateRow', message: `${user.upn} is on rows ${r.dupRows}; give each user one row.` });
  if (!r.add.length && !r.remove.length && !skuCellBad)
    problems.push({ field: 'AddLicenses', errorId: 'MissingParameter', message: 'give AddLicenses or RemoveLicenses (SKUs such as MCOEV,MCOPSTN1).' });
  const add = resolveSkuNames(ctx.catalog, skuWords(r.add), 'AddLicenses');
  const remove = resolveSkuNames(ctx.catalog, skuWords(r.remove), 'RemoveLicenses');
  problems.push(...add.problems, ...remove.problems);
  if (problems.length || !user) return failed(problems);

  const before = ctx.held.get(user.id) ?? [];
  const n = ctx.numbers.get(user.id);
  const plan = planLicenses(
    ctx.catalog,
    { upn: user.upn, usageLocation: user.usageLocation, skus: before, number: n ? `+${n.number}` : null },
    { add: add.skus, remove: remove.skus },
    ctx.unitsOf,
  );
  if (!plan.ok) {
    for (const sku of add.skus) {
      const u = ctx.unitsOf(sku);
      if (!before.includes(sku) && u.active - u.assigned < 1) ctx.shortfall.set(sku, (ctx.shortfall.get(sku) ?? 0) + 1);
    }
    return failed(plan.problems);
  }
  const c = plan.change;
  const base = { row: r.row, errorId: null, reqAdd: add.skus, reqRemove: remove.skus, before, after: c.after };
  if (!c.added.length && !c.removed.length) {
    return { ...base, status: 'unchanged', message: `${user.upn} already has ${c.after.length ? c.after.join(', ') : 'no licences'}.`, added: [], removed: [] };
  }
  for (const sku of c.added) ctx.unitsOf(sku).assigned++;
  for (const sku of c.removed) ctx.unitsOf(sku).assigned--;
  return { ...base, status: 'change', message: null, added: c.added, removed: c.removed };
}

/** Plans every stored row in row order, a page at a time, and returns the units the failed rows lacked. */
function planAll(db: DB, tenant: Tenant): Map<string, number> {
  const ledger = new Map<string, Units>(skuUnits(db, tenant.id).map((u) => [u.sku, { active: u.active, assigned: u.consumed }]));
  const shortfall = new Map<string, number>();
  const catalog = listSkus(db);
  const unitsOf = (sku: string): Units => {
    let u = ledger.get(sku);
    if (!u) ledger.set(sku, (u = { active: 0, assigned: 0 }));
    return u;
  };
  for (let after = 0; ;) {
    const page = licenseRequestsPage(db, after, CHUNK);
    if (!page.length) return shortfall;
    const ids = page.flatMap((r) => (r.user ? [r.user.id] : []));
    const ctx: PlanContext = { tenant, catalog, unitsOf, held: licensesOfUsers(db, ids), numbers: numbersOfUsers(db, ids), shortfall };
    saveLicensePlans(
      db,
      page.map((r) => planRow(r, ctx)),
    );
    after = page[page.length - 1]!.row;
  }
}

/**
 * Gives and takes SKUs for a batch of requests (one, from flags or the wizard; or a file streamed in). Returns the run:
 * its counts and shortfall, and its rows a page at a time.
 */
export async function changeUserLicenses(
  db: DB,
  tenant: Tenant,
  clock: Clock,
  source: AsyncIterable<LicenseRequestRow> | Iterable<LicenseRequestRow>,
  mode: BulkMode<LicenseResult>,
  onRow?: (count: number) => void,
): Promise<LicenseBatch> {
  createLicenseBatch(db);
  return runBatch(
    db,
    'license_batch',
    source,
    mode,
    async (rows) => {
      await forEachChunk(
        rows,
        CHUNK,
        (chunk) => {
          const users = resolveUsers(
            db,
            tenant.id,
            chunk.map((r) => r.identity),
          );
          insertLicenseRequests(
            db,
            chunk.map((r, i) => {
              const u = users[i];
              return { ...r, user: u && { id: u.id, upn: u.upn, usageLocation: u.usageLocation } };
            }),
          );
        },
        onRow,
      );
      flagLicenseDuplicates(db);
      const shortfall = planAll(db, tenant);
      const summary = finishBatch(db, 'license_batch', mode, 'Updated', () => applyLicenseChanges(db, tenant.id, iso(clock()), ASSIGN_OPERATION));
      return { ...summary, shortfall };
    },
    (after, limit, onlyFailed) => licenseResults(db, after, limit, onlyFailed),
  );
}

/** "would add MCOEV, MCOPSTN1 for ken@…; licences then: MCOEV, MCOPSTN1." */
function describe(upn: string, added: readonly string[], removed: readonly string[], after: readonly string[], whatIf: boolean): string {
  const verb = (v: string, past: string) => (whatIf ? v : past);
  const parts = [added.length ? `${verb('add', 'added')} ${added.join(', ')}` : '', removed.length ? `${verb('remove', 'removed')} ${removed.join(', ')}` : ''];
  return `${whatIf ? 'would ' : ''}${parts.filter(Boolean).join(' and ')} for ${upn}; licences ${verb('then', 'now')}: ${after.join(', ') || 'none'}.`;
}

/** A page of the last run's rows after `afterRow`, in row order (onlyFailed: just the failed ones). */
export function licenseResults(db: DB, afterRow: number, limit: number, onlyFailed = false): LicenseResult[] {
  return licenseResultsPage(db, afterRow, limit, onlyFailed).map((b): LicenseResult => {
    const base = { row: b.row, identity: b.identity, errorId: b.errorId, added: b.added, removed: b.removed, licenses: b.after };
    if (b.status === 'failed') return { ...base, result: 'Failed', message: b.message };
    if (b.status === 'unchanged') return { ...base, result: 'Unchanged', message: b.message };
    const result = b.outcome as RowResult;
    const message = result === 'Skipped' ? (b.outcomeMessage ?? '') : describe(b.identity, b.added, b.removed, b.after, result === 'WhatIf');
    return { ...base, result, message };
  });
}
