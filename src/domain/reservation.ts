// Reservation rules (pure): expiry, the per-search and per-tenant limits, and the number quotas.
import type { CatalogLimits } from '../catalog/schema.js';
import type { Problem } from '../errors.js';
import { serviceTierText, userQuotaFormula } from './quota.js';

/** The number kinds a reservation can hold. */
export type NumberType = 'User' | 'Toll' | 'TollFree';

/** The cmdlet's InventoryType of a number kind. */
export function inventoryTypeOf(t: NumberType): 'Subscriber' | 'Service' {
  return t === 'User' ? 'Subscriber' : 'Service';
}

/** When a reservation made at `created` expires. */
export function expiresAt(created: Date, limits: Pick<CatalogLimits, 'reservationMinutes'>): Date {
  return new Date(created.getTime() + limits.reservationMinutes * 60_000);
}

/** A reservation has expired once the clock reaches its expiry instant (exactly 10 minutes is expired). */
export function isExpired(expiry: string, now: Date): boolean {
  return now.getTime() >= Date.parse(expiry);
}

/** What the tenant holds and may hold when asking for more numbers. */
export interface HoldingFigures {
  hasNumberManagementLicence: boolean;
  hasCommunicationsCredits: boolean;
  activeReservations: number;
  reservedNumbers: number;
  callingPlanUnits: number;
  serviceUnits: number;
  /** Held (acquired, not ported in, plus actively reserved) numbers of the requested type. */
  heldOfType: number;
  quotaOfType: number;
}

/** Checks a request for `quantity` numbers of `type` against the limits and quotas; every refusal says why with figures. */
export function checkReservation(type: NumberType, quantity: number, f: HoldingFigures, limits: CatalogLimits): Problem[] {
  const p: Problem[] = [];
  if (!f.hasNumberManagementLicence) {
    p.push({
      field: 'InventoryType',
      errorId: 'LicenseRequired',
      message: 'number management needs at least one Office 365 E5, Phone System or Audio Conferencing licence in the tenant.',
    });
    return p;
  }
  if (!Number.isInteger(quantity) || quantity < 1) {
    p.push({ field: 'Quantity', errorId: 'InvalidQuantity', message: `-Quantity must be a whole number of at least 1, not ${quantity}.` });
    return p;
  }
  if (quantity > limits.maxNumbersPerSearch) {
    p.push({ field: 'Quantity', errorId: 'QuantityTooLarge', message: `one search reserves at most ${limits.maxNumbersPerSearch} numbers; ${quantity} asked.` });
  }
  if (f.activeReservations >= limits.maxActiveReservations) {
    p.push({
      field: 'Quantity',
      errorId: 'TooManyReservations',
      message: `the tenant already has ${f.activeReservations} active reservations (at most ${limits.maxActiveReservations}); acquire or clear one first.`,
    });
  }
  if (f.reservedNumbers + quantity > limits.maxReservedNumbers) {
    p.push({
      field: 'Quantity',
      errorId: 'TooManyReservedNumbers',
      message: `at most ${limits.maxReservedNumbers} numbers may be reserved at once; ${f.reservedNumbers} are, so ${Math.max(0, limits.maxReservedNumbers - f.reservedNumbers)} more can be.`,
    });
  }
  if (type === 'TollFree' && !f.hasCommunicationsCredits) {
    p.push({ field: 'InventoryType', errorId: 'CommunicationsCreditsRequired', message: 'toll-free numbers need Communications Credits (MCOPSTNC); buy them first.' });
  }
  const left = Math.max(0, f.quotaOfType - f.heldOfType);
  if (quantity > left) {
    const formula = type === 'User' ? userQuotaFormula(f.callingPlanUnits, limits) : serviceTierText(f.serviceUnits, limits);
    const what = type === 'User' ? 'user numbers' : type === 'Toll' ? 'toll service numbers' : 'toll-free service numbers';
    p.push({
      field: 'Quantity',
      errorId: 'QuotaExceeded',
      message: `the tenant may hold ${f.quotaOfType} ${what} (${formula}); it holds ${f.heldOfType}, so ${left} more can be reserved, not ${quantity}.`,
    });
  }
  return p;
}
