// Resolving typed places to catalog cities.
import { describe, expect, it } from 'vitest';
import { resolveCity, type PlaceCity } from '../../../src/domain/places.js';

const c = (code: string, name: string, areaName: string, countryName: string): PlaceCity => {
  const [region, country, area] = code.split('-') as [string, string, string];
  return { code, name, country, countryName, area, areaName, region };
};
const cities = [
  c('NOAM-US-WA-RD', 'Redmond', 'Washington', 'United States'),
  c('NOAM-US-WA-SE', 'Seattle', 'Washington', 'United States'),
  c('NOAM-US-NY-NY', 'New York', 'New York', 'United States'),
  c('NOAM-CA-ON-TOR', 'Toronto', 'Ontario', 'Canada'),
  c('EMEA-GB-ENG-LND', 'London', 'England', 'United Kingdom'),
];

describe('resolveCity', () => {
  it.each([
    [{ city: 'NOAM-US-WA-RD' }, 'NOAM-US-WA-RD'],
    [{ city: 'noam-us-wa-rd' }, 'NOAM-US-WA-RD'],
    [{ area: 'WA', city: 'RD' }, 'NOAM-US-WA-RD'],
    [{ region: 'NOAM', country: 'US', area: 'NY', city: 'NY' }, 'NOAM-US-NY-NY'],
    [{ city: 'redmond' }, 'NOAM-US-WA-RD'],
    [{ country: 'United Kingdom', city: 'london' }, 'EMEA-GB-ENG-LND'],
    [{ area: 'Ontario' }, 'NOAM-CA-ON-TOR'],
  ])('%o -> %s', (q, code) => {
    const r = resolveCity(cities, q);
    expect(r.ok && r.city.code).toBe(code);
  });
  it.each([
    [{ city: 'Springfield' }, 'UnknownCity'],
    [{ area: 'WA' }, 'CityRequired'],
    [{ country: 'CA', city: 'NOAM-US-WA-RD' }, 'CityNotInArea'],
  ])('%o is refused with %s', (q, id) => {
    const r = resolveCity(cities, q);
    expect(!r.ok && r.errorId).toBe(id);
  });
  it('a name matching several cities is ambiguous and names them', () => {
    const r = resolveCity([...cities, c('NOAM-US-OR-RD', 'Redmond', 'Oregon', 'United States')], { city: 'Redmond' });
    expect(!r.ok && r.errorId).toBe('AmbiguousCity');
    expect(!r.ok && r.message).toMatch(/NOAM-US-WA-RD, NOAM-US-OR-RD/);
  });
});
