// Address validation against the shipped gazetteer: every rule, with real addresses of the eight countries.
import { describe, expect, it } from 'vitest';
import { validateAddress } from '../../src/domain/address/validate.js';
import { address, realGazetteer } from './gazetteer-fixture.js';

const gaz = realGazetteer();
const check = (fields: Parameters<typeof address>[0]) => validateAddress(address(fields), gaz);
const changed = (v: ReturnType<typeof check>) => Object.fromEntries(v.changes.map((c) => [c.field, [c.old, c.new]]));

describe('accepted as is', () => {
  it('a complete US address with its coordinates', () => {
    const v = check({
      houseNumber: '1',
      streetName: 'Microsoft Way',
      city: 'Redmond',
      stateOrProvince: 'WA',
      countryOrRegion: 'US',
      postalCode: '98052',
      latitude: 47.63952,
      longitude: -122.12781,
    });
    expect(v.result).toBe('AcceptedAsIs');
    expect(v.changes).toEqual([]);
    expect(v.address.city).toBe('Redmond');
  });

  it('Dam 1, 1012 JS Amsterdam, Noord-Holland (NH), with coordinates', () => {
    const v = check({
      streetName: 'Dam',
      houseNumber: '1',
      postalCode: '1012 JS',
      city: 'Amsterdam',
      stateOrProvince: 'NH',
      countryOrRegion: 'NL',
      latitude: 52.3731,
      longitude: 4.8926,
    });
    expect(v.result).toBe('AcceptedAsIs');
  });
});

