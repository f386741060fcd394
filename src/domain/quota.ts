// Number quotas of SPEC §1 step 2: user numbers from Calling Plan units, service numbers from licence tiers. One place
// for the rule, so reserve, acquire, status, get-license and the wizard agree.
import type { CatalogLimits, Grant } from '../catalog/schema.js';
import type { Problem } from '../errors.js';
import type { NumberType } from './reservation.js';

type QuotaLimits = Pick<CatalogLimits, 'userNumberFactor' | 'userNumberBase' | 'serviceNumberTiers'>;

/** Bought units of SKUs that give any of `grants` (each SKU counted once: E5 gives Phone System and Audio Conferencing). */
export function unitsGranting(units: readonly { grants: readonly Grant[]; active: number }[], ...grants: Grant[]): number {
  return units.filter((u) => u.grants.some((g) => grants.includes(g))).reduce((n, u) => n + u.active, 0);
}

/** The units quotas count: Calling Plan; Phone System + Audio Conferencing (service tiers); Communications Credits. */
export interface QuotaUnits {
  callingPlan: number;
  service: number;
  credits: number;
}

/** A tenant's quota units from its SKUs' bought units (pass every SKU). */
export function quotaUnits(units: readonly { grants: readonly Grant[]; active: number }[]): QuotaUnits {
  return {
    callingPlan: unitsGranting(units, 'CallingPlan'),
    service: unitsGranting(units, 'PhoneSystem', 'AudioConferencing'),
    credits: unitsGranting(units, 'CommunicationsCredits'),
  };
}

/** How many numbers of a type the units allow, and the rule with the tenant's figures ("floor(100 × 1.1) + 10 = 120"). */
export function typeQuota(type: NumberType, u: QuotaUnits, limits: QuotaLimits): { allowed: number; rule: string } {
  return type === 'User'
    ? { allowed: userNumberQuota(u.callingPlan, limits), rule: userQuotaFormula(u.callingPlan, limits) }
    : { allowed: serviceNumberQuota(u.service, limits), rule: serviceTierText(u.service, limits) };
}

/** QuotaExceeded when `held` numbers of a type plus `adding` more pass what the units allow (reserving or acquiring). */
export function quotaProblem(
  type: NumberType,
  verb: 'reserved' | 'acquired',
  adding: number,
  held: number,
  u: QuotaUnits,
  limits: QuotaLimits,
): Problem | undefined {
  const q = typeQuota(type, u, limits);
  const left = Math.max(0, q.allowed - held);
  if (adding <= left) return undefined;
  const what = type === 'User' ? 'user numbers' : type === 'Toll' ? 'toll service numbers' : 'toll-free service numbers';
  return {
    field: 'Quantity',
    errorId: 'QuotaExceeded',
    message: `the tenant may hold ${q.allowed} ${what} (${q.rule}); it holds ${held}, so ${left} more can be ${verb}, not ${adding}.`,
  };
}

/** User numbers a tenant may hold: floor(CallingPlanUnits × factor) + base (100 → 120, 50 → 65, 0 → 10). */
export function userNumberQuota(callingPlanUnits: number, limits: Pick<CatalogLimits, 'userNumberFactor' | 'userNumberBase'>): number {
  // The small epsilon keeps 1.1 × 100 from flooring to 109 if a factor is not exact in binary.
  return Math.floor(callingPlanUnits * limits.userNumberFactor + 1e-9) + limits.userNumberBase;
}

/** The formula with the tenant's figures, for refusals: floor(100 × 1.1) + 10 = 120. */
export function userQuotaFormula(callingPlanUnits: number, limits: Pick<CatalogLimits, 'userNumberFactor' | 'userNumberBase'>): string {
  return `floor(${callingPlanUnits} Calling Plan units × ${limits.userNumberFactor}) + ${limits.userNumberBase} = ${userNumberQuota(callingPlanUnits, limits)}`;
}

/** Toll (or toll-free) service numbers allowed for this many Phone System + Audio Conferencing units (tier table). */
export function serviceNumberQuota(units: number, limits: Pick<CatalogLimits, 'serviceNumberTiers'>): number {
  let allowed = 0;
  for (const t of limits.serviceNumberTiers) if (units >= t.minUnits) allowed = t.numbers;
  return allowed;
}

/** The tier that applies, as text for messages: "100–149 units → 30". */
export function serviceTierText(units: number, limits: Pick<CatalogLimits, 'serviceNumberTiers'>): string {
  const tiers = limits.serviceNumberTiers;
  const i = tiers.findIndex((t, k) => units >= t.minUnits && (k === tiers.length - 1 || units < tiers[k + 1]!.minUnits));
  if (i < 0) return `${units} Phone System + Audio Conferencing units → 0 (the first tier starts at ${tiers[0]!.minUnits})`;
  const t = tiers[i]!;
  const next = tiers[i + 1];
  const range = next ? `${t.minUnits}–${next.minUnits - 1}` : `${t.minUnits}+`;
  return `${units} Phone System + Audio Conferencing units (tier ${range}) → ${t.numbers}`;
}
