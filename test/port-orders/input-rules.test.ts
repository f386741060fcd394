// new-port-order's input rules (admin docs): formats, ranges, one type and country per order, at most 999 numbers,
// numbers already in a tenant / the pool / twice / non-portable / invalid, the service address, BTN, transfer date.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cp, newStore, peek, tempDir } from '../helpers/store.js';
import { buy } from '../helpers/arrange.js';
import { GB_ADDRESS, createOrder, errorId, newOrder, type OrderJson } from './helpers.js';

let store: string;
beforeAll(() => {
  store = newStore();
  buy(store, { MCOEV: 10, MCOPSTNC: 1 });
});

const numbersIn = (s: string, orderId: string) =>
  peek<{ number: string; tenant_id: number; source_type: string; activation_state: string; number_type: string; city_code: string | null; country: string }>(
    s,
    'SELECT n.number, n.tenant_id, n.source_type, n.activation_state, n.number_type, n.city_code, n.country FROM numbers n JOIN port_orders po ON po.id = n.port_order_id WHERE po.order_id = ? ORDER BY n.number',
    orderId,
  );

describe('numbers as typed', () => {
  it('US numbers of 10 or 11 digits: dashes, spaces, dots and brackets are ignored; +E.164 too', async () => {
    const o = await createOrder(store, ['--telephone-numbers', '425-555-0200,(425) 555.0201,1 425 555 0202,14255550203,+1 (425) 555-0204,[425] 555 0205']);
    expect(o.TelephoneNumbers).toEqual(['+14255550200', '+14255550201', '+14255550202', '+14255550203', '+14255550204', '+14255550205']);
    expect(o.Status).toBe('Processing');
    expect(o.NumberType).toBe('Local');
    const rows = numbersIn(store, o.OrderId);
    expect(rows).toHaveLength(6);
    // Joined the tenant: ported in, pending, a user number of the city its area code and the service address name.
    expect(rows[0]).toMatchObject({
      tenant_id: 1,
      source_type: 'PortedIn',
      activation_state: 'PortPending',
      number_type: 'User',
      city_code: 'NOAM-US-WA-RD',
      country: 'US',
    });
  });

  it('semicolons separate numbers as commas do', async () => {
    const o = await createOrder(store, ['--telephone-numbers', '+14255550210;+14255550211']);
    expect(o.TelephoneNumbers).toEqual(['+14255550210', '+14255550211']);
  });

  it('other countries must be E.164: national digits are invalid numbers', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '02079460555']);
    expect(r.code).toBe(1);
    expect(errorId(r)).toBe('InvalidNumber');
    expect(r.err).toContain("'02079460555'");
  });

  it('invalid numbers are refused, each named', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550220,425555,+19995550100,not-a-number']);
    expect(r.code).toBe(1);
    const e = JSON.parse(r.err) as { ErrorId: string; Message: string };
    expect(e.ErrorId).toBe('InvalidNumber');
    expect(e.Message).toContain("'425555'");
    expect(e.Message).toContain('+19995550100');
    expect(e.Message).toContain("'not-a-number'");
    expect(e.Message).toContain('invalid numbers (3)');
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550220'")).toHaveLength(0);
  });
});

describe('ranges', () => {
  it('expands N1-N2 (formatted US numbers too) into every number', async () => {
    const o = await createOrder(store, ['--range', '425-555-0230-425-555-0234']);
    expect(o.TelephoneNumbers).toEqual(['+14255550230', '+14255550231', '+14255550232', '+14255550233', '+14255550234']);
    const p = await createOrder(store, ['--range', '+14255550240-+14255550241', '--telephone-numbers', '+14255550242']);
    expect(p.TelephoneNumberCount).toBe(3);
  });

  it('refuses a reversed range (the smaller number comes first)', async () => {
    const r = await newOrder(store, ['--range', '+14255550259-+14255550250']);
    expect(r.code).toBe(2);
    expect(errorId(r)).toBe('InvalidRange');
    expect(r.err).toContain('smaller number comes first');
  });

  it('refuses ends of different lengths and text that is no range', async () => {
    expect(errorId(await newOrder(store, ['--range', '+14255550250-+442079460555']))).toBe('InvalidRange');
    expect(errorId(await newOrder(store, ['--range', '+14255550250']))).toBe('InvalidRange');
  });

  it('refuses a range of more than 999 numbers without expanding it', async () => {
    const r = await newOrder(store, ['--range', '+14255560000-+14255560999']);
    expect(r.code).toBe(1);
    expect(errorId(r)).toBe('TooManyNumbers');
    expect(r.err).toContain('1,000 numbers');
    const ok = await newOrder(store, ['--range', '+14255560000-+14255560998'], {}, { extra: ['--whatif'] });
    expect(ok.code, ok.err).toBe(0);
    expect(ok.json<OrderJson>().TelephoneNumberCount).toBe(999);
  });
});

