// Reserving, acquiring, clearing: the 10-minute hold, partial acquisition, limits, quotas and the non-US address rule.
import { describe, expect, it } from 'vitest';
import { at, cp, newStore, peek } from '../helpers/store.js';
import { address, buy } from '../helpers/arrange.js';

interface Reserved {
  ReservationId: string;
  ExpiresAt: string;
  TimeLeftSeconds: number;
  TelephoneNumbers: string[];
  LocationId: string | null;
}

const MIN = 60_000;

async function reserve(store: string, args: string[], now?: string): Promise<Reserved> {
  const r = await cp(store, ['reserve', ...args, '-o', 'json'], { now });
  if (r.code !== 0) throw new Error(r.err);
  return r.json<Reserved>();
}

const free = (store: string, city: string, type = 'User') =>
  peek<{ n: number }>(
    store,
    'SELECT COUNT(*) AS n FROM numbers WHERE city_code = ? AND number_type = ? AND tenant_id IS NULL AND reservation_id IS NULL',
    city,
    type,
  )[0]!.n;

describe('reserve', () => {
  it('needs a Phone System, E5 or Audio Conferencing licence in the tenant', async () => {
    const store = newStore();
    const r = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: LicenseRequired: /);
  });

  it('holds numbers for 10 minutes and prints the id, expiry, time left and numbers', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const before = free(store, 'NOAM-US-WA-RD');
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '3']);
    expect(r.TelephoneNumbers).toHaveLength(3);
    expect(r.ExpiresAt).toBe(at(10 * MIN));
    expect(r.TimeLeftSeconds).toBe(600);
    expect(free(store, 'NOAM-US-WA-RD')).toBe(before - 3);
    const text = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'Redmond', '--quantity', '1']);
    expect(text.out).toMatch(/ReservationId\s+[0-9a-f-]{36}/);
    expect(text.out).toMatch(/ExpiresAt\s+2026-11-26T09:10:00.000Z \(10m 00s left\)/);
  });

  it('the documented Service example reserves 10 toll numbers in New York', async () => {
    const store = newStore();
    buy(store, { MCOEV: 30 });
    const r = await cp(store, [
      'Search-CsOnlineTelephoneNumberInventory',
      '-InventoryType',
      'Service',
      '-Region',
      'NOAM',
      '-Country',
      'US',
      '-Area',
      'NY',
      '-City',
      'NY',
      '-Quantity',
      '10',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = r.json<Reserved & { CityCode: string; NumberType: string }>();
    expect(j).toMatchObject({ CityCode: 'NOAM-US-NY-NY', NumberType: 'Toll' });
    expect(j.TelephoneNumbers).toHaveLength(10);
  });

  it('resolves the city by code, last part within the area, or name, and refuses unknown or ambiguous ones', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    for (const args of [
      ['--city', 'noam-us-wa-se'],
      ['--area', 'WA', '--city', 'SE'],
      ['--country', 'United States', '--city', 'seattle'],
    ]) {
      const r = await reserve(store, ['--inventory-type', 'Subscriber', '--quantity', '1', ...args]);
      expect(r.TelephoneNumbers[0]).toMatch(/^\+1206/);
    }
    const unknown = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--quantity', '1', '--country', 'US', '--city', 'Springfield']);
    expect(unknown.err).toMatch(/UnknownCity: .*Springfield/);
  });

  it('filters by area code and leading digits with index ranges', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--area-code', '929', '--quantity', '2']);
    expect(r.TelephoneNumbers.every((n) => n.startsWith('+1929'))).toBe(true);
    const s = await reserve(store, [
      '--inventory-type',
      'Subscriber',
      '--city',
      'NOAM-US-NY-NY',
      '--telephone-number-starts-with',
      '+1929445017',
      '--quantity',
      '1',
    ]);
    expect(s.TelephoneNumbers).toEqual(['+19294450170']);
    const bad = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--area-code', '425', '--quantity', '1']);
    expect(bad.err).toMatch(/UnknownAreaCode: .*Area codes: 212/);
  });

  it('reserves exactly the numbers named, when they are free', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--telephone-number', '+19294450177,19294450178']);
    expect(r.TelephoneNumbers).toEqual(['+19294450177', '+19294450178']);
    const again = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--telephone-number', '+19294450177']);
    expect(again.err).toMatch(/NumberNotAvailable: .*\+19294450177/);
  });

  it('refuses more than 500 per search, more than 10 active reservations and more than 200 held numbers', async () => {
    const store = newStore();
    buy(store, { MCOEV: 1000, MCOPSTN1: 1000 });
    const big = await cp(store, [
      'reserve',
      '--inventory-type',
      'Subscriber',
      '--city',
      'EMEA-GB-ENG-LND',
      '--quantity',
      '501',
      '--civic-address-id',
      address(store, { country: 'GB', state: 'ENG', city: 'London' }).civicAddressId,
    ]);
    expect(big.err).toMatch(/QuantityTooLarge: one search reserves at most 500/);
    for (let i = 0; i < 10; i++) await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '1']);
    const eleventh = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '1']);
    expect(eleventh.err).toMatch(/TooManyReservations: .*10 active reservations/);

    const other = newStore();
    buy(other, { MCOEV: 1000, MCOPSTN1: 1000 });
    await reserve(other, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '150']);
    const over = await cp(other, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '51']);
    expect(over.err).toMatch(/TooManyReservedNumbers: at most 200 .* 150 are, so 50 more/);
  });

  it('quotes the user-number formula with the tenant figures when over quota (50 units -> 65)', async () => {
    const store = newStore();
    buy(store, { MCOEV: 50, MCOPSTN1: 50 });
    await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '60']);
    const r = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '6']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'QuotaExceeded: the tenant may hold 65 user numbers (floor(50 Calling Plan units × 1.1) + 10 = 65); it holds 60, so 5 more can be reserved, not 6.',
    );
  });

  it('acquire checks the quota again: licences removed after the reservation are counted', async () => {
    const store = newStore();
    buy(store, { MCOEV: 50, MCOPSTN1: 50 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '60']);
    expect((await cp(store, ['remove-license', 'MCOPSTN1', '--quantity', '40'])).code).toBe(0);
    const a = await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
    expect(a.code).toBe(1);
    expect(a.err).toContain(
      'QuotaExceeded: the tenant may hold 21 user numbers (floor(10 Calling Plan units × 1.1) + 10 = 21); it holds 0, so 21 more can be acquired, not 60.',
    );
    expect(peek(store, 'SELECT COUNT(*) AS n FROM numbers WHERE tenant_id IS NOT NULL')).toEqual([{ n: 0 }]);
  });

  it('100 Calling Plan units allow 120 user numbers', async () => {
    const store = newStore();
    buy(store, { MCOEV: 100, MCOPSTN1: 60, MCOPSTN2: 40 });
    await reserve(store, [
      '--inventory-type',
      'Subscriber',
      '--city',
      'EMEA-GB-ENG-LND',
      '--quantity',
      '120',
      '--civic-address-id',
      address(store, { country: 'GB', state: 'ENG', city: 'London' }).civicAddressId,
    ]);
    const r = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-NY-NY', '--quantity', '1']);
    expect(r.err).toMatch(/QuotaExceeded: the tenant may hold 120 user numbers \(floor\(100 Calling Plan units × 1.1\) \+ 10 = 120\)/);
  });

  it('service numbers follow the licence tier; toll-free needs Communications Credits and has its own pool', async () => {
    const store = newStore();
    buy(store, { MCOEV: 20, MCOMEETADV: 10 });
    await reserve(store, ['--inventory-type', 'Service', '--city', 'NOAM-US-NY-NY', '--quantity', '10']);
    const toll = await cp(store, ['reserve', '--inventory-type', 'Service', '--city', 'NOAM-US-NY-NY', '--quantity', '1']);
    expect(toll.err).toMatch(/QuotaExceeded: the tenant may hold 10 toll service numbers \(30 Phone System \+ Audio Conferencing units \(tier 26–49\) → 10\)/);
    const noCredits = await cp(store, ['reserve', '--inventory-type', 'Service', '--toll-free', '--city', 'NOAM-US-NY-NY', '--quantity', '1']);
    expect(noCredits.err).toMatch(/CommunicationsCreditsRequired/);
    buy(store, { MCOPSTNC: 1 });
    const tf = await reserve(store, ['--inventory-type', 'Service', '--toll-free', '--city', 'NOAM-US-NY-NY', '--quantity', '10']);
    expect(tf.TelephoneNumbers.every((n) => n.startsWith('+1800'))).toBe(true);
  });

  it('outside the US a reservation needs a validated civic address in the same country, and the numbers carry its default location', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const base = ['reserve', '--inventory-type', 'Subscriber', '--city', 'EMEA-GB-ENG-LND', '--quantity', '2'];
    expect((await cp(store, base)).err).toMatch(/CivicAddressRequired: numbers in United Kingdom come with an emergency address/);
    const unvalidated = address(store, { country: 'GB', state: 'ENG', city: 'London', validated: false });
    expect((await cp(store, [...base, '--civic-address-id', unvalidated.civicAddressId])).err).toMatch(/AddressNotValidated/);
    const us = address(store, { country: 'US', state: 'WA', city: 'Redmond' });
    expect((await cp(store, [...base, '--civic-address-id', us.civicAddressId])).err).toMatch(/CountryMismatch: .* is in US, but EMEA-GB-ENG-LND is in GB/);
    const london = address(store, { country: 'GB', state: 'ENG', city: 'London' });
    const r = await reserve(store, [...base.slice(1), '--civic-address-id', london.civicAddressId]);
    expect(r.LocationId).toBe(london.locationId);
    const acq = await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
    expect(acq.code).toBe(0);
    const nums = (await cp(store, ['get-number', '--country', 'GB', '-o', 'json'])).json<{ LocationId: string; CivicAddressId: string }[]>();
    expect(nums).toHaveLength(2);
    expect(nums.every((n) => n.LocationId === london.locationId && n.CivicAddressId === london.civicAddressId)).toBe(true);
  });

  it('in France, Germany and the other same-area countries the address must lie in the number area', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const lyon = address(store, { country: 'FR', state: 'ARA', city: 'Lyon' });
    const r = await cp(store, [
      'reserve',
      '--inventory-type',
      'Subscriber',
      '--city',
      'EMEA-FR-IDF-PAR',
      '--quantity',
      '1',
      '--civic-address-id',
      lyon.civicAddressId,
    ]);
    expect(r.err).toMatch(/AddressAreaMismatch: in France the emergency address must lie in the number's area/);
  });

  it('US reservations take no civic address (the location comes with the assignment)', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const us = address(store, { country: 'US', state: 'WA', city: 'Redmond' });
    const r = await cp(store, [
      'reserve',
      '--inventory-type',
      'Subscriber',
      '--city',
      'NOAM-US-WA-RD',
      '--quantity',
      '1',
      '--civic-address-id',
      us.civicAddressId,
    ]);
    expect(r.err).toMatch(/CivicAddressNotApplicable/);
  });

  it('-WhatIf shows the numbers and holds nothing', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const before = free(store, 'NOAM-US-WA-RD');
    const r = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2', '-WhatIf', '-o', 'json']);
    expect(r.json<{ Result: string; TelephoneNumbers: string[] }>()).toMatchObject({ Result: 'WhatIf', TelephoneNumbers: ['+14255037300', '+14255037301'] });
    expect(free(store, 'NOAM-US-WA-RD')).toBe(before);
  });
});

