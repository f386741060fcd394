// Number quotas (SPEC §1 step 2) and reservation expiry as pure rules.
import { describe, expect, it } from 'vitest';
import { loadCatalogFile } from '../../../src/catalog/load.js';
import { serviceNumberQuota, userNumberQuota, userQuotaFormula } from '../../../src/domain/quota.js';
import { checkReservation, expiresAt, isExpired } from '../../../src/domain/reservation.js';

const { limits } = loadCatalogFile().catalog;

describe('quotas', () => {
  it.each([
    [100, 120],
    [50, 65],
    [0, 10],
    [1, 11],
    [10, 21],
    [30, 43],
    [999, 1108],
  ])('%i Calling Plan units allow %i user numbers', (units, quota) => {
    expect(userNumberQuota(units, limits)).toBe(quota);
  });

  it('quotes the formula with the figures', () => {
    expect(userQuotaFormula(100, limits)).toBe('floor(100 Calling Plan units × 1.1) + 10 = 120');
  });

  it.each([
    [0, 0],
    [1, 5],
    [25, 5],
    [26, 10],
    [49, 10],
    [50, 20],
    [100, 30],
    [150, 40],
    [200, 65],
    [499, 65],
    [500, 90],
    [750, 110],
    [1000, 125],
    [1250, 135],
    [1500, 160],
    [2000, 210],
    [3000, 420],
    [7000, 500],
    [10000, 600],
    [15000, 700],
    [20000, 1000],
    [49999, 1000],
    [50000, 1500],
    [1_000_000, 1500],
  ])('%i Phone System + Audio Conferencing units allow %i toll (and toll-free) numbers', (units, quota) => {
    expect(serviceNumberQuota(units, limits)).toBe(quota);
  });
});

describe('reservation rules', () => {
  // 100 Calling Plan units allow 120 user numbers; 100 service units, 30 toll or toll-free numbers.
  const base = {
    activeReservations: 0,
    reservedNumbers: 0,
    units: { callingPlan: 100, service: 100, credits: 0 },
    heldOfType: 0,
  };
  it('expires exactly 10 minutes after it was made', () => {
    const made = new Date('2026-11-26T09:00:00Z');
    const exp = expiresAt(made, limits).toISOString();
    expect(exp).toBe('2026-11-26T09:10:00.000Z');
    expect(isExpired(exp, new Date('2026-11-26T09:09:59.999Z'))).toBe(false);
    expect(isExpired(exp, new Date('2026-11-26T09:10:00.000Z'))).toBe(true);
  });
  it('accepts a request within every limit', () => {
    expect(checkReservation('User', 120, base, limits)).toEqual([]);
  });
  it('collects every limit a request breaks', () => {
    const ids = checkReservation('TollFree', 501, { ...base, activeReservations: 10, reservedNumbers: 199 }, limits).map((p) => p.errorId);
    expect(ids).toEqual(['QuantityTooLarge', 'TooManyReservations', 'TooManyReservedNumbers', 'CommunicationsCreditsRequired', 'QuotaExceeded']);
  });
  it('refuses without a number-management licence before anything else', () => {
    expect(checkReservation('User', 1, { ...base, units: { ...base.units, service: 0 } }, limits).map((p) => p.errorId)).toEqual(['LicenseRequired']);
  });
});