describe('the order as a whole', () => {
  it('at most 999 numbers (list, ranges and CSV together)', async () => {
    const r = await newOrder(store, ['--range', '+14255570000-+14255570998', '--telephone-numbers', '+14255571000']);
    expect(errorId(r)).toBe('TooManyNumbers');
    expect(r.err).toContain('1,000 numbers');
  });

  it('one number type: local, toll-free and mobile are not mixed (MixedNumberTypes names the odd ones)', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550260,+14255550261,+18005550260']);
    expect(r.code).toBe(1);
    expect(errorId(r)).toBe('MixedNumberTypes');
    expect(r.err).toContain('toll-free numbers in an order of local numbers');
    expect(r.err).toContain('+18005550260');
    expect(r.err).not.toContain('+14255550260');
  });

  it('one country (MixedCountries)', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550262,+14255550263,+33199009999']);
    expect(errorId(r)).toBe('MixedCountries');
    expect(r.err).toContain('+33199009999');
  });

  it('a country the catalog does not serve is refused', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+61291234567']);
    expect(errorId(r)).toBe('CountryNotSupported');
  });

  it('numbers duplicated in the order are named (formatting does not hide them)', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550264,425-555-0264,14255550265', '--range', '+14255550265-+14255550266']);
    expect(errorId(r)).toBe('DuplicateNumber');
    expect(r.err).toContain('+14255550264 (2 times)');
    expect(r.err).toContain('+14255550265 (2 times)');
  });

  it('numbers in non-portable ranges (UK 0843, 0844, 0870 …) are named', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+448431234567,+448441234567,+448701234567,+442079461234'], GB_ADDRESS);
    expect(r.code).toBe(1);
    expect(errorId(r)).toBe('NonPortableNumber');
    for (const n of ['+448431234567', '+448441234567', '+448701234567']) expect(r.err).toContain(n);
    expect(r.err).not.toContain('+442079461234');
  });

  it('free numbers of the provider pool cannot be ported (NumberInProviderPool)', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255037350']);
    expect(errorId(r)).toBe('NumberInProviderPool');
    expect(r.err).toContain('+14255037350');
  });

  it('every bad number is reported in one error, each kind tagged with its ErrorId', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '12,+448431234567,+14255037351,+14255550270,+14255550270']);
    const e = JSON.parse(r.err) as { ErrorId: string; Message: string };
    expect(e.ErrorId).toBe('InvalidNumber');
    expect(e.Message).toContain("'12'");
    expect(e.Message).toContain('(DuplicateNumber)');
    expect(e.Message).toContain('(NonPortableNumber)');
    expect(e.Message).toContain('(NumberInProviderPool)');
  });

  it('a long list of bad numbers is shortened with "and N more"', async () => {
    const r = await newOrder(store, ['--range', '+14255037300-+14255037329']);
    expect(errorId(r)).toBe('NumberInProviderPool');
    expect(r.err).toContain('(30)');
    expect(r.err).toContain('and 20 more');
  });
});