describe('expiry', () => {
  it('a reservation expires at exactly 10 minutes: acquiring then fails naming the time, and the numbers are back', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const before = free(store, 'NOAM-US-WA-RD');
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2']);
    const listed = await cp(store, ['get-reservation', '-o', 'json'], { now: at(10 * MIN - 1) });
    expect(listed.json<{ Reservations: { TimeLeftSeconds: number }[] }>().Reservations[0]!.TimeLeftSeconds).toBe(0);
    const late = await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all'], { now: at(10 * MIN) });
    expect(late.code).toBe(1);
    expect(late.err).toContain(`ReservationExpired: reservation ${r.ReservationId} expired at 2026-11-26T09:10:00.000Z (made at 2026-11-26T09:00:00.000Z)`);
    expect(free(store, 'NOAM-US-WA-RD')).toBe(before);
    expect(peek(store, 'SELECT status FROM reservations')).toEqual([{ status: 'Expired' }]);
    const gone = await cp(store, ['get-reservation', '-o', 'json'], { now: at(10 * MIN) });
    expect(gone.json<{ Reservations: unknown[] }>().Reservations).toEqual([]);
  });

  it('one millisecond before expiry the numbers can still be acquired', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2']);
    const ok = await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all'], { now: at(10 * MIN - 1) });
    expect(ok.code).toBe(0);
  });

  it('any later command releases expired holds before it reads', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2']);
    await cp(store, ['status'], { now: at(11 * MIN) });
    expect(peek(store, 'SELECT COUNT(*) AS n FROM numbers WHERE reservation_id IS NOT NULL')).toEqual([{ n: 0 }]);
    const log = (await cp(store, ['get-audit-log', '--operation', 'reservation-expiry', '-o', 'json'], { now: at(11 * MIN) })).json<
      { Time: string; Before: unknown; After: unknown; Result: string }[]
    >();
    expect(log).toEqual([
      expect.objectContaining({ Time: at(10 * MIN), Before: { Status: 'Active', Numbers: 2 }, After: { Status: 'Expired' }, Result: 'Expired' }),
    ]);
  });
});

