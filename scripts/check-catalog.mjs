#!/usr/bin/env node
// Structural and numbering checks for a callplan provider catalog (the app itself validates the
// shape with zod; this script checks what zod cannot: every pooled number is a valid number of its
// country and of the right type, no range overlaps another, city codes agree with their place in
// the tree, area codes prefix the numbers, nothing sits in a non-portable range).
//
//   node scripts/check-catalog.mjs [file]      (default: fixtures/catalog.json)
//
// Prints counts per country and pool type; exits 1 listing every problem.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

const defaultFile = fileURLToPath(new URL('../fixtures/catalog.json', import.meta.url));
const file = process.argv[2] ? resolve(process.argv[2]) : defaultFile;

/** Minimums the default catalog promises (per city / per country). */
const MIN_CITY_SUBSCRIBER = 30;
const MIN_CITY_TOLL = 10;
const MIN_COUNTRY_TOLL_FREE = 10;
/** Above this many problems of one kind in one range, list only the first few numbers. */
const EXAMPLES_PER_RANGE = 5;

const POOL_TYPES = ['subscriber', 'toll', 'tollFree'];
const TYPES_FOR_POOL = {
  subscriber: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  toll: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'],
  tollFree: ['TOLL_FREE'],
};

const problems = [];
const notes = [];
const problem = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------------------------------------
// Load

