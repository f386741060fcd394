// The address and location commands through the CLI (in-process): documented examples, results, edits, audit, isolation.
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';

interface AddressJson {
  CivicAddressId: string;
  DefaultLocationId: string;
  ValidationStatus: string;
  ValidationResult?: string;
  Reason?: string;
  Changes?: { Field: string; Old: string; New: string }[];
  [k: string]: unknown;
}

const REDMOND = [
  '-HouseNumber',
  '3910',
  '-StreetName',
  'Smith',
  '-StreetSuffix',
  'Street',
  '-PostDirectional',
  'NE',
  '-City',
  'Redmond',
  '-StateorProvince',
  'Washington',
];

async function addAddress(store: string, ...extra: string[]): Promise<AddressJson> {
  const r = await cp(store, [
    'New-CsOnlineLisCivicAddress',
    ...REDMOND,
    '-Country',
    'US',
    '-PostalCode',
    '98052',
    '-Description',
    'West Coast Headquarters',
    '-CompanyName',
    'Contoso',
    '-o',
    'json',
    ...extra,
  ]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r.json<AddressJson>();
}

describe('New-CsOnlineLisCivicAddress (add-address)', () => {
  it('the documented old example (-Country US) is accepted with Washington -> WA and coordinates filled', async () => {
    const store = newStore();
    const a = await addAddress(store);
    expect(a).toMatchObject({
      StateOrProvince: 'WA',
      City: 'Redmond',
      ValidationStatus: 'Validated',
      ValidationResult: 'AcceptedWithChanges',
      Latitude: 47.6718,
      Longitude: -122.1232,
    });
    expect(a.Changes).toEqual([
      { Field: 'StateOrProvince', Old: 'Washington', New: 'WA' },
      { Field: 'Latitude', Old: '', New: '47.6718' },
      { Field: 'Longitude', Old: '', New: '-122.1232' },
    ]);
    expect(a.CivicAddressId).toMatch(/^[0-9a-f-]{36}$/);
    // Saving an address creates its default location.
    const loc = peek<{ location: string; is_default: number; location_id: string }>(store, 'SELECT location, is_default, location_id FROM locations');
    expect(loc).toEqual([{ location: '', is_default: 1, location_id: a.DefaultLocationId }]);
    const audit = peek<{ operation: string; target: string; result: string }>(
      store,
      "SELECT operation, target, result FROM audit_log WHERE operation LIKE 'New-CsOnlineLis%'",
    );
    expect(audit).toEqual([{ operation: 'New-CsOnlineLisCivicAddress', target: a.CivicAddressId, result: 'Created' }]);
  });

  it('the documented current example with coordinates and ELIN', async () => {
    const store = newStore();
    const r = await cp(store, [
      'New-CsOnlineLisCivicAddress',
      '-HouseNumber',
      '1',
      '-StreetName',
      'Microsoft Way',
      '-City',
      'Redmond',
      '-StateorProvince',
      'Washington',
      '-CountryOrRegion',
      'US',
      '-PostalCode',
      '98052',
      '-Description',
      'West Coast Headquarters',
      '-CompanyName',
      'Contoso',
      '-Latitude',
      '47.63952',
      '-Longitude',
      '-122.12781',
      '-Elin',
      'MICROSOFT_ELIN',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      Latitude: 47.63952,
      Longitude: -122.12781,
      Elin: 'MICROSOFT_ELIN',
      ValidationStatus: 'Validated',
      Changes: [{ Field: 'StateOrProvince', Old: 'Washington', New: 'WA' }],
    });
  });

  it('table output heads the changes with "Address was updated" (old -> new)', async () => {
    const r = await cp(newStore(), ['New-CsOnlineLisCivicAddress', ...REDMOND, '-Country', 'US', '-PostalCode', '98052', '-CompanyName', 'Contoso']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Address was updated:\n {2}StateOrProvince\s+Washington → WA\n/);
    expect(r.out).toMatch(/ValidationStatus\s+: Validated/);
  });

  it('a rejected address is AddressRejected (exit 1) with the reason and hint, and nothing is saved', async () => {
    const store = newStore();
    const r = await cp(store, [
      'add-address',
      '--street-name',
      '148',
      '--city',
      'Redmond',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '98052',
      '--company-name',
      'Contoso',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: AddressRejected: the address was rejected \(StreetNumberNeedsOrdinal\): .* Hint: write 148th .*--allow-unvalidated/);
    expect(peek(store, 'SELECT * FROM addresses')).toEqual([]);
  });

  it('--allow-unvalidated saves a rejected address as NotValidated (exit 0) with the rejection as a notice', async () => {
    const store = newStore();
    const r = await cp(store, [
      'add-address',
      '--street-name',
      'Main',
      '--city',
      'Redmond',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '10001',
      '--company-name',
      'Contoso',
      '--allow-unvalidated',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/AddressRejected \(PostalCodeMismatch\): .*saved as .*NotValidated|Saved as [0-9a-f-]{36} as NotValidated/);
    const a = r.json<AddressJson>();
    expect(a).toMatchObject({
      ValidationStatus: 'NotValidated',
      ValidationResult: 'Rejected',
      Reason: 'PostalCodeMismatch',
      PostalCode: '10001',
      StateOrProvince: 'WA',
    });
    expect(peek(store, 'SELECT validation_status FROM addresses')).toEqual([{ validation_status: 'NotValidated' }]);
  });

  it('-WhatIf validates and shows the address but saves nothing', async () => {
    const store = newStore();
    const r = await cp(store, ['New-CsOnlineLisCivicAddress', ...REDMOND, '-Country', 'US', '-PostalCode', '98052', '-CompanyName', 'Contoso', '-WhatIf']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/What if: .*nothing was changed/);
    expect(peek(store, 'SELECT * FROM addresses')).toEqual([]);
    expect(peek(store, "SELECT * FROM audit_log WHERE operation = 'New-CsOnlineLisCivicAddress'")).toEqual([]);
  });

  it('requires CompanyName and CountryOrRegion (usage error)', async () => {
    const r = await cp(newStore(), ['New-CsOnlineLisCivicAddress', '-StreetName', 'Main', '-CountryOrRegion', 'US']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/MissingParameter: .*-CompanyName/);
    const blank = await cp(newStore(), ['add-address', '--street-name', 'Main', '--country', '  ', '--company-name', 'C']);
    expect(blank.code).toBe(2);
  });

  it('control characters in a field are refused (InvalidValue), never stored', async () => {
    const store = newStore();
    const r = await cp(store, [
      'New-CsOnlineLisCivicAddress',
      ...REDMOND,
      '-Country',
      'US',
      '-PostalCode',
      '98052',
      '-CompanyName',
      'Contoso',
      '-Description',
      'HQ\u001b[2J\u001b[31m',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^callplan: InvalidValue: -Description contains a control character/);
    expect(peek(store, 'SELECT * FROM addresses')).toEqual([]);
  });

  it('coordinates that are not decimal degrees are a usage error', async () => {
    const r = await cp(newStore(), [
      'New-CsOnlineLisCivicAddress',
      ...REDMOND,
      '-Country',
      'US',
      '-PostalCode',
      '98052',
      '-CompanyName',
      'C',
      '-Latitude',
      '47,6',
      '-Longitude',
      '-122',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/InvalidValue: -Latitude must be decimal degrees/);
  });
});

describe('Test-CsOnlineLisCivicAddress (test-address)', () => {
  it('the documented example: accepted with changes, nothing saved', async () => {
    const store = newStore();
    const r = await cp(store, [
      'Test-CsOnlineLisCivicAddress',
      ...REDMOND,
      '-CountryOrRegion',
      'US',
      '-PostalCode',
      '98052',
      '-Description',
      'Puget Sound',
      '-CompanyName',
      'Contoso',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ ValidationResult: 'AcceptedWithChanges', StateOrProvince: 'WA', Description: 'Puget Sound' });
    expect(peek(store, 'SELECT * FROM addresses')).toEqual([]);
  });

  it('accepted as is', async () => {
    const r = await cp(newStore(), [
      'test-address',
      '--house-number',
      '1',
      '--street-name',
      'Microsoft Way',
      '--city',
      'Redmond',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '98052',
      '--company-name',
      'C',
      '--latitude',
      '47.63952',
      '--longitude',
      '-122.12781',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Accepted as is\n/);
  });

  it('rejected: exit 1, the Reason in the record, nothing saved', async () => {
    const r = await cp(newStore(), [
      'test-address',
      '--street-name',
      'Main',
      '--city',
      'Burten',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '98000',
      '--company-name',
      'C',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ValidationResult: 'Rejected', ErrorId: 'AddressRejected', Reason: 'AmbiguousCity' });
    expect(r.err).toMatch(/AddressRejected \(AmbiguousCity\)/);
  });

  it('the documented -CivicAddressId example of another tenant or none is AddressNotFound', async () => {
    const r = await cp(newStore(), ['Test-CsOnlineLisCivicAddress', '-CivicAddressId', 'a363a9b8-1acd-41de-916a-296c7998a024']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: AddressNotFound: /);
  });

  it('-CivicAddressId with address fields is a usage error', async () => {
    const r = await cp(newStore(), ['test-address', '--civic-address-id', 'a363a9b8-1acd-41de-916a-296c7998a024', '--city', 'Redmond']);
    expect(r.code).toBe(2);
  });
});

describe('set-address and validate-and-save', () => {
  it('a validated address is read-only (ValidatedAddressReadOnly)', async () => {
    const store = newStore();
    const a = await addAddress(store);
    const r = await cp(store, ['Set-CsOnlineLisCivicAddress', '-CivicAddressId', a.CivicAddressId, '-Description', 'City Center', '-CompanyName', 'Contoso']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: ValidatedAddressReadOnly: /);
    expect(peek(store, 'SELECT description FROM addresses')).toEqual([{ description: 'West Coast Headquarters' }]);
  });

  it('a NotValidated address can be edited, stays NotValidated, and test-address --civic-address-id validates and saves it', async () => {
    const store = newStore();
    const add = await cp(store, [
      'add-address',
      '--street-name',
      'Main',
      '--city',
      'Redmundx',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '98000',
      '--company-name',
      'Contoso',
      '--allow-unvalidated',
      '-o',
      'json',
    ]);
    const id = add.json<AddressJson>().CivicAddressId;

    const rejected = await cp(store, ['test-address', '--civic-address-id', id, '-o', 'json']);
    expect(rejected.code).toBe(1);
    expect(rejected.json()).toMatchObject({ ValidationResult: 'Rejected', Reason: 'UnknownPostalCode', ValidationStatus: 'NotValidated' });

    const set = await cp(store, ['Set-CsOnlineLisCivicAddress', '-CivicAddressId', id, '-City', 'Redmund', '-PostalCode', '98052', '-o', 'json']);
    expect(set.code).toBe(0);
    expect(set.json()).toMatchObject({ City: 'Redmund', PostalCode: '98052', ValidationStatus: 'NotValidated' });
    expect(set.err).toMatch(/stays NotValidated/);

    const whatIf = await cp(store, ['test-address', '--civic-address-id', id, '--whatif']);
    expect(whatIf.code).toBe(0);
    expect(peek(store, 'SELECT validation_status FROM addresses')).toEqual([{ validation_status: 'NotValidated' }]);

    const ok = await cp(store, ['Test-CsOnlineLisCivicAddress', '-CivicAddressId', id, '-o', 'json']);
    expect(ok.code).toBe(0);
    expect(ok.json()).toMatchObject({ ValidationResult: 'AcceptedWithChanges', City: 'Redmond', ValidationStatus: 'Validated', Latitude: 47.6718 });
    expect(peek(store, 'SELECT city, validation_status, latitude FROM addresses')).toEqual([
      { city: 'Redmond', validation_status: 'Validated', latitude: 47.6718 },
    ]);
    const ops = peek<{ operation: string; result: string }>(
      store,
      "SELECT operation, result FROM audit_log WHERE tenant_id IS NOT NULL AND operation LIKE '%Lis%' ORDER BY id",
    );
    expect(ops).toEqual([
      { operation: 'New-CsOnlineLisCivicAddress', result: 'Created' },
      { operation: 'Set-CsOnlineLisCivicAddress', result: 'Updated' },
      { operation: 'Test-CsOnlineLisCivicAddress', result: 'Validated' },
    ]);
  });

  it('$null clears a field; the country and company cannot be cleared', async () => {
    const store = newStore();
    const id = (
      await cp(store, [
        'add-address',
        '--street-name',
        'Main',
        '--house-number',
        '5',
        '--city',
        'Nowhere',
        '--state',
        'WA',
        '--country',
        'US',
        '--postal-code',
        '10001',
        '--company-name',
        'C',
        '--allow-unvalidated',
        '--latitude',
        '47',
        '--longitude',
        '-122',
        '-o',
        'json',
      ])
    ).json<AddressJson>().CivicAddressId;
    const r = await cp(store, [
      'Set-CsOnlineLisCivicAddress',
      '-CivicAddressId',
      id,
      '-HouseNumber',
      '$null',
      '-Latitude',
      '$null',
      '-Longitude',
      '$null',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ HouseNumber: '', Latitude: null });
    expect((await cp(store, ['set-address', '--civic-address-id', id, '--country', '$null'])).code).toBe(2);
    expect((await cp(store, ['set-address', '--civic-address-id', id])).err).toMatch(/NothingToChange/);
  });
});

describe('Get-CsOnlineLisCivicAddress and Get-CsOnlineLisLocation', () => {
  it('the documented examples run unchanged on an empty tenant', async () => {
    const store = newStore();
    for (const args of [
      ['Get-CsOnlineLisCivicAddress', '-City', 'Seattle'],
      ['Get-CsOnlineLisLocation', '-Location', '3rd Floor Cafe'],
      ['Get-CsOnlineLisLocation', '-City', 'Seattle', '-ResultSize', '25', '-ValidationStatus', 'Validated'],
      ['Get-CsOnlineLisCivicAddress', '-City', 'Seattle', '-ResultSize', '25', '-NumberOfResultsToSkip', '25'],
    ]) {
      const r = await cp(store, args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.out).toBe('');
    }
    const bad = await cp(store, ['Get-CsOnlineLisCivicAddress', '-CivicAddressId', '235678321ee38d9a5-33dc-4a32-9fb8-f234cedb91ac']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^callplan: AddressNotFound: /);
    const loc = await cp(store, ['Get-CsOnlineLisLocation', '-LocationId', '5aa884e8-d548-4b8e-a289-52bfd5265a6e']);
    expect(loc.err).toMatch(/^callplan: LocationNotFound: /);
  });

  it('filters by city, country, description, status and paging, with a notice when more matched', async () => {
    const store = newStore();
    const a = await addAddress(store);
    await cp(store, [
      'add-address',
      '--house-number',
      '10',
      '--street-name',
      'Downing Street',
      '--city',
      'London',
      '--postal-code',
      'SW1A 2AA',
      '--country',
      'GB',
      '--company-name',
      'Contoso',
      '--description',
      'London office',
    ]);
    await cp(store, [
      'add-address',
      '--street-name',
      'Main',
      '--city',
      'Nowhere',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '10001',
      '--company-name',
      'C',
      '--allow-unvalidated',
    ]);
    const ids = async (...args: string[]) => (await cp(store, ['get-address', '-o', 'json', ...args])).json<AddressJson[]>().map((x) => x.City);
    expect(await ids()).toEqual(['Redmond', 'London', 'Nowhere']);
    expect(await ids('--city', 'LONDON')).toEqual(['London']);
    expect(await ids('--country', 'us')).toEqual(['Redmond', 'Nowhere']);
    expect(await ids('--description', 'office')).toEqual(['London']);
    expect(await ids('--validation-status', 'NotValidated')).toEqual(['Nowhere']);
    expect(await ids('--validation-status', 'Valid')).toEqual(['Redmond', 'London']);
    expect(await ids('--validation-status', 'Invalid')).toEqual([]);
    expect(await ids('--location-id', a.DefaultLocationId)).toEqual(['Redmond']);
    const paged = await cp(store, ['Get-CsOnlineLisCivicAddress', '-ResultSize', '1', '-NumberOfResultsToSkip', '1', '-o', 'json']);
    expect(paged.json<AddressJson[]>().map((x) => x.City)).toEqual(['London']);
    expect(paged.err).toMatch(/showing 1 of 3 addresses \(after skipping 1\)/);
  });

  it('location names are unique within their address in any case — every letter, not only A–Z', async () => {
    const store = newStore();
    const a = await addAddress(store);
    expect((await cp(store, ['add-location', '--civic-address-id', a.CivicAddressId, '--location', 'Étage 1'])).code).toBe(0);
    const accented = await cp(store, ['add-location', '--civic-address-id', a.CivicAddressId, '--location', 'éTAGE 1']);
    expect(accented.code).toBe(1);
    expect(accented.err).toMatch(/DuplicateLocation: .*'Étage 1'/);
  });

  it('New-CsOnlineLisLocation (documented example), then get, rename, duplicates refused', async () => {
    const store = newStore();
    const a = await addAddress(store);
    const r = await cp(store, ['New-CsOnlineLisLocation', '-CivicAddressId', a.CivicAddressId, '-Location', 'Office 101, 1st Floor', '-o', 'json']);
    expect(r.code).toBe(0);
    const l = r.json<{ LocationId: string; Location: string; IsDefault: boolean; City: string }>();
    expect(l).toMatchObject({ Location: 'Office 101, 1st Floor', IsDefault: false, City: 'Redmond', CivicAddressId: a.CivicAddressId });

    const dup = await cp(store, ['add-location', '--civic-address-id', a.CivicAddressId, '--location', 'office 101, 1st floor']);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/DuplicateLocation: .*'Office 101, 1st Floor'/);

    const all = (await cp(store, ['get-location', '--civic-address-id', a.CivicAddressId, '-o', 'json'])).json<{ Location: string; IsDefault: boolean }[]>();
    expect(all.map((x) => [x.Location, x.IsDefault])).toEqual([
      ['', true],
      ['Office 101, 1st Floor', false],
    ]);
    const byName = (await cp(store, ['Get-CsOnlineLisLocation', '-Location', 'OFFICE 101, 1st floor', '-o', 'json'])).json<{ LocationId: string }[]>();
    expect(byName.map((x) => x.LocationId)).toEqual([l.LocationId]);

    const set = await cp(store, ['Set-CsOnlineLisLocation', '-LocationId', l.LocationId, '-Location', 'B5 2nd Floor', '-Elin', 'ELIN1', '-o', 'json']);
    expect(set.json()).toMatchObject({ Location: 'B5 2nd Floor', Elin: 'ELIN1' });
    const clear = await cp(store, ['Set-CsOnlineLisLocation', '-LocationId', l.LocationId, '-Elin', '$null']);
    expect(clear.code).toBe(1);
    expect(clear.err).toMatch(/ElinCannotBeCleared/);
    const missing = await cp(store, [
      'New-CsOnlineLisLocation',
      '-CivicAddressId',
      'b39ff77d-db51-4ce5-8d50-9e9c778e1617',
      '-Location',
      'Office 101, 1st Floor',
    ]);
    expect(missing.err).toMatch(/^callplan: AddressNotFound: /);
  });
});

describe('New-CsOnlineLisLocation old parameter set (address fields instead of -CivicAddressId)', () => {
  it('the old documented example validates and creates the address and the location in one change', async () => {
    const store = newStore();
    const r = await cp(store, [
      'New-CsOnlineLisLocation',
      '-Location',
      'Office 202, 2nd Floor',
      '-CompanyName',
      'Contoso',
      '-HouseNumber',
      '3910',
      '-StreetName',
      '163rd',
      '-StreetSuffix',
      'St',
      '-City',
      'Bellevue',
      '-StateOrProvince',
      'WA',
      '-CountryOrRegion',
      'US',
      '-PostalCode',
      '98004',
      '-Description',
      'New civic address location',
      '-Elin',
      'TEST_ELIN',
      '-o',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({
      Location: 'Office 202, 2nd Floor',
      Elin: 'TEST_ELIN',
      City: 'Bellevue',
      ValidationStatus: 'Validated',
      Description: 'New civic address location',
    });
    expect(peek(store, 'SELECT location, is_default, elin FROM locations ORDER BY id')).toEqual([
      { location: '', is_default: 1, elin: '' },
      { location: 'Office 202, 2nd Floor', is_default: 0, elin: 'TEST_ELIN' },
    ]);
  });

  it('a rejected address creates nothing; an id together with address fields is a usage error', async () => {
    const store = newStore();
    const r = await cp(store, [
      'New-CsOnlineLisLocation',
      '-Location',
      'X',
      '-Name',
      'Contoso',
      '-Country',
      'US',
      '-StreetName',
      '1',
      '-City',
      'Bellevue',
      '-PostalCode',
      '98004',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/AddressRejected: .*StreetNumberNeedsOrdinal.* Hint: write 1st/);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM addresses')).toEqual([{ n: 0 }]);
    const both = await cp(store, ['add-location', '--civic-address-id', 'b39ff77d-db51-4ce5-8d50-9e9c778e1617', '--location', 'X', '--city', 'Bellevue']);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/AmbiguousParameterSet/);
  });
});

describe('tenant isolation', () => {
  it('another tenant cannot see, use or change an address or location', async () => {
    const store = newStore();
    const a = await addAddress(store);
    expect((await cp(store, ['init', '--tenant-name', 'Fabrikam', '--country', 'GB'])).code).toBe(0);
    const as = (args: string[]) => cp(store, ['--tenant', 'Fabrikam', ...args]);
    expect((await as(['get-address', '-o', 'json'])).json()).toEqual([]);
    expect((await as(['get-location', '-o', 'json'])).json()).toEqual([]);
    expect((await as(['get-address', '--civic-address-id', a.CivicAddressId])).err).toMatch(/AddressNotFound/);
    expect((await as(['add-location', '--civic-address-id', a.CivicAddressId, '--location', 'X'])).err).toMatch(/AddressNotFound/);
    expect((await as(['remove-address', '--civic-address-id', a.CivicAddressId])).err).toMatch(/AddressNotFound/);
    expect((await as(['remove-location', '--location-id', a.DefaultLocationId])).err).toMatch(/LocationNotFound/);
    expect((await as(['test-address', '--civic-address-id', a.CivicAddressId])).err).toMatch(/AddressNotFound/);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM addresses')).toEqual([{ n: 1 }]);
  });
});