describe('acquire and clear', () => {
  it('acquires some numbers; the rest go back to the pool', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const before = free(store, 'NOAM-US-WA-RD');
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '5']);
    const picked = [r.TelephoneNumbers[1]!, r.TelephoneNumbers[3]!.slice(1)];
    const a = await cp(store, [
      'Select-CsOnlineTelephoneNumberInventory',
      '-ReservationId',
      r.ReservationId,
      '-TelephoneNumbers',
      picked.join(','),
      '-Region',
      'NOAM',
      '-Country',
      'US',
      '-Area',
      'WA',
      '-City',
      'RD',
    ]);
    expect(a.code).toBe(0);
    expect(a.err).toContain('3 other numbers of the reservation went back to the pool.');
    expect(free(store, 'NOAM-US-WA-RD')).toBe(before - 2);
    const mine = (await cp(store, ['get-number', '-o', 'json'])).json<{ TelephoneNumber: string; SourceType: string; ActivationState: string }[]>();
    expect(mine.map((n) => n.TelephoneNumber)).toEqual([r.TelephoneNumbers[1], r.TelephoneNumbers[3]]);
    expect(mine[0]).toMatchObject({ SourceType: 'Tnm', ActivationState: 'Activated' });
    const again = await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
    expect(again.err).toMatch(/ReservationClosed: .*already acquired/);
  });

  it('refuses numbers that are not in the reservation, and a mismatched place', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1']);
    expect((await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--telephone-numbers', '+12065550100'])).err).toMatch(
      /NumberNotInReservation: .*\+12065550100/,
    );
    expect((await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all', '--city', 'NOAM-US-NY-NY'])).err).toMatch(/ReservationMismatch/);
    expect((await cp(store, ['acquire', '--reservation-id', r.ReservationId])).code).toBe(2);
    expect((await cp(store, ['acquire', '--reservation-id', 'no-such-id', '--all'])).err).toMatch(/ReservationNotFound/);
  });

  it('clear-reservation puts the numbers back; an expired one is reported as expired', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const before = free(store, 'NOAM-US-WA-RD');
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '4']);
    const c = await cp(store, ['Clear-CsOnlineTelephoneNumberReservation', '-ReservationId', r.ReservationId, '-InventoryType', 'Subscriber', '-o', 'json']);
    expect(c.json()).toEqual([expect.objectContaining({ Result: 'Cleared', Released: 4 })]);
    expect(free(store, 'NOAM-US-WA-RD')).toBe(before);
    const r2 = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1']);
    const late = await cp(store, ['clear-reservation', r2.ReservationId, '-o', 'json'], { now: at(20 * MIN) });
    expect(late.json()).toEqual([expect.objectContaining({ Result: 'Expired' })]);
  });

  it('every change is in the audit log', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const r = await reserve(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '2']);
    await cp(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
    const log = (await cp(store, ['get-audit-log', '--telephone-number', r.TelephoneNumbers[0]!, '-o', 'json'])).json<{ Operation: string }[]>();
    expect(log.map((e) => e.Operation)).toEqual(['Search-CsOnlineTelephoneNumberInventory', 'Select-CsOnlineTelephoneNumberInventory']);
  });
});
