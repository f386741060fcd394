// Licence changes: buying and removing units, and giving SKUs to and taking them from users (one plan for one user or a file).
import { count } from '../output/count.js';
import { iso, type Clock } from '../clock.js';
import { planLicenses, resolveSkuNames, type LicenseChange, type SkuInfo, type Units } from '../domain/licensing.js';
import { userQuotaFormula } from '../domain/quota.js';
import { quoted } from '../domain/users.js';
import { OperationError, UsageError, type Problem } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { getLimits, listSkus } from '../store/catalog.js';
import { collectFigures } from '../store/figures.js';
import { licensesOfUsers, setActiveUnits, skuUnits, userLicenseWriter, type SkuUnits } from '../store/licenses.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import { numbersOfUsers, resolveUsers } from '../store/users.js';
import { judge, type BulkMode, type PlannedRow, type Verdict } from './bulk.js';

/** Audit operations of the licence commands. */
export const BUY_OPERATION = 'Buy-License';
export const REMOVE_OPERATION = 'Remove-License';
export const ASSIGN_OPERATION = 'Set-MsolUserLicense';

/** The most units one buy-license or remove-license call may move (a guard against typos such as 10000000). */
export const MAX_QUANTITY = 1_000_000;

/** Reads --quantity: a whole number from 1 to MAX_QUANTITY, else a usage error. */
export function checkQuantity(q: number | undefined): number {
  if (q === undefined || !Number.isSafeInteger(q) || q < 1 || q > MAX_QUANTITY) {
    throw new UsageError('InvalidValue', `-Quantity must be a whole number from 1 to ${count(MAX_QUANTITY)}, not ${q === undefined ? 'empty' : String(q)}.`);
  }
  return q;
}

/** Resolves one SKU name (any case) or raises UnknownSku listing the catalog's SKUs. */
export function requireSku(db: DB, raw: string): SkuInfo {
  const catalog = listSkus(db);
  const r = resolveSkuNames(catalog, [raw], 'Sku');
  if (r.problems.length) throw new OperationError('UnknownSku', r.problems[0]!.message);
  return catalog.find((s) => s.sku === r.skus[0])!;
}

/** A SKU's units before and after buy-license / remove-license. */
export interface UnitsChange {
  sku: SkuUnits;
  before: number;
  after: number;
  result: 'Bought' | 'Removed' | 'WhatIf';
  notices: string[];
}

/** Notices when fewer units leave the tenant holding more numbers than its quotas allow (nothing is taken away). */
function quotaNotices(db: DB, tenant: Tenant, now: string): string[] {
  const f = collectFigures(db, tenant, now);
  const out: string[] = [];
  if (f.userNumbersHeld > f.userNumberQuota) {
    out.push(`the tenant now holds ${f.userNumbersHeld} user numbers, more than its quota ${userQuotaFormula(f.callingPlanUnits, getLimits(db))}; it cannot reserve more until it buys Calling Plan units.`);
  }
  if (Math.max(f.tollHeld, f.tollFreeHeld) > f.serviceQuota) {
    out.push(`the tenant now holds more service numbers than its ${f.serviceQuota} allowed per type; it cannot reserve more until it buys Phone System or Audio Conferencing units.`);
  }
  return out;
}

