// Licence records (Get-MsolAccountSku's property names) and the quotas footer of get-license.
import type { CatalogLimits } from '../../catalog/schema.js';
import { serviceNumberQuota, serviceTierText, userNumberQuota, userQuotaFormula } from '../../domain/quota.js';
import type { Style } from '../../output/style.js';
import { unitsGranting, type SkuUnits } from '../../store/licenses.js';
import type { OutputRecord } from '../types.js';

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
  const cp = unitsGranting(units, 'CallingPlan');
  const service = unitsGranting(units, 'PhoneSystem', 'AudioConferencing');
  const credits = unitsGranting(units, 'CommunicationsCredits');
  const toll = serviceNumberQuota(service, limits);
  return {
    CallingPlanUnits: cp,
    UserNumberQuota: userNumberQuota(cp, limits),
    UserNumberFormula: userQuotaFormula(cp, limits),
    ServiceUnits: service,
    ServiceTier: serviceTierText(service, limits),
    TollNumberQuota: toll,
    TollFreeNumberQuota: credits > 0 ? toll : 0,
    CommunicationsCreditsUnits: credits,
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
    line('Toll-free numbers', q.TollFreeNumberQuota, q.CommunicationsCreditsUnits > 0 ? 'same tier as toll numbers (Communications Credits bought)' : 'needs Communications Credits (MCOPSTNC): none bought'),
    '',
  ].join('\n');
}
