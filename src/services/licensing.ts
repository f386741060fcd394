// Licence units: buying and removing them (giving SKUs to users is user-licenses.ts).
import { count } from '../text/count.js';
import { iso, type Clock } from '../clock.js';
import { resolveSkuNames, type SkuInfo } from '../domain/licensing.js';
import { userQuotaFormula } from '../domain/quota.js';
import { OperationError, UsageError } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { getLimits, listSkus } from '../store/catalog.js';
import { collectFigures } from '../store/figures.js';
import { setActiveUnits, skuUnits, type SkuUnits } from '../store/licenses.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';

/** Audit operations of buy-license and remove-license. */
export const BUY_OPERATION = 'Buy-License';
export const REMOVE_OPERATION = 'Remove-License';

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
    out.push(
      `the tenant now holds ${f.userNumbersHeld} user numbers, more than its quota ${userQuotaFormula(f.callingPlanUnits, getLimits(db))}; it cannot reserve more until it buys Calling Plan units.`,
    );
  }
  if (Math.max(f.tollHeld, f.tollFreeHeld) > f.serviceQuota) {
    out.push(
      `the tenant now holds more service numbers than its ${f.serviceQuota} allowed per type; it cannot reserve more until it buys Phone System or Audio Conferencing units.`,
    );
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
      throw new OperationError(
        'NotEnoughUnits',
        `${info.sku}: only ${before} bought, so ${q} cannot be removed.`,
        before ? `Remove at most ${before}.` : undefined,
      );
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