/** Adds (buy) or takes away (remove) units of a SKU; removing never goes below the units assigned to users. */
export function changeUnits(db: DB, tenant: Tenant, clock: Clock, rawSku: string, quantity: number, direction: 'buy' | 'remove', whatIf: boolean): UnitsChange {
  const q = checkQuantity(quantity);
  const info = requireSku(db, rawSku);
  const run = (): UnitsChange => {
    const units = skuUnits(db, tenant.id).find((u) => u.sku === info.sku)!;
    const before = units.active;
    const after = direction === 'buy' ? before + q : before - q;
    if (after < 0) {
      throw new OperationError('NotEnoughUnits', `${info.sku}: only ${before} bought, so ${q} cannot be removed.`, before ? `Remove at most ${before}.` : undefined);
    }
    if (after < units.consumed) {
      const toFree = units.consumed - after;
      throw new OperationError(
        'LicenseInUse',
        `${info.sku}: ${before} bought and ${units.consumed} assigned to users; removing ${q} would leave ${after} for ${units.consumed} users.`,
        `Remove it from ${toFree} user${toFree === 1 ? '' : 's'} first (callplan set-user-license --identity U --remove-licenses ${info.sku})${before > units.consumed ? `, or remove at most ${before - units.consumed}` : ''}.`,
      );
    }
    const result = whatIf ? 'WhatIf' : direction === 'buy' ? 'Bought' : 'Removed';
    if (whatIf) return { sku: { ...units, active: after }, before, after, result, notices: [] };
    setActiveUnits(db, tenant.id, info.sku, after);
    const now = iso(clock());
    writeAudit(db, {
      tenantId: tenant.id,
      at: now,
      operation: direction === 'buy' ? BUY_OPERATION : REMOVE_OPERATION,
      target: info.sku,
      parameters: { sku: info.sku, quantity: q },
      before: { ActiveUnits: before },
      after: { ActiveUnits: after },
      result,
    });
    return { sku: { ...units, active: after }, before, after, result, notices: direction === 'remove' ? quotaNotices(db, tenant, now) : [] };
  };
  return whatIf ? run() : writeTx(db, run);
}

/** One licence request: a user and SKUs to add and remove (as typed), with problems found reading it. */
export interface LicenseRequestRow {
  row: number;
  identity: string;
  add: readonly string[];
  remove: readonly string[];
  problems: Problem[];
}

/** A planned change for one user. */
export interface UserLicenseChange extends LicenseChange {
  userId: number;
  upn: string;
  before: string[];
  request: { add: readonly string[]; remove: readonly string[] };
}

/** A row's verdict with the user it names. */
export interface LicenseVerdict extends Verdict<UserLicenseChange> {
  identity: string;
  /** The user's SKUs after the row (as they are when it changes nothing; empty when it failed). */
  licenses: string[];
}

/** Splits list cells further on ';' and spaces, which spreadsheets use where a comma would split the cell. */
function skuWords(list: readonly string[]): string[] {
  return list.flatMap((s) => s.split(/[;\s]+/)).filter((s) => s !== '');
}

