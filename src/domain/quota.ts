// Number quotas of SPEC §1 step 2: user numbers from Calling Plan units, service numbers from licence tiers.
import type { CatalogLimits } from '../catalog/schema.js';

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
