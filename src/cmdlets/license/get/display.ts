// Licence records (Get-MsolAccountSku's property names) and the quotas footer of get-license.
import type { CatalogLimits } from '../../../catalog/schema.js';
import { quotaUnits, typeQuota } from '../../../domain/quota.js';
import type { Style } from '../../../output/style.js';
import type { SkuUnits } from '../../../store/licenses.js';
import type { OutputRecord } from '../../types.js';

/** Default columns of the licence table. */
export const LICENSE_COLUMNS = ['SkuPartNumber', 'Name', 'ActiveUnits', 'ConsumedUnits', 'AvailableUnits'];

/** One SKU's units as a record; AccountSkuId is the MSOnline form tenant:SKU. */
export function licenseRecord(u: SkuUnits, tenantName: string): OutputRecord {
  return {
    SkuPartNumber: u.sku,
    Name: u.name,
    ActiveUnits: u.active,
    ConsumedUnits: u.consumed,
    AvailableUnits: Math.max(0, u.active - u.consumed),
    Grants: [...u.grants],
    AccountSkuId: `${tenantName.toLowerCase().replace(/[^a-z0-9]/g, '')}:${u.sku}`,
  };
}

/** The number quotas the tenant's units give (SPEC §1 step 2). */
export interface Quotas {
  CallingPlanUnits: number;
  UserNumberQuota: number;
  UserNumberFormula: string;
  ServiceUnits: number;
  ServiceTier: string;
  TollNumberQuota: number;
  TollFreeNumberQuota: number;
  CommunicationsCreditsUnits: number;
}

/** Computes the quotas from every SKU's units (pass all SKUs, not a filtered list). */
export function quotasOf(units: readonly SkuUnits[], limits: CatalogLimits): Quotas {
  const u = quotaUnits(units);
  const user = typeQuota('User', u, limits);
  const toll = typeQuota('Toll', u, limits);
  return {
    CallingPlanUnits: u.callingPlan,
    UserNumberQuota: user.allowed,
    UserNumberFormula: user.rule,
    ServiceUnits: u.service,
    ServiceTier: toll.rule,
    TollNumberQuota: toll.allowed,
    TollFreeNumberQuota: u.credits > 0 ? toll.allowed : 0,
    CommunicationsCreditsUnits: u.credits,
  };
}

/** The footer under the table: what the units allow. */
export function quotasText(q: Quotas, style: Style): string {
  const line = (label: string, value: number, why: string) => `  ${label.padEnd(20)} ${String(value).padStart(6)}  ${style.dim(why)}`;
  return [
    '',
    style.bold('Number quotas'),
    line('User numbers', q.UserNumberQuota, q.UserNumberFormula),
    line('Toll numbers', q.TollNumberQuota, q.ServiceTier),
    line(
      'Toll-free numbers',
      q.TollFreeNumberQuota,
      q.CommunicationsCreditsUnits > 0 ? 'same tier as toll numbers (Communications Credits bought)' : 'needs Communications Credits (MCOPSTNC): none bought',
    ),
    '',
  ].join('\n');
}