/** Checks every request in order against the units still free (earlier rows' changes count), without writing. */
function planRequests(db: DB, tenant: Tenant, requests: readonly LicenseRequestRow[]): { planned: PlannedRow<UserLicenseChange>[]; identities: string[]; licenses: string[][]; shortfall: Map<string, number> } {
  const catalog = listSkus(db);
  const ledger = new Map<string, Units>(skuUnits(db, tenant.id).map((u) => [u.sku, { active: u.active, assigned: u.consumed }]));
  const unitsOf = (sku: string): Units => ledger.get(sku) ?? { active: 0, assigned: 0 };
  const users = resolveUsers(db, tenant.id, requests.map((r) => r.identity));
  const ids = users.flatMap((u) => (u ? [u.id] : []));
  const held = licensesOfUsers(db, ids);
  const numbers = numbersOfUsers(db, ids);
  const rowsOfUser = new Map<number, number[]>();
  users.forEach((u, i) => u && rowsOfUser.set(u.id, [...(rowsOfUser.get(u.id) ?? []), requests[i]!.row]));
  const shortfall = new Map<string, number>();
  const identities = requests.map((r, i) => users[i]?.upn ?? r.identity);
  const licenses: string[][] = requests.map(() => []);

  const planned = requests.map((r, i): PlannedRow<UserLicenseChange> => {
    const problems = [...r.problems];
    const user = users[i];
    if (!r.identity.trim()) problems.push({ field: 'Identity', errorId: 'MissingParameter', message: 'Identity is required (UPN, sip: address or ObjectId).' });
    else if (!user) problems.push({ field: 'Identity', errorId: 'UserNotFound', message: `there is no user ${quoted(r.identity)} in tenant ${tenant.name}.` });
    const dup = user && rowsOfUser.get(user.id)!;
    if (dup && dup.length > 1) problems.push({ field: 'Identity', errorId: 'DuplicateRow', message: `${user.upn} is on rows ${dup.join(', ')}; give each user one row.` });
    if (!r.add.length && !r.remove.length) problems.push({ field: 'AddLicenses', errorId: 'MissingParameter', message: 'give AddLicenses or RemoveLicenses (SKUs such as MCOEV,MCOPSTN1).' });
    const add = resolveSkuNames(catalog, skuWords(r.add), 'AddLicenses');
    const remove = resolveSkuNames(catalog, skuWords(r.remove), 'RemoveLicenses');
    problems.push(...add.problems, ...remove.problems);
    if (problems.length || !user) return { row: r.row, problems };

    const before = held.get(user.id) ?? [];
    const n = numbers.get(user.id);
    const plan = planLicenses(catalog, { upn: user.upn, usageLocation: user.usageLocation, skus: before, number: n ? `+${n.number}` : null }, { add: add.skus, remove: remove.skus }, unitsOf);
    if (!plan.ok) {
      for (const sku of add.skus) {
        const u = unitsOf(sku);
        if (!before.includes(sku) && u.active - u.assigned < 1) shortfall.set(sku, (shortfall.get(sku) ?? 0) + 1);
      }
      return { row: r.row, problems: plan.problems };
    }
    const c = plan.change;
    licenses[i] = c.after;
    if (!c.added.length && !c.removed.length) return { row: r.row, problems, note: `${user.upn} already has ${c.after.length ? c.after.join(', ') : 'no licences'}.` };
    for (const sku of c.added) unitsOf(sku).assigned++;
    for (const sku of c.removed) unitsOf(sku).assigned--;
    return { row: r.row, problems, change: { ...c, userId: user.id, upn: user.upn, before, request: { add: add.skus, remove: remove.skus } } };
  });
  return { planned, identities, licenses, shortfall };
}

/** "would add MCOEV, MCOPSTN1 for ken@…; licences then: MCOEV, MCOPSTN1." */
function describe(c: UserLicenseChange, whatIf: boolean): string {
  const verb = (v: string, past: string) => (whatIf ? v : past);
  const parts = [c.added.length ? `${verb('add', 'added')} ${c.added.join(', ')}` : '', c.removed.length ? `${verb('remove', 'removed')} ${c.removed.join(', ')}` : ''];
  return `${whatIf ? 'would ' : ''}${parts.filter(Boolean).join(' and ')} for ${c.upn}; licences ${verb('then', 'now')}: ${c.after.join(', ') || 'none'}.`;
}

/** Gives and takes SKUs: checks every request first (units across rows too), then applies (all or nothing by default) with audit rows in one transaction. */
export function changeUserLicenses(db: DB, tenant: Tenant, clock: Clock, requests: readonly LicenseRequestRow[], mode: BulkMode): { verdicts: LicenseVerdict[]; shortfall: Map<string, number> } {
  const run = () => {
    const { planned, identities, licenses, shortfall } = planRequests(db, tenant, requests);
    const { verdicts, apply } = judge(planned, mode, 'Updated', describe);
    if (apply.length) {
      const now = iso(clock());
      const writer = userLicenseWriter(db, tenant.id, now);
      for (const c of apply) {
        for (const sku of c.removed) writer.remove(c.userId, sku);
        for (const sku of c.added) writer.add(c.userId, sku);
        writeAudit(db, {
          tenantId: tenant.id,
          at: now,
          operation: ASSIGN_OPERATION,
          target: c.upn,
          parameters: { AddLicenses: c.request.add, RemoveLicenses: c.request.remove },
          before: { Licenses: c.before },
          after: { Licenses: c.after },
          result: 'Updated',
        });
      }
    }
    return { verdicts: verdicts.map((v, i) => ({ ...v, identity: identities[i]!, licenses: v.result === 'Failed' ? [] : licenses[i]! })), shortfall };
  };
  return mode.whatIf ? run() : writeTx(db, run);
}
