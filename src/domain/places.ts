// Resolving what an admin typed (a city code, its last part, or a name; a country code or name) to catalog places.
import { looseKey } from './text.js';

/** The catalog facts place resolution needs. */
export interface PlaceCity {
  code: string;
  name: string;
  country: string;
  countryName: string;
  area: string;
  areaName: string;
  region: string;
}

/** What the admin asked for (any may be missing). */
export interface PlaceQuery {
  region?: string | undefined;
  country?: string | undefined;
  area?: string | undefined;
  city?: string | undefined;
}

/** A resolution: the one matching city, or why there is none. */
export type PlaceResult<T extends PlaceCity = PlaceCity> = { ok: true; city: T } | { ok: false; errorId: string; message: string; hint?: string | undefined };

const same = (a: string, b: string) => looseKey(a) === looseKey(b);

/** Narrows cities by region, country (code or name) and area (code or name). */
export function filterCities<T extends PlaceCity>(cities: readonly T[], q: PlaceQuery): T[] {
  return cities.filter(
    (c) =>
      (!q.region || same(c.region, q.region)) &&
      (!q.country || same(c.country, q.country) || same(c.countryName, q.country)) &&
      (!q.area || same(c.area, q.area) || same(c.areaName, q.area)),
  );
}

/**
 * Finds the city: its full code (NOAM-US-NY-NY), its last part within the given country/area (NY), or its name
 * ("New York"). Several matches are ambiguous (the message names them); none is unknown (the message names the
 * cities that exist where the admin looked).
 */
export function resolveCity<T extends PlaceCity>(cities: readonly T[], q: PlaceQuery): PlaceResult<T> {
  const scope = filterCities(cities, q);
  if (q.city === undefined || q.city === '') {
    if (scope.length === 1) return { ok: true, city: scope[0]! };
    return {
      ok: false,
      errorId: 'CityRequired',
      message: 'name a city (-CapitalOrMajorCity, a city code such as NOAM-US-WA-RD or a city name).',
      hint: scope.length ? `Cities: ${scope.map((c) => `${c.code} (${c.name})`).join(', ')}` : undefined,
    };
  }
  const wanted = q.city;
  const byCode = cities.find((c) => c.code.toLowerCase() === wanted.toLowerCase());
  if (byCode) {
    const inScope = scope.includes(byCode);
    if (inScope) return { ok: true, city: byCode };
    return {
      ok: false,
      errorId: 'CityNotInArea',
      message: `city ${byCode.code} is in ${byCode.region}/${byCode.country}/${byCode.area}, not in ${[q.region, q.country, q.area].filter(Boolean).join('/')}.`,
    };
  }
  const matches = scope.filter((c) => same(c.code.split('-').pop()!, wanted) || same(c.name, wanted));
  if (matches.length === 1) return { ok: true, city: matches[0]! };
  if (matches.length > 1) {
    return {
      ok: false,
      errorId: 'AmbiguousCity',
      message: `'${wanted}' matches several cities: ${matches.map((c) => c.code).join(', ')}.`,
      hint: 'Give the full city code, or -CountryOrRegion and -Area.',
    };
  }
  return {
    ok: false,
    errorId: 'UnknownCity',
    message: `there is no city '${wanted}'${q.country || q.area ? ` in ${[q.country, q.area].filter(Boolean).join('/')}` : ''} in the catalog.`,
    hint: scope.length
      ? `Cities: ${scope
          .slice(0, 20)
          .map((c) => `${c.code} (${c.name})`)
          .join(', ')}`
      : 'Run callplan get-inventory to see the catalog.',
  };
}