let catalog;
try {
  catalog = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`check-catalog: cannot read ${file}: ${e.message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Shape helpers (a small mirror of src/catalog/schema.ts: strict objects, key types)

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const E164 = /^\+[1-9]\d{6,14}$/;
const ISO2 = /^[A-Z]{2}$/;

function keys(where, obj, required, optional = []) {
  if (!isObj(obj)) {
    problem(where, 'must be an object');
    return false;
  }
  for (const k of required) if (!(k in obj)) problem(where, `missing key "${k}"`);
  const allowed = new Set([...required, ...optional]);
  for (const k of Object.keys(obj)) if (!allowed.has(k)) problem(where, `unexpected key "${k}"`);
  return true;
}
function str(where, v, re, what) {
  if (typeof v !== 'string' || v.length === 0) problem(where, `must be a non-empty string`);
  else if (re && !re.test(v)) problem(where, `"${v}" ${what ?? `does not match ${re}`}`);
}
function num(where, v, { int = false, min = undefined, positive = false } = {}) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return problem(where, 'must be a number');
  if (int && !Number.isInteger(v)) problem(where, `${v} must be an integer`);
  if (positive && v <= 0) problem(where, `${v} must be positive`);
  if (min !== undefined && v < min) problem(where, `${v} must be >= ${min}`);
}
function arr(where, v, minLen = 0) {
  if (!Array.isArray(v)) {
    problem(where, 'must be an array');
    return [];
  }
  if (v.length < minLen) problem(where, `must have at least ${minLen} item(s)`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Top level, limits, SKUs

keys('catalog', catalog, ['name', 'limits', 'skus', 'regions', 'gazetteer'], ['$schema', 'nonPortablePrefixes']);
if (catalog.name !== undefined) str('name', catalog.name);
if (typeof catalog.gazetteer !== 'string' && !isObj(catalog.gazetteer)) problem('gazetteer', 'must be a file name or an inline gazetteer');
if (typeof catalog.gazetteer === 'string' && catalog.gazetteer.length === 0) problem('gazetteer', 'must not be empty');

const limits = catalog.limits;
if (
  keys(
    'limits',
    limits,
    ['serviceNumberTiers', 'portOrder'],
    ['reservationMinutes', 'maxNumbersPerSearch', 'maxActiveReservations', 'maxReservedNumbers', 'userNumberFactor', 'userNumberBase'],
  )
) {
  for (const k of ['maxNumbersPerSearch', 'maxActiveReservations', 'maxReservedNumbers']) {
    if (k in limits) num(`limits.${k}`, limits[k], { int: true, positive: true });
  }
  for (const k of ['reservationMinutes', 'userNumberFactor']) if (k in limits) num(`limits.${k}`, limits[k], { positive: true });
  if ('userNumberBase' in limits) num('limits.userNumberBase', limits.userNumberBase, { int: true, min: 0 });
  const tiers = arr('limits.serviceNumberTiers', limits.serviceNumberTiers, 1);
  tiers.forEach((t, i) => {
    const w = `limits.serviceNumberTiers[${i}]`;
    if (!keys(w, t, ['minUnits', 'numbers'])) return;
    num(`${w}.minUnits`, t.minUnits, { int: true, positive: true });
    num(`${w}.numbers`, t.numbers, { int: true, min: 0 });
    if (i > 0 && isObj(tiers[i - 1]) && !(t.minUnits > tiers[i - 1].minUnits)) problem(w, 'tiers must be in increasing minUnits order');
  });
  const po = limits.portOrder;
  if (keys('limits.portOrder', po, ['processingHours', 'contactingCarrierHours', 'minLeadDays'], ['maxNumbers', 'pendingHoursBeforeTransfer'])) {
    if ('maxNumbers' in po) num('limits.portOrder.maxNumbers', po.maxNumbers, { int: true, positive: true });
    for (const k of ['processingHours', 'contactingCarrierHours', 'pendingHoursBeforeTransfer']) {
      if (k in po) num(`limits.portOrder.${k}`, po[k], { positive: true });
    }
    if ('minLeadDays' in po) num('limits.portOrder.minLeadDays', po.minLeadDays, { min: 0 });
  }
}

const GRANTS = new Set(['PhoneSystem', 'CallingPlan', 'AudioConferencing', 'CommunicationsCredits']);
const skuSeen = new Set();
arr('skus', catalog.skus, 1).forEach((s, i) => {
  const w = `skus[${i}]`;
  if (!keys(w, s, ['skuPartNumber', 'name', 'grants'])) return;
  str(`${w}.skuPartNumber`, s.skuPartNumber, /^[A-Z0-9_]+$/);
  str(`${w}.name`, s.name);
  for (const g of arr(`${w}.grants`, s.grants, 1)) if (!GRANTS.has(g)) problem(`${w}.grants`, `unknown grant "${g}"`);
  if (skuSeen.has(s.skuPartNumber)) problem(w, `duplicate SKU ${s.skuPartNumber}`);
  skuSeen.add(s.skuPartNumber);
});

const nonPortable = arr('nonPortablePrefixes', catalog.nonPortablePrefixes ?? []);
nonPortable.forEach((p, i) => str(`nonPortablePrefixes[${i}]`, p, /^\+\d{1,14}$/));

// ---------------------------------------------------------------------------------------------
// Libphonenumber helpers

const metadata = new Metadata(metadataJson);
/** Does `national` match `country`'s pattern for the given type in libphonenumber's own metadata? */
function matchesCountryType(country, type, national) {
  try {
    metadata.selectNumberingPlan(country);
    const t = metadata.numberingPlan.type(type);
    return !!t && new RegExp(`^(?:${t.pattern()})$`).test(national);
  } catch {
    return false;
  }
}

const lastOf = (first, count) => '+' + (BigInt(first.slice(1)) + BigInt(count - 1)).toString();

// ---------------------------------------------------------------------------------------------
// Regions → countries → areas → cities → pools

const CITY_CODE = /^([A-Z]{4})-([A-Z]{2})-([A-Z0-9]{1,4})-([A-Z0-9]{1,6})$/;
const ranges = []; // { start: bigint, end: bigint, len, first, last, where }
const counts = new Map(); // country → { subscriber, toll, tollFree }
const cityCodes = new Map();
const cityNames = new Map();
const countrySeen = new Map();
const nanpTollFreeAttributedElsewhere = new Map(); // "CA→US" → count

arr('regions', catalog.regions, 1).forEach((region, ri) => {
  const rw = `regions[${ri}]`;
  if (!keys(rw, region, ['code', 'name', 'countries'])) return;
  str(`${rw}.code`, region.code, /^[A-Z]{4}$/, 'must be a four-letter region code');
  str(`${rw}.name`, region.name);
  arr(`${rw}.countries`, region.countries, 1).forEach((country, ci) => {
    const cw = `${region.code}/countries[${ci}]`;
    if (!keys(cw, country, ['code', 'name', 'areas'])) return;
    str(`${cw}.code`, country.code, ISO2, 'must be an ISO 3166-1 alpha-2 code');
    str(`${cw}.name`, country.name);
    if (countrySeen.has(country.code)) problem(cw, `country ${country.code} also listed at ${countrySeen.get(country.code)}`);
    countrySeen.set(country.code, cw);
    const tally = counts.get(country.code) ?? { subscriber: 0, toll: 0, tollFree: 0 };
    counts.set(country.code, tally);
    const areaSeen = new Set();
    arr(`${cw}.areas`, country.areas, 1).forEach((area, ai) => {
      const aw = `${region.code}-${country.code}/areas[${ai}]`;
      if (!keys(aw, area, ['code', 'name', 'cities'])) return;
      str(`${aw}.code`, area.code, /^[A-Z0-9]{1,4}$/, 'must be 1–4 characters A–Z 0–9');
      str(`${aw}.name`, area.name);
      if (areaSeen.has(area.code)) problem(aw, `duplicate area code ${area.code} in ${country.code}`);
      areaSeen.add(area.code);
      arr(`${aw}.cities`, area.cities, 1).forEach((city, xi) => {
        const xw = isObj(city) && typeof city.code === 'string' ? city.code : `${aw}/cities[${xi}]`;
        if (!keys(xw, city, ['code', 'name', 'areaCodes', 'pools'])) return;
        str(`${xw}.name`, city.name);
        // city code format and consistency with its place in the tree
        const m = typeof city.code === 'string' ? CITY_CODE.exec(city.code) : null;
        if (!m) problem(xw, `city code "${city.code}" must look like REGION-COUNTRY-AREA-CITY (e.g. NOAM-US-WA-RD)`);
        else {
          const expected = `${region.code}-${country.code}-${area.code}-`;
          if (!city.code.startsWith(expected)) problem(xw, `city code must start with ${expected} (its region, country and area)`);
        }
        if (cityCodes.has(city.code)) problem(xw, `duplicate city code (also at ${cityCodes.get(city.code)})`);
        cityCodes.set(city.code, aw);
        const nameKey = `${country.code}/${area.code}/${String(city.name).toLowerCase()}`;
        if (cityNames.has(nameKey)) problem(xw, `duplicate city name "${city.name}" in ${country.code}-${area.code}`);
        cityNames.set(nameKey, xw);
        const areaCodes = arr(`${xw}.areaCodes`, city.areaCodes, 1);
        areaCodes.forEach((ac, i) => str(`${xw}.areaCodes[${i}]`, ac, /^\d{1,5}$/, 'must be 1–5 digits (no trunk prefix)'));
        if (new Set(areaCodes).size !== areaCodes.length) problem(xw, 'duplicate area codes');
        const usedAreaCodes = new Set();

        if (!keys(`${xw}.pools`, city.pools, [], POOL_TYPES)) return;
        const cityTotals = { subscriber: 0, toll: 0, tollFree: 0 };
        for (const pool of POOL_TYPES) {
          arr(`${xw}.pools.${pool}`, city.pools[pool] ?? []).forEach((range, gi) => {
            const gw = `${xw}.pools.${pool}[${gi}]`;
            if (!keys(gw, range, ['first', 'count'])) return;
            if (typeof range.first !== 'string' || !E164.test(range.first)) return problem(gw, `first "${range.first}" is not E.164`);
            if (!Number.isInteger(range.count) || range.count <= 0 || range.count > 1_000_000) {
              return problem(gw, `count ${range.count} must be an integer 1–1,000,000`);
            }
            const last = lastOf(range.first, range.count);
            if (last.length !== range.first.length) return problem(gw, `${range.first} + ${range.count - 1} changes the number's length (${last})`);
            ranges.push({ start: BigInt(range.first.slice(1)), end: BigInt(last.slice(1)), len: range.first.length, first: range.first, last, where: gw });
            cityTotals[pool] += range.count;
            tally[pool] += range.count;

            for (const p of nonPortable) {
              if (typeof p !== 'string') continue;
              // does [first, last] intersect the set of numbers of this length starting with p?
              const pad = range.first.length - p.length;
              if (pad < 0) continue;
              const lo = BigInt(p.slice(1) + '0'.repeat(pad));
              const hi = BigInt(p.slice(1) + '9'.repeat(pad));
              const s = BigInt(range.first.slice(1));
              const e = BigInt(last.slice(1));
              if (s <= hi && e >= lo) problem(gw, `${range.first}…${last} reaches into non-portable prefix ${p}`);
            }

            const bad = { invalid: [], country: [], type: [], areaCode: [] };
            const start = BigInt(range.first.slice(1));
            for (let k = 0; k < range.count; k++) {
              const n = '+' + (start + BigInt(k)).toString();
              const pn = parsePhoneNumberFromString(n);
              if (!pn || !pn.isValid()) {
                bad.invalid.push(n);
                continue;
              }
              const type = pn.getType();
              if (pn.country !== country.code) {
                // NANP toll-free (+1 8xx) is shared by every NANP country and libphonenumber reports it as
                // US; accept it for a toll-free pool when the catalog country's own metadata matches.
                const shared =
                  pool === 'tollFree' &&
                  pn.countryCallingCode === '1' &&
                  type === 'TOLL_FREE' &&
                  matchesCountryType(country.code, 'TOLL_FREE', pn.nationalNumber);
                if (shared) {
                  const key = `${country.code} toll-free reported as ${pn.country}`;
                  nanpTollFreeAttributedElsewhere.set(key, (nanpTollFreeAttributedElsewhere.get(key) ?? 0) + 1);
                } else bad.country.push(`${n} (${pn.country ?? 'no country'})`);
              }
              if (!TYPES_FOR_POOL[pool].includes(type)) bad.type.push(`${n} (${type ?? 'unknown type'})`);
              if (pool !== 'tollFree') {
                const ac = areaCodes.find((a) => typeof a === 'string' && pn.nationalNumber.startsWith(a));
                if (ac === undefined) bad.areaCode.push(n);
                else usedAreaCodes.add(ac);
              }
            }
            const report = (list, what) => {
              if (list.length === 0) return;
              const shown = list.slice(0, EXAMPLES_PER_RANGE).join(', ');
              const more = list.length > EXAMPLES_PER_RANGE ? `, … (${list.length - EXAMPLES_PER_RANGE} more)` : '';
              problem(gw, `${list.length} of ${range.count} numbers ${what}: ${shown}${more}`);
            };
            report(bad.invalid, 'are not valid numbers (libphonenumber-js/max)');
            report(bad.country, `are not numbers of ${country.code}`);
            report(bad.type, `have the wrong type for a ${pool} pool (want ${TYPES_FOR_POOL[pool].join(' or ')})`);
            report(bad.areaCode, `do not start with any of the city's area codes (${areaCodes.join(', ')})`);
          });
        }
        if (cityTotals.subscriber < MIN_CITY_SUBSCRIBER) problem(xw, `only ${cityTotals.subscriber} subscriber numbers (want at least ${MIN_CITY_SUBSCRIBER})`);
        if (cityTotals.toll < MIN_CITY_TOLL) problem(xw, `only ${cityTotals.toll} toll numbers (want at least ${MIN_CITY_TOLL})`);
        for (const ac of areaCodes) {
          if (typeof ac === 'string' && !usedAreaCodes.has(ac)) problem(xw, `area code ${ac} has no subscriber or toll numbers`);
        }
      });
    });
  });
});

