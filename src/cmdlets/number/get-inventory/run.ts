// get-inventory: free numbers per city (or grouped higher), from the partial "free" index.
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { filterCities, resolveCity } from '../../../domain/places.js';
import { listPlaces } from '../../../store/places.js';
import { availableCounts } from '../../../store/pool.js';
import type { CommandResult, OutputRecord } from '../../types.js';
import type { Options } from './command.js';

const LEVEL_KEYS = {
  Region: ['Region'],
  Country: ['Region', 'Country'],
  Area: ['Region', 'Country', 'Area'],
  City: ['Region', 'Country', 'Area', 'City', 'CityCode'],
} as const;

/** Runs get-inventory. */
export function run(o: Options, deps: Deps): CommandResult {
  const places = listPlaces(deps.db);
  const q = { region: o.region, country: o.countryOrRegion, area: o.area };
  let cities = filterCities(places, q);
  if (o.capitalOrMajorCity) {
    const r = resolveCity(places, { ...q, city: o.capitalOrMajorCity });
    if (!r.ok) throw new OperationError(r.errorId, r.message, r.hint);
    cities = [r.city];
  }
  if (!cities.length)
    throw new OperationError(
      'UnknownPlace',
      `no catalog city is in ${[q.region, q.country, q.area].filter(Boolean).join('/')}.`,
      'Run callplan get-inventory --level Country.',
    );
  const counts = availableCounts(deps.db);
  const count = (code: string, type: string) => counts.find((c) => c.cityCode === code && c.numberType === type)?.available ?? 0;
  const type = o.inventoryType;
  const rows = cities.map((c) => ({
    Region: c.region,
    Country: c.country,
    CountryName: c.countryName,
    Area: c.area,
    AreaName: c.areaName,
    City: c.name,
    CityCode: c.code,
    AreaCodes: c.areaCodes,
    Subscriber: type === 'Service' ? 0 : count(c.code, 'User'),
    Toll: type === 'Subscriber' ? 0 : count(c.code, 'Toll'),
    TollFree: type === 'Subscriber' ? 0 : count(c.code, 'TollFree'),
  }));
  const level = o.level ?? 'City';
  if (level === 'City') {
    return { records: rows, columns: ['CityCode', 'City', 'Area', 'Country', 'Region', 'AreaCodes', 'Subscriber', 'Toll', 'TollFree'] };
  }
  const keys = LEVEL_KEYS[level];
  const groups = new Map<string, OutputRecord & { Subscriber: number; Toll: number; TollFree: number; Cities: number }>();
  for (const r of rows) {
    const id = keys.map((k) => r[k]).join('|');
    const g = groups.get(id) ?? {
      ...Object.fromEntries(keys.map((k) => [k, r[k]])),
      ...(level === 'Country' ? { CountryName: r.CountryName } : {}),
      ...(level === 'Area' ? { AreaName: r.AreaName } : {}),
      Cities: 0,
      Subscriber: 0,
      Toll: 0,
      TollFree: 0,
    };
    g.Cities += 1;
    g.Subscriber += r.Subscriber;
    g.Toll += r.Toll;
    g.TollFree += r.TollFree;
    groups.set(id, g);
  }
  return { records: [...groups.values()] };
}