describe('accepted with changes (each change old -> new)', () => {
  it('the documented example: Washington -> WA, coordinates filled from the ZIP code', () => {
    const v = check({
      houseNumber: '3910',
      streetName: 'Smith',
      streetSuffix: 'Street',
      postDirectional: 'NE',
      city: 'Redmond',
      stateOrProvince: 'Washington',
      countryOrRegion: 'US',
      postalCode: '98052',
    });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(v.changes).toEqual([
      { field: 'StateOrProvince', old: 'Washington', new: 'WA' },
      { field: 'Latitude', old: '', new: '47.6718' },
      { field: 'Longitude', old: '', new: '-122.1232' },
    ]);
    expect(v.address).toMatchObject({ stateOrProvince: 'WA', latitude: 47.6718, longitude: -122.1232, streetName: 'Smith' });
  });

  it('10 Downing Street, London SW1A 2AA: postcode spacing and case, England -> ENG, coordinates of London', () => {
    const v = check({
      houseNumber: '10',
      streetName: 'Downing Street',
      city: 'london',
      postalCode: 'sw1a2aa',
      stateOrProvince: 'England',
      countryOrRegion: 'gb',
    });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v)).toEqual({
      CountryOrRegion: ['gb', 'GB'],
      PostalCode: ['sw1a2aa', 'SW1A 2AA'],
      StateOrProvince: ['England', 'ENG'],
      City: ['london', 'London'],
      Latitude: ['', '51.50853'],
      Longitude: ['', '-0.12574'],
    });
  });

  it('a GB address without a state gets ENG from the city', () => {
    const v = check({ houseNumber: '10', streetName: 'Downing Street', city: 'London', postalCode: 'SW1A 2AA', countryOrRegion: 'GB' });
    expect(changed(v).StateOrProvince).toEqual(['', 'ENG']);
  });

  it('55 Rue du Faubourg Saint-Honoré, 75008 Paris, Île-de-France (any accents, name -> IDF)', () => {
    const v = check({
      houseNumber: '55',
      streetName: 'Rue du Faubourg Saint-Honoré',
      city: 'Paris',
      postalCode: '75008',
      stateOrProvince: 'ile de france',
      countryOrRegion: 'FR',
    });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).StateOrProvince).toEqual(['ile de france', 'IDF']);
    expect(v.address.latitude).toBeCloseTo(48.853, 2);
  });

  it('Unter den Linden 77, 10117 Berlin: the state BE is inferred from the city', () => {
    const v = check({ streetName: 'Unter den Linden', houseNumber: '77', postalCode: '10117', city: 'Berlin', countryOrRegion: 'DE' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).StateOrProvince).toEqual(['', 'BE']);
  });

  it('München by its English name Munich in Bavaria (alias) -> BY', () => {
    const v = check({ streetName: 'Marienplatz', houseNumber: '8', postalCode: '80331', city: 'Munich', stateOrProvince: 'Bavaria', countryOrRegion: 'DE' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).StateOrProvince).toEqual(['Bavaria', 'BY']);
  });

  it('Dam 1, 1012JS Amsterdam NH: the Dutch postcode gets its space', () => {
    const v = check({ streetName: 'Dam', houseNumber: '1', postalCode: '1012js', city: 'Amsterdam', stateOrProvince: 'NH', countryOrRegion: 'NL' });
    expect(changed(v).PostalCode).toEqual(['1012js', '1012 JS']);
  });

  it('2 Kildare Street, Dublin 2, D02 XR20: the county is inferred, "Dublin 2" read as Dublin', () => {
    const v = check({ houseNumber: '2', streetName: 'Kildare Street', city: 'Dublin 2', postalCode: 'D02XR20', countryOrRegion: 'IE' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v)).toMatchObject({ PostalCode: ['D02XR20', 'D02 XR20'], StateOrProvince: ['', 'D'], City: ['Dublin 2', 'Dublin'] });
  });

  it('an Irish address may leave out its Eircode (Eircodes are not needed for delivery)', () => {
    const v = check({ houseNumber: '2', streetName: 'Kildare Street', city: 'Dublin', stateOrProvince: 'Co. Dublin', countryOrRegion: 'IE' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).StateOrProvince).toEqual(['Co. Dublin', 'D']);
  });

  it('Calle de Alcalá 50, 28014 Madrid: the community MD from the city; the province name also works', () => {
    expect(
      changed(check({ streetName: 'Calle de Alcalá', houseNumber: '50', postalCode: '28014', city: 'Madrid', countryOrRegion: 'ES' })).StateOrProvince,
    ).toEqual(['', 'MD']);
    const v = check({
      streetName: 'Calle de Alcalá',
      houseNumber: '50',
      postalCode: '28014',
      city: 'Madrid',
      stateOrProvince: 'Comunidad de Madrid',
      countryOrRegion: 'ES',
    });
    expect(changed(v).StateOrProvince).toEqual(['Comunidad de Madrid', 'MD']);
  });

  it('290 Bremner Blvd, Toronto, Ontario m5v3l9, Canada: country by name, province by name, postcode formatted', () => {
    const v = check({
      houseNumber: '290',
      streetName: 'Bremner',
      streetSuffix: 'Blvd',
      city: 'Toronto',
      stateOrProvince: 'Ontario',
      postalCode: 'm5v3l9',
      countryOrRegion: 'Canada',
    });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v)).toMatchObject({ CountryOrRegion: ['Canada', 'CA'], StateOrProvince: ['Ontario', 'ON'], PostalCode: ['m5v3l9', 'M5V 3L9'] });
  });

  it('a misspelt city close to exactly one city of the state is corrected: Redmund -> Redmond', () => {
    const v = check({ streetName: 'Microsoft Way', houseNumber: '1', city: 'Redmund', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).City).toEqual(['Redmund', 'Redmond']);
  });

  it('the closest city wins when no other is as close: Seatle -> Seattle (SeaTac is 2 edits away)', () => {
    const v = check({ streetName: 'Pike Street', houseNumber: '400', city: 'Seatle', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98101' });
    expect(changed(v).City).toEqual(['Seatle', 'Seattle']);
  });

  it('a misspelt state name is corrected: Washingon -> WA', () => {
    const v = check({ streetName: 'Microsoft Way', city: 'Redmond', stateOrProvince: 'Washingon', countryOrRegion: 'US', postalCode: '98052' });
    expect(changed(v).StateOrProvince).toEqual(['Washingon', 'WA']);
  });

  it('a US address without a state gets it from the ZIP code', () => {
    const v = check({ streetName: 'Microsoft Way', city: 'Redmond', countryOrRegion: 'US', postalCode: '98052' });
    expect(changed(v).StateOrProvince).toEqual(['', 'WA']);
  });

  it("an unknown city with a ZIP code of the same state becomes the ZIP code's city", () => {
    const v = check({ streetName: 'Main', city: 'Springfield', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(changed(v).City).toEqual(['Springfield', 'Redmond']);
  });

  it('a ZIP+4 code is checked by its ZIP code', () => {
    const v = check({ streetName: 'Microsoft Way', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052-6399' });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(v.address.postalCode).toBe('98052-6399');
  });

  it('a numbered street with its ordinal is fine: NE 148th Ave', () => {
    const v = check({
      houseNumber: '3910',
      preDirectional: 'NE',
      streetName: '148th',
      streetSuffix: 'Ave',
      city: 'Redmond',
      stateOrProvince: 'WA',
      countryOrRegion: 'US',
      postalCode: '98052',
    });
    expect(v.result).toBe('AcceptedWithChanges');
    expect(v.changes.map((c) => c.field)).toEqual(['Latitude', 'Longitude']);
  });

  it('a number-only street name is fine outside English-speaking countries', () => {
    expect(check({ streetName: '148', houseNumber: '2', city: 'Paris', stateOrProvince: 'IDF', postalCode: '75008', countryOrRegion: 'FR' }).result).toBe(
      'AcceptedWithChanges',
    );
  });
});

describe('rejected (reason and hint)', () => {
  it('unknown country, listing the gazetteer countries', () => {
    const v = check({ streetName: 'Main', city: 'Sydney', countryOrRegion: 'AU' });
    expect(v).toMatchObject({ result: 'Rejected', reason: 'UnknownCountry', errorId: 'AddressRejected' });
    expect(v.hint).toContain('US (United States)');
    expect(v.hint).toContain('IE (Ireland)');
    expect(v.address.countryOrRegion).toBe('AU');
  });

  it('street 148 in the US: "write 148th"; 1 -> 1st, 2 -> 2nd, 3 -> 3rd, 11/12/13 -> th, 21 -> 21st', () => {
    const v = check({ houseNumber: '3910', streetName: '148', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052' });
    expect(v).toMatchObject({ result: 'Rejected', reason: 'StreetNumberNeedsOrdinal' });
    expect(v.hint).toMatch(/^write 148th/);
    for (const [n, o] of [
      ['1', '1st'],
      ['2', '2nd'],
      ['3', '3rd'],
      ['11', '11th'],
      ['12', '12th'],
      ['13', '13th'],
      ['21', '21st'],
      ['112', '112th'],
    ]) {
      expect(check({ streetName: n!, city: 'Toronto', stateOrProvince: 'ON', postalCode: 'M5V 3L9', countryOrRegion: 'CA' }).hint).toMatch(
        new RegExp(`^write ${o} `),
      );
    }
  });

  it('no street name', () => {
    expect(check({ houseNumber: '1', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052' }).reason).toBe('StreetNameRequired');
  });

  it('no postal code (US, GB) is PostalCodeRequired', () => {
    expect(check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US' }).reason).toBe('PostalCodeRequired');
    expect(check({ streetName: 'Downing Street', city: 'London', countryOrRegion: 'GB' }).reason).toBe('PostalCodeRequired');
  });

  it("a postal code in the wrong format names the country's example", () => {
    const v = check({ streetName: 'Dam', city: 'Amsterdam', stateOrProvince: 'NH', postalCode: '10123', countryOrRegion: 'NL' });
    expect(v).toMatchObject({ reason: 'PostalCodeFormat' });
    expect(v.hint).toContain("'1012 JS'");
    expect(check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'WA', postalCode: '9805', countryOrRegion: 'US' }).reason).toBe('PostalCodeFormat');
  });

  it('an unknown state names the nearest states', () => {
    const v = check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'Atlantis', postalCode: '98052', countryOrRegion: 'US' });
    expect(v.reason).toBe('UnknownState');
  });

  it('an ambiguous misspelling is rejected, naming the candidates: Burten (Burien or Burton, WA)', () => {
    const v = check({ streetName: 'Main', city: 'Burten', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98000' });
    expect(v.rejections[0]).toMatchObject({ reason: 'AmbiguousCity', field: 'City' });
    expect(v.rejections[0]!.hint).toBe('Write the city as one of: Burien, Burton.');
  });

  it('without postal data (GB): Londn is corrected to London, Ancester (Alcester or Ancaster) is ambiguous', () => {
    expect(changed(check({ streetName: 'Downing Street', city: 'Londn', stateOrProvince: 'ENG', postalCode: 'SW1A 2AA', countryOrRegion: 'GB' })).City).toEqual(
      ['Londn', 'London'],
    );
    const v = check({ streetName: 'High Street', city: 'Ancester', stateOrProvince: 'ENG', postalCode: 'NG32 3AA', countryOrRegion: 'GB' });
    expect(v).toMatchObject({ result: 'Rejected', reason: 'AmbiguousCity', hint: 'Write the city as one of: Alcester, Ancaster.' });
  });

  it('an unknown city names the nearest places', () => {
    const v = check({ streetName: 'Rue de Rivoli', city: 'Parisxyzzy', stateOrProvince: 'IDF', postalCode: '75001', countryOrRegion: 'FR' });
    expect(v.reason).toBe('UnknownCity');
  });

  it('a city in several states needs the state: Newport (ENG, WLS)', () => {
    const v = check({ streetName: 'High Street', city: 'Newport', postalCode: 'NP20 1AA', countryOrRegion: 'GB' });
    expect(v.reason).toBe('StateRequired');
    expect(v.hint).toContain('ENG, WLS');
  });

  it('a ZIP code of another state is rejected, naming its place: 10001 for Redmond, WA', () => {
    const v = check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '10001' });
    expect(v.reason).toBe('PostalCodeMismatch');
    expect(v.message).toContain('New York, NY');
  });

  it('a ZIP code of another city of the same state is rejected with the ZIP codes of the city', () => {
    const v = check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98004' });
    expect(v.reason).toBe('PostalCodeMismatch');
    expect(v.message).toContain('98004 is the postal code of Bellevue');
    expect(v.hint).toContain('98052');
  });

  it('a misspelt city that reads as another city than its ZIP code is rejected, not guessed', () => {
    const v = check({ streetName: 'Main', city: 'Redmund', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98004' });
    expect(v.reason).toBe('PostalCodeMismatch');
    expect(v.message).toContain("'Redmund' reads as Redmond");
  });

  it('an unknown US ZIP code', () => {
    expect(check({ streetName: 'Main', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98000' }).reason).toBe('UnknownPostalCode');
  });

  it('coordinates: both or neither, in range, near the place', () => {
    const base = { streetName: 'Microsoft Way', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '98052' };
    expect(check({ ...base, latitude: 47.6 }).reason).toBe('InvalidCoordinates');
    expect(check({ ...base, latitude: 91, longitude: 0 }).reason).toBe('InvalidCoordinates');
    const far = check({ ...base, latitude: 12, longitude: 34 });
    expect(far.reason).toBe('CoordinatesMismatch');
    expect(far.message).toMatch(/12,\d{3} km from 98052 Redmond/);
  });

  it('every problem is listed, most basic first', () => {
    const v = check({ streetName: '148', city: 'Redmond', stateOrProvince: 'WA', countryOrRegion: 'US', postalCode: '123' });
    expect(v.rejections.map((r) => r.reason)).toEqual(['StreetNumberNeedsOrdinal', 'PostalCodeFormat']);
    expect(v.changes).toEqual([]);
  });
});
