// Reservation rules (pure): expiry, the per-search and per-tenant limits, and the number quotas.
import type { CatalogLimits } from '../catalog/schema.js';
import type { Problem } from '../errors.js';
import { quotaProblem, type QuotaUnits } from './quota.js';

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

/**
 * The instant a record sees: the clock, or the record's creation when the clock reads earlier (a machine whose clock
 * is behind the one that made the record, on a shared store). Time never runs backwards for a record, so a hold never
 * lasts longer than its minutes and nothing is stamped before it was made.
 */
export function recordNow(now: Date, createdAt: string): Date {
  const created = Date.parse(createdAt);
  return now.getTime() < created ? new Date(created) : now;
}

/** How far the clock reads behind a record's creation, in milliseconds (0 when it does not). */
export function clockBehindMs(now: Date, createdAt: string): number {
  return Math.max(0, Date.parse(createdAt) - now.getTime());
}

/** Milliseconds left on a hold (negative once expired), never more than the hold's own length. */
export function holdMsLeft(hold: { createdAt: string; expiresAt: string }, now: Date): number {
  return Date.parse(hold.expiresAt) - recordNow(now, hold.createdAt).getTime();
}

/** A reservation has expired once the clock reaches its expiry instant (exactly 10 minutes is expired). */
export function isExpired(expiry: string, now: Date): boolean {
  return now.getTime() >= Date.parse(expiry);
}

/** What the tenant holds and may hold when asking for more numbers. */
export interface HoldingFigures {
  activeReservations: number;
  reservedNumbers: number;
  units: QuotaUnits;
  /** Held (acquired, not ported in, plus actively reserved) numbers of the requested type. */
  heldOfType: number;
}

/** Numbers of any kind need a number-management licence (E5, Phone System or Audio Conferencing); toll-free ones need Communications Credits too. */
export function licenceProblems(type: NumberType, units: QuotaUnits): Problem[] {
  if (units.service === 0) {
    return [
      {
        field: 'InventoryType',
        errorId: 'LicenseRequired',
        message: 'number management needs at least one Office 365 E5, Phone System or Audio Conferencing licence in the tenant.',
      },
    ];
  }
  if (type === 'TollFree' && units.credits === 0) {
    return [
      {
        field: 'InventoryType',
        errorId: 'CommunicationsCreditsRequired',
        message: 'toll-free numbers need Communications Credits (MCOPSTNC); buy them first.',
      },
    ];
  }
  return [];
}

/** Checks a request for `quantity` numbers of `type` against the limits and quotas; every refusal says why with figures. */
export function checkReservation(type: NumberType, quantity: number, f: HoldingFigures, limits: CatalogLimits): Problem[] {
  const p: Problem[] = [];
  const licence = licenceProblems(type, f.units);
  if (licence[0]?.errorId === 'LicenseRequired') return licence;
  if (!Number.isInteger(quantity) || quantity < 1) {
    p.push({ field: 'Quantity', errorId: 'InvalidQuantity', message: `-Quantity must be a whole number of at least 1, not ${quantity}.` });
    return p;
  }
  if (quantity > limits.maxNumbersPerSearch) {
    p.push({
      field: 'Quantity',
      errorId: 'QuantityTooLarge',
      message: `one search reserves at most ${limits.maxNumbersPerSearch} numbers; ${quantity} asked.`,
    });
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
  p.push(...licence);
  const quota = quotaProblem(type, 'reserved', quantity, f.heldOfType, f.units, limits);
  if (quota) p.push(quota);
  return p;
}
