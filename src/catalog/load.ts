// Reads and validates a provider catalog file (zod shape, then cross-checks that zod cannot express).
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { OperationError } from '../errors.js';
import { hasControlChars, safeText } from '../text/sanitize.js';
import { packagePath } from '../paths.js';
import { getCountryCallingCode, isValidForCountry, numberTypeOf } from '../domain/phone-lib.js';
import { catalogSchema, gazetteerSchema, type Catalog, type Gazetteer, type PoolRange } from './schema.js';

/** The default catalog shipped in fixtures/. */
export const DEFAULT_CATALOG = packagePath('fixtures', 'catalog.json');

/** A pool number ready to insert. */
export interface PoolNumber {
  digits: string;
  country: string;
  cityCode: string;
  numberType: 'User' | 'Toll' | 'TollFree';
}

/** A validated catalog with its gazetteer resolved and its pools expanded. */
export interface LoadedCatalog {
  catalog: Catalog;
  gazetteer: Gazetteer;
  pool: PoolNumber[];
  /** Country calling code per catalog country (US -> 1). */
  dialCodes: Record<string, string>;
  source: string;
}

/** Formats a zod issue path the way it reads in the file: regions[0].countries[1].name */
export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function invalid(file: string, message: string): OperationError {
  return new OperationError(
    'InvalidCatalog',
    `catalog ${file}: ${message}`,
    'Fix the file (it is JSON, checked against the catalog schema) or load the default catalog.',
  );
}

/** Parses JSON text and reports a syntax error with its position. */
function parseJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new OperationError('CatalogNotFound', `cannot read the catalog ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalid(file, `not valid JSON (${(err as Error).message})`);
  }
}

/** The JSON path of the first text in the file that holds a control character (escapes, bidi overrides), if any. */
function controlCharAt(value: unknown, at: PropertyKey[] = []): string | undefined {
  if (typeof value === 'string') return hasControlChars(value) ? formatPath(at) || '(top level)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = controlCharAt(value[i], [...at, i]);
      if (hit) return hit;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = hasControlChars(k) ? formatPath([...at, safeText(k)]) : controlCharAt(v, [...at, k]);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Validates with a zod schema and names the first failing path inside the file. */
function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  // Catalog text reaches the terminal (SKU names in status bars, city names in lists): plain text only.
  const bad = controlCharAt(value);
  if (bad) throw invalid(file, `${bad}: holds a control character (an escape sequence or a bidirectional override); use plain text.`);
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues;
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return (() => {
    throw invalid(file, `${formatPath(first.path) || '(top level)'}: ${first.message}${more}`);
  })();
}

/** Expands {first, count} into digit strings of the same length. */
export function expandRange(r: PoolRange): string[] {
  const first = r.first.slice(1);
  const start = Number(first);
  const out: string[] = [];
  for (let i = 0; i < r.count; i++) out.push(String(start + i));
  return out;
}

type PoolKind = 'subscriber' | 'toll' | 'tollFree';
const TYPE_OF_POOL: Record<PoolKind, PoolNumber['numberType']> = { subscriber: 'User', toll: 'Toll', tollFree: 'TollFree' };

/** Cross-checks zod cannot express: codes consistent, numbers valid for their country, no overlaps. */
function crossCheck(catalog: Catalog, file: string): PoolNumber[] {
  const pool: PoolNumber[] = [];
  const seen = new Map<string, string>();
  const cityCodes = new Set<string>();
  const skuNames = new Set<string>();
  catalog.skus.forEach((s, i) => {
    if (skuNames.has(s.skuPartNumber)) throw invalid(file, `skus[${i}].skuPartNumber: ${s.skuPartNumber} is listed twice`);
    skuNames.add(s.skuPartNumber);
  });
  const countryCodes = new Set<string>();
  catalog.regions.forEach((region, ri) =>
    region.countries.forEach((country, ci) => {
      if (countryCodes.has(country.code)) throw invalid(file, `regions[${ri}].countries[${ci}].code: ${country.code} is listed twice`);
      countryCodes.add(country.code);
      country.areas.forEach((area, ai) =>
        area.cities.forEach((city, ti) => {
          const at = `regions[${ri}].countries[${ci}].areas[${ai}].cities[${ti}]`;
          const [r, c, a] = city.code.split('-');
          if (r !== region.code || c !== country.code || a !== area.code) {
            throw invalid(file, `${at}.code: ${city.code} must start with ${region.code}-${country.code}-${area.code}-`);
          }
          if (cityCodes.has(city.code)) throw invalid(file, `${at}.code: ${city.code} is listed twice`);
          cityCodes.add(city.code);
          for (const kind of ['subscriber', 'toll', 'tollFree'] as const) {
            city.pools[kind].forEach((range, ki) => {
              const rat = `${at}.pools.${kind}[${ki}]`;
              const digits = expandRange(range);
              if (digits[digits.length - 1]!.length !== digits[0]!.length) {
                throw invalid(file, `${rat}: ${range.count} numbers from ${range.first} would change the number's length`);
              }
              for (const d of digits) {
                if (!isValidForCountry(d, country.code)) {
                  throw invalid(file, `${rat}: +${d} is not a valid ${country.code} number`);
                }
                if (kind === 'tollFree' && numberTypeOf(d) !== 'TOLL_FREE') {
                  throw invalid(file, `${rat}: +${d} is not a toll-free number`);
                }
                const other = seen.get(d);
                if (other) throw invalid(file, `${rat}: +${d} is also in ${other}`);
                seen.set(d, rat);
                pool.push({ digits: d, country: country.code, cityCode: city.code, numberType: TYPE_OF_POOL[kind] });
              }
            });
          }
        }),
      );
    }),
  );
  for (const d of seen.keys()) {
    const prefix = catalog.nonPortablePrefixes.find((p) => d.startsWith(p.slice(1)));
    if (prefix) throw invalid(file, `pool number +${d} is in the non-portable range ${prefix}`);
  }
  return pool;
}

/** Reads, validates and expands a catalog file (and its gazetteer). */
export function loadCatalogFile(file: string = DEFAULT_CATALOG): LoadedCatalog {
  const abs = path.resolve(file);
  const catalog = check(catalogSchema, parseJson(abs), abs);
  let gazetteer: Gazetteer;
  if (typeof catalog.gazetteer === 'string') {
    const gazFile = path.resolve(path.dirname(abs), catalog.gazetteer);
    gazetteer = check(gazetteerSchema, parseJson(gazFile), gazFile);
  } else {
    gazetteer = catalog.gazetteer;
  }
  gazetteer.countries.forEach((c, i) => {
    try {
      new RegExp(c.postalCode.pattern);
    } catch {
      throw invalid(abs, `gazetteer countries[${i}].postalCode.pattern is not a valid regular expression`);
    }
  });
  const pool = crossCheck(catalog, abs);
  const dialCodes: Record<string, string> = {};
  for (const c of catalog.regions.flatMap((r) => r.countries)) {
    dialCodes[c.code] = getCountryCallingCode(c.code as Parameters<typeof getCountryCallingCode>[0]);
  }
  return { catalog, gazetteer, pool, dialCodes, source: abs };
}