describe('numbers already in a tenant', () => {
  it('refuses numbers of this tenant (acquired or in another order) and of any other tenant, naming them', async () => {
    const s = newStore();
    buy(s, { MCOEV: 10 });
    // This tenant's acquired number and pending order.
    const res = await cp(s, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1', '-o', 'json']);
    const { ReservationId, TelephoneNumbers } = res.json<{ ReservationId: string; TelephoneNumbers: string[] }>();
    expect((await cp(s, ['acquire', '--reservation-id', ReservationId, '--all'])).code).toBe(0);
    await createOrder(s, ['--telephone-numbers', '+14255550280']);
    // A second tenant with a number of its own and a reservation.
    expect((await cp(s, ['init', '--tenant-name', 'Fabrikam'])).code).toBe(0);
    expect((await cp(s, ['--tenant', 'Fabrikam', 'buy-license', '--sku', 'MCOEV', '--quantity', '5'])).code).toBe(0);
    const fab = await cp(s, ['--tenant', 'Fabrikam', 'reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-BE', '--quantity', '2', '-o', 'json']);
    const fabNumbers = fab.json<{ ReservationId: string; TelephoneNumbers: string[] }>();
    expect(
      (await cp(s, ['--tenant', 'Fabrikam', 'acquire', '--reservation-id', fabNumbers.ReservationId, '--telephone-numbers', fabNumbers.TelephoneNumbers[0]!]))
        .code,
    ).toBe(0);
    const held = await cp(s, ['--tenant', 'Fabrikam', 'reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-BE', '--quantity', '1', '-o', 'json']);
    const reserved = held.json<{ TelephoneNumbers: string[] }>().TelephoneNumbers[0]!;

    const r = await newOrder(s, [
      '--telephone-numbers',
      [TelephoneNumbers[0]!, '+14255550280', fabNumbers.TelephoneNumbers[0]!, reserved, '+14255550281'].join(','),
    ]);
    expect(r.code).toBe(1);
    const e = JSON.parse(r.err) as { ErrorId: string; Message: string };
    expect(e.ErrorId).toBe('NumberAlreadyInTenant');
    expect(e.Message).toContain(`numbers this tenant already has (acquired or in a port order) (2): ${TelephoneNumbers[0]}, +14255550280`);
    expect(e.Message).toContain(`numbers held by another tenant of this store (1): ${fabNumbers.TelephoneNumbers[0]}`);
    expect(e.Message).toContain(`numbers reserved in a tenant of this store (1): ${reserved}`);
    expect(e.Message).not.toContain('+14255550281');
    // The other tenant is not named.
    expect(e.Message).not.toContain('Fabrikam');
    // A number ported into one tenant is refused in the other.
    const other = await newOrder(s, ['--telephone-numbers', '+14255550280', '--tenant', 'Fabrikam']);
    expect(errorId(other)).toBe('NumberAlreadyInTenant');
  });
});

describe('the service address', () => {
  it("is validated like an emergency address: a rejected one refuses the order with the validator's reason", async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550290'], { 'street-name': '148' });
    expect(r.code).toBe(1);
    const e = JSON.parse(r.err) as { ErrorId: string; Message: string; Hint: string };
    expect(e.ErrorId).toBe('ServiceAddressRejected');
    expect(e.Message).toContain('StreetNumberNeedsOrdinal');
    expect(e.Hint).toContain('148th');
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550290'")).toHaveLength(0);
  });

  it("corrections are applied and reported (a misspelt city, coordinates filled); the country defaults to the numbers'", async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550291'], { city: 'Redmnd' });
    expect(r.code, r.err).toBe(0);
    const o = r.json<OrderJson & { AddressValidation: string }>();
    expect(o.AddressValidation).toBe('AcceptedWithChanges');
    expect(o.ServiceAddressDetail).toMatchObject({ City: 'Redmond', CountryOrRegion: 'US' });
    expect(typeof o.ServiceAddressDetail.Latitude).toBe('number');
    const stored = peek<{ service_address: string }>(store, 'SELECT service_address FROM port_orders WHERE order_id = ?', o.OrderId)[0]!;
    expect(JSON.parse(stored.service_address)).toMatchObject({ city: 'Redmond', countryOrRegion: 'US' });
  });

  it("must be in the numbers' country", async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550292'], { ...GB_ADDRESS, 'country-or-region': 'GB' });
    expect(errorId(r)).toBe('CountryMismatch');
  });
});

