// Catalog loading: the default file, and each kind of bad file with the path of the problem inside it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, expandRange, loadCatalogFile } from '../../src/catalog/load.js';
import { at, cp, tempDir } from '../helpers/store.js';

const base = JSON.parse(fs.readFileSync(DEFAULT_CATALOG, 'utf8')) as Record<string, unknown>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Writes a variant of the default catalog and returns its path (gazetteer path made absolute). */
function variant(change: (c: Json) => void, raw?: string): string {
  const dir = tempDir();
  const c = structuredClone(base) as Json;
  c.gazetteer = path.resolve(path.dirname(DEFAULT_CATALOG), 'gazetteer.json');
  change(c);
  const file = path.join(dir, 'catalog.json');
  fs.writeFileSync(file, raw ?? JSON.stringify(c));
  return file;
}

const problem = (file: string): string => {
  try {
    loadCatalogFile(file);
  } catch (e) {
    return `${(e as { errorId: string }).errorId}: ${(e as Error).message}`;
  }
  return 'loaded';
};

describe('catalog', () => {
  it('the default catalog loads, covers the required countries and cities, and every pool number is valid', () => {
    const { catalog, pool, gazetteer } = loadCatalogFile();
    const countries = catalog.regions.flatMap((r) => r.countries.map((c) => c.code));
    expect(countries).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'FR', 'DE', 'NL', 'IE', 'ES']));
    const cities = catalog.regions.flatMap((r) => r.countries.flatMap((c) => c.areas.flatMap((a) => a.cities.map((t) => t.code))));
    expect(cities).toEqual(expect.arrayContaining(['NOAM-US-WA-RD', 'NOAM-US-WA-SE', 'NOAM-US-NY-NY']));
    expect(new Set(pool.map((p) => p.numberType))).toEqual(new Set(['User', 'Toll', 'TollFree']));
    expect(pool.some((p) => p.digits === '19294450177')).toBe(true);
    expect(gazetteer.countries.length).toBeGreaterThanOrEqual(8);
  });

  it('expands a range keeping the length', () => {
    expect(expandRange({ first: '+14255550198', count: 2 })).toEqual(['14255550198', '14255550199']);
  });

  const bad: [string, (c: Json) => void, RegExp][] = [
    ['missing limits', (c) => delete c.limits, /limits: /],
    ['unknown key', (c) => (c.extra = 1), /Unrecognized key.*extra/i],
    [
      'bad city code',
      (c) => (c.regions[0].countries[0].areas[0].cities[0].code = 'Redmond'),
      /regions\[0\]\.countries\[0\]\.areas\[0\]\.cities\[0\]\.code: must look like NOAM-US-WA-RD/,
    ],
    ['city code not under its area', (c) => (c.regions[0].countries[0].areas[0].cities[0].code = 'NOAM-US-ZZ-RD'), /must start with/],
    [
      'invalid number for the country',
      (c) => (c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0].first = '+14251550100'),
      /not a valid US number/,
    ],
    [
      'range crossing a length boundary',
      (c) => (c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0] = { first: '+19999999999', count: 5 }),
      /length|not a valid/,
    ],
    [
      'overlapping ranges',
      (c) => c.regions[0].countries[0].areas[0].cities[0].pools.subscriber.push(c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0]),
      /is also in/,
    ],
    ['non-E.164 first number', (c) => (c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0].first = '4255550100'), /E\.164/],
    ['negative count', (c) => (c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0].count = -1), /count/],
    ['tiers out of order', (c) => c.limits.serviceNumberTiers.reverse(), /increasing/],
    ['duplicate SKU', (c) => c.skus.push(c.skus[0]), /listed twice/],
    ['unknown grant', (c) => (c.skus[0].grants = ['Everything']), /skus\[0\]\.grants\[0\]/],
    ['missing gazetteer file', (c) => (c.gazetteer = 'nope.json'), /cannot read|CatalogNotFound/],
    [
      'toll-free pool with a geographic number',
      (c) => (c.regions[0].countries[0].areas[0].cities[0].pools.tollFree = [c.regions[0].countries[0].areas[0].cities[0].pools.subscriber[0]]),
      /is also in|not a toll-free/,
    ],
  ];
  it.each(bad)('refuses %s, naming where', (_name, change, re) => {
    const msg = problem(variant(change));
    expect(msg).toMatch(/^(InvalidCatalog|CatalogNotFound): /);
    expect(msg).toMatch(re);
  });

  it('refuses a file that is not JSON', () => {
    expect(problem(variant(() => {}, '{ "name": '))).toMatch(/InvalidCatalog: .*not valid JSON/);
  });

  it('refuses a missing file', () => {
    expect(problem('/nonexistent/catalog.json')).toMatch(/^CatalogNotFound: /);
  });

  it("the limits are the catalog's: another catalog's hold time, search size and reservation count apply, and are what the messages say", async () => {
    const file = variant((c) => Object.assign(c.limits, { reservationMinutes: 5, maxNumbersPerSearch: 3, maxActiveReservations: 1 }));
    const store = path.join(tempDir(), 'limits.db');
    expect((await cp(store, ['init', '--catalog', file])).code).toBe(0);
    expect((await cp(store, ['buy-license', 'MCOEV', '--quantity', '10'])).code).toBe(0);
    const wide = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '4']);
    expect(wide.err).toMatch(/QuantityTooLarge: one search reserves at most 3 numbers/);
    const preview = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '3', '-WhatIf']);
    expect(preview.out).toContain('for 5 minutes.');
    const r = (await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '3', '-o', 'json'])).json<{
      ExpiresAt: string;
    }>();
    expect(r.ExpiresAt).toBe(at(5 * 60_000));
    const second = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1']);
    expect(second.err).toMatch(/TooManyReservations: the tenant already has 1 active reservations \(at most 1\)/);
  });
});