for (const [code, t] of counts) {
  if (t.tollFree < MIN_COUNTRY_TOLL_FREE) problem(code, `only ${t.tollFree} toll-free numbers (want at least ${MIN_COUNTRY_TOLL_FREE})`);
}

// ---------------------------------------------------------------------------------------------
// Overlaps anywhere in the file (numbers of different lengths are different numbers)

ranges.sort((a, b) => a.len - b.len || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
let reach = null; // the range reaching furthest so far, among ranges of the current length
for (const r of ranges) {
  if (reach && reach.len === r.len && r.start <= reach.end) {
    problem(r.where, `${r.first}…${r.last} overlaps ${reach.where} (${reach.first}…${reach.last})`);
  }
  if (!reach || reach.len !== r.len || r.end > reach.end) reach = r;
}

// ---------------------------------------------------------------------------------------------
// Report

const pad = (s, n) => String(s).padStart(n);
const total = { subscriber: 0, toll: 0, tollFree: 0 };
console.log(`catalog: ${file}`);
console.log(`${'country'.padEnd(8)}${pad('subscriber', 12)}${pad('toll', 8)}${pad('tollFree', 10)}${pad('total', 8)}`);
for (const [code, t] of counts) {
  for (const p of POOL_TYPES) total[p] += t[p];
  console.log(`${code.padEnd(8)}${pad(t.subscriber, 12)}${pad(t.toll, 8)}${pad(t.tollFree, 10)}${pad(t.subscriber + t.toll + t.tollFree, 8)}`);
}
console.log(
  `${'all'.padEnd(8)}${pad(total.subscriber, 12)}${pad(total.toll, 8)}${pad(total.tollFree, 10)}${pad(total.subscriber + total.toll + total.tollFree, 8)}`,
);
console.log(`${cityCodes.size} cities, ${ranges.length} ranges, ${skuSeen.size} SKUs, ${nonPortable.length} non-portable prefixes`);

for (const [key, n] of nanpTollFreeAttributedElsewhere) {
  notes.push(
    `${n} ${key} by libphonenumber-js (NANP toll-free +1 8xx is shared by all NANP countries; accepted because ${key.slice(0, 2)}'s own TOLL_FREE pattern matches)`,
  );
}
for (const n of notes) console.log(`note: ${n}`);

if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('ok: no problems');