describe('billing telephone number, port type, transfer date, inventory type', () => {
  it('a full port includes the BTN (the account closes); a partial port must not', async () => {
    const full = await newOrder(store, ['--telephone-numbers', '+14255550300,+14255550301'], {
      'port-type': 'Full',
      'billing-telephone-number': '+14255550309',
    });
    expect(errorId(full)).toBe('BillingNumberNotInOrder');
    const partial = await newOrder(store, ['--telephone-numbers', '+14255550300,+14255550301'], { 'billing-telephone-number': '425-555-0300' });
    expect(errorId(partial)).toBe('BillingNumberInOrder');
    const ok = await createOrder(store, ['--telephone-numbers', '+14255550300,+14255550301'], {
      'port-type': 'Full',
      'billing-telephone-number': '4255550301',
    });
    expect(ok.TelephoneNumberCount).toBe(2);
    const ps = await createOrder(store, ['--telephone-numbers', '+14255550302'], { 'port-type': undefined }, { extra: ['-IsPartialPort'] });
    expect(ps.TelephoneNumberCount).toBe(1);
  });

  it('the port type must be given, and an invalid BTN is refused', async () => {
    const none = await newOrder(store, ['--telephone-numbers', '+14255550303'], { 'port-type': undefined });
    expect(none.code).toBe(2);
    expect(errorId(none)).toBe('MissingParameter');
    expect(errorId(await newOrder(store, ['--telephone-numbers', '+14255550303'], { 'billing-telephone-number': '12' }))).toBe('InvalidNumber');
  });

  it('the transfer date is at least the catalog lead time (7 days) ahead; bad dates are usage errors', async () => {
    const soon = await newOrder(store, ['--telephone-numbers', '+14255550304'], { 'transfer-date': '2026-12-03T08:59:00Z' });
    expect(soon.code).toBe(1);
    expect(errorId(soon)).toBe('TransferDateTooSoon');
    expect(soon.err).toContain('2026-12-03T09:00:00.000Z');
    const edge = await newOrder(store, ['--telephone-numbers', '+14255550304'], { 'transfer-date': '2026-12-03T09:00:00Z' }, { extra: ['--whatif'] });
    expect(edge.code, edge.err).toBe(0);
    const zoned = await newOrder(store, ['--telephone-numbers', '+14255550304'], { 'transfer-date': '2026-12-10T08:00:00-08:00' }, { extra: ['--whatif'] });
    expect(zoned.json<OrderJson>().TransferDate).toBe('2026-12-10T16:00:00.000Z');
    for (const bad of ['2026-02-30', 'next week', '2026-12-10T25:00']) {
      const r = await newOrder(store, ['--telephone-numbers', '+14255550304'], { 'transfer-date': bad });
      expect(r.code, bad).toBe(2);
      expect(errorId(r)).toBe('InvalidValue');
    }
  });

  it('toll-free numbers are service numbers (TollFree) and need Communications Credits; local ones can be Service (Toll)', async () => {
    const tf = await createOrder(store, ['--telephone-numbers', '+18005550300,+18005550301'], { 'billing-telephone-number': '+18005550309' });
    expect(tf).toMatchObject({ NumberType: 'TollFree', InventoryType: 'Service' });
    expect(numbersIn(store, tf.OrderId).map((n) => [n.number_type, n.city_code])).toEqual([
      ['TollFree', null],
      ['TollFree', null],
    ]);
    const toll = await createOrder(store, ['--telephone-numbers', '+14255550310'], {}, { extra: ['--inventory-type', 'Service'] });
    expect(numbersIn(store, toll.OrderId)[0]!.number_type).toBe('Toll');
    const wrong = await newOrder(
      store,
      ['--telephone-numbers', '+18005550302'],
      { 'billing-telephone-number': '+18005550309' },
      { extra: ['--inventory-type', 'Subscriber'] },
    );
    expect(errorId(wrong)).toBe('InventoryTypeMismatch');

    const noCredits = newStore();
    buy(noCredits, { MCOEV: 1 });
    expect(errorId(await newOrder(noCredits, ['--telephone-numbers', '+18005550303'], { 'billing-telephone-number': '+18005550309' }))).toBe(
      'CommunicationsCreditsRequired',
    );
    const unlicensed = newStore();
    expect(errorId(await newOrder(unlicensed, ['--telephone-numbers', '+14255550311']))).toBe('LicenseRequired');
  });

  it('required details are usage errors when missing', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550312'], { 'account-number': undefined });
    expect(r.code).toBe(2);
    expect(errorId(r)).toBe('MissingParameter');
    const none = await newOrder(store, []);
    expect(none.code).toBe(2);
    expect(errorId(none)).toBe('MissingParameter');
  });
});

describe('CSV, -WhatIf, PowerShell spelling, audit', () => {
  it('reads a CSV file with a TelephoneNumber column (BOM, CRLF, formatted US numbers)', async () => {
    const file = path.join(tempDir(), 'numbers.csv');
    fs.writeFileSync(file, '\uFEFFTelephoneNumber\r\n425-555-0320\r\n+1 425 555 0321\r\n\r\n');
    const o = await createOrder(store, ['--csv', file, '--telephone-numbers', '+14255550322']);
    expect(o.TelephoneNumbers).toEqual(['+14255550322', '+14255550320', '+14255550321']);
    const bad = path.join(tempDir(), 'bad.csv');
    fs.writeFileSync(bad, 'Number,Other\n425-555-0323,x\n');
    expect(errorId(await newOrder(store, ['--csv', bad]))).toBe('UnknownColumn');
  });

  it('-WhatIf shows the order and changes nothing', async () => {
    const before = peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM port_orders')[0]!.n;
    const r = await newOrder(store, ['--telephone-numbers', '+14255550330'], {}, { extra: ['-WhatIf'] });
    expect(r.code, r.err).toBe(0);
    expect(r.json<OrderJson>()).toMatchObject({ Result: 'WhatIf', Status: 'Processing', OrderId: '' });
    expect(peek<{ n: number }>(store, 'SELECT COUNT(*) AS n FROM port_orders')[0]!.n).toBe(before);
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550330'")).toHaveLength(0);
  });

  it('takes the cmdlet spelling of New-CsOnlineNumberPortInOrder; the PIN is never shown or logged', async () => {
    const r = await cp(store, [
      'New-CsOnlineNumberPortInOrder',
      '-TelephoneNumbers',
      '+14255550340,+14255550341',
      '-IsPartialPort',
      '-BillingTelephoneNumber',
      '+14255550349',
      '-LosingTelcoAccountId',
      '123',
      '-LosingTelcoPin',
      '9876',
      '-LOAAuthorizingPerson',
      'Ken Myer',
      '-SubscriberCompanyName',
      'Contoso',
      '-SubscriberBuildingNumber',
      '1',
      '-SubscriberStreetName',
      'Microsoft Way',
      '-SubscriberCity',
      'Redmond',
      '-SubscriberArea',
      'WA',
      '-SubscriberZipCode',
      '98052',
      '-RequestedFocDate',
      '2026-12-10',
      '-LosingCarrier',
      'Northwind',
      '-EmailAddresses',
      'it@contoso.com',
      '-o',
      'json',
    ]);
    expect(r.code, r.err).toBe(0);
    const o = r.json<OrderJson & { Notify: string[] }>();
    expect(o).toMatchObject({ Pin: '(set)', Notify: ['it@contoso.com'], TelephoneNumberCount: 2 });
    expect(r.out).not.toContain('9876');
    const audit = peek<{ operation: string; parameters: string; after: string }>(
      store,
      'SELECT operation, parameters, after FROM audit_log WHERE target = ?',
      o.OrderId,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.operation).toBe('New-CsOnlineNumberPortInOrder');
    expect(audit[0]!.parameters + audit[0]!.after).not.toContain('9876');
    expect(peek<{ pin: string }>(store, 'SELECT pin FROM port_orders WHERE order_id = ?', o.OrderId)[0]!.pin).toBe('9876');
  });

  it('-Notify takes e-mail addresses only', async () => {
    const r = await newOrder(store, ['--telephone-numbers', '+14255550350'], {}, { extra: ['--notify', 'it@contoso.com,nobody'] });
    expect(r.code).toBe(2);
    expect(errorId(r)).toBe('InvalidValue');
  });
});
