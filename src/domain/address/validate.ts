// Validates a civic address against the gazetteer: accepted as is, accepted with changes (each listed), or rejected.
import { count } from '../../text/count.js';
import { looseKey } from '../text.js';
import { ADDRESS_PROPERTY, type AddressChange, type AddressFields, type AddressVerdict, type RejectReason, type Rejection } from './fields.js';
import { coordinatesInRange, distanceKm } from './geo.js';
import type { GazCountryFacts, GazPlace, GazPostalRow, GazStateFacts, GazetteerReader } from './gazetteer.js';
import { matchName } from './names.js';
import { ordinal } from './ordinal.js';
import { normalisePostalCode, postalLookupKeys } from './postal.js';

/**
 * Countries where an address may have no postal code: Ireland, whose Eircodes (2015) are not needed for
 * delivery and which many addresses are still written without. A given Eircode is still checked.
 */
export const POSTAL_CODE_OPTIONAL: ReadonlySet<string> = new Set(['IE']);

/** Given coordinates farther than this from the gazetteer's place (postal code, else city) are rejected. */
export const MAX_COORDINATE_DISTANCE_KM = 100;

const same = (a: string, b: string) => looseKey(a) === looseKey(b);
const list = (names: readonly string[]) => names.join(', ');

/** The working state of one validation: the address being corrected, the changes and the rejections. */
class Check {
  readonly out: AddressFields;
  readonly changes: AddressChange[] = [];
  readonly rejections: Rejection[] = [];
  constructor(readonly input: AddressFields) {
    this.out = { ...input };
  }
  /** Sets a field and lists the change (old -> new) when the text differs. */
  set<K extends keyof AddressFields>(field: K, value: AddressFields[K]): void {
    if (this.out[field] === value) return;
    this.out[field] = value;
    const name = ADDRESS_PROPERTY[field];
    const before = this.input[field];
    const old = before === null ? '' : String(before);
    const now = value === null ? '' : String(value);
    const i = this.changes.findIndex((c) => c.field === name);
    if (i >= 0) this.changes.splice(i, 1);
    if (old !== now) this.changes.push({ field: name, old, new: now });
  }
  reject(reason: RejectReason, field: keyof AddressFields, message: string, hint?: string): void {
    this.rejections.push({ reason, field: ADDRESS_PROPERTY[field], message, ...(hint ? { hint } : {}) });
  }
}

/** Finds the country by ISO code (any case) or by its name. */
function resolveCountry(text: string, gaz: GazetteerReader): GazCountryFacts | undefined {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return gaz.country(t.toUpperCase());
  const byName = gaz.countries().find((c) => same(c.name, t));
  return byName && gaz.country(byName.code);
}

/** A street name is required; in English-speaking countries a bare number needs its ordinal (148 -> 148th). */
function checkStreet(c: Check, country: GazCountryFacts): void {
  const street = c.out.streetName;
  if (!street) {
    c.reject('StreetNameRequired', 'streetName', 'the address has no street name.', 'Give -StreetName, e.g. -StreetName "Microsoft Way".');
  } else if (country.english && /^\d+$/.test(street)) {
    const fixed = ordinal(street);
    c.reject(
      'StreetNumberNeedsOrdinal',
      'streetName',
      `the street name '${street}' is only a number; ${country.code} addresses write a numbered street with its ordinal suffix.`,
      `write ${fixed} (-StreetName ${fixed}).`,
    );
  }
}

/** Checks the postal code's presence and format and returns it normalised (undefined when absent or invalid). */
function checkPostalFormat(c: Check, country: GazCountryFacts): string | undefined {
  const code = c.out.postalCode;
  if (!code) {
    if (!POSTAL_CODE_OPTIONAL.has(country.code)) {
      c.reject(
        'PostalCodeRequired',
        'postalCode',
        `a ${country.code} address needs a postal code.`,
        `Give -PostalCode, e.g. -PostalCode '${country.postalExample}'.`,
      );
    }
    return undefined;
  }
  const normal = normalisePostalCode(code, country.postalPattern, country.postalExample);
  if (normal === undefined) {
    c.reject(
      'PostalCodeFormat',
      'postalCode',
      `'${code}' is not a valid ${country.code} postal code.`,
      `${country.code} postal codes look like '${country.postalExample}'.`,
    );
    return undefined;
  }
  c.set('postalCode', normal);
  return normal;
}

/** The postal rows of a code (trying a ZIP+4 code's base too); empty when the country has no postal data. */
function postalRows(gaz: GazetteerReader, country: GazCountryFacts, code: string | undefined): readonly GazPostalRow[] {
  if (!code || !country.hasPostalData) return [];
  for (const key of postalLookupKeys(code)) {
    const rows = gaz.postal(country.code, key);
    if (rows.length) return rows;
  }
  return [];
}

const stateNames = (s: GazStateFacts) => [s.code, s.name, ...s.aliases];

/** Resolves the given state by code, name or alias (a typo of exactly one is corrected); rejects otherwise. */
function resolveGivenState(c: Check, country: GazCountryFacts, states: readonly GazStateFacts[]): GazStateFacts | undefined {
  const typed = c.out.stateOrProvince;
  const m = matchName(typed, states, stateNames);
  if (m.kind === 'exact') return m.items.find((s) => same(s.code, typed)) ?? m.items[0]!;
  if (m.kind === 'corrected') return m.item;
  const near = m.kind === 'ambiguous' ? m.candidates : m.nearest;
  c.reject(
    'UnknownState',
    'stateOrProvince',
    `'${typed}' is not a state or province of ${country.name}.`,
    near.length
      ? `Did you mean ${list(near.map((s) => `${s.name} (${s.code})`))}?`
      : `States and provinces of ${country.code}: ${list(states.map((s) => s.code))}.`,
  );
  return undefined;
}

/** Infers a missing state from the postal code's place, else from the city when only one state has it. */
function inferState(
  c: Check,
  country: GazCountryFacts,
  gaz: GazetteerReader,
  states: readonly GazStateFacts[],
  rows: readonly GazPostalRow[],
): GazStateFacts | undefined {
  const byCode = (code: string) => states.find((s) => s.code === code);
  const city = c.out.city;
  if (rows.length) {
    const row = rows.find((r) => city && same(r.city, city)) ?? rows[0]!;
    return byCode(row.state);
  }
  const hint = `Give -StateOrProvince (one of ${list(states.map((s) => s.code))}).`;
  if (!city) {
    c.reject('StateRequired', 'stateOrProvince', 'the address has neither a state or province nor a city to find it by.', 'Give -StateOrProvince and -City.');
    return undefined;
  }
  const m = matchName(city, gaz.places(country.code), (p) => [p.name]);
  if (m.kind === 'exact') {
    const found = [...new Set(m.items.map((p) => p.state))].sort();
    if (found.length === 1) return byCode(found[0]!);
    c.reject(
      'StateRequired',
      'stateOrProvince',
      `there is a ${m.items[0]!.name} in ${list(found)} (${country.name}); the address must say which.`,
      `Give -StateOrProvince (${list(found)}).`,
    );
    return undefined;
  }
  if (m.kind === 'corrected') return byCode(m.item.state);
  if (m.kind === 'ambiguous') {
    c.reject(
      'AmbiguousCity',
      'city',
      `'${city}' is as close to ${list(m.candidates.map((p) => `${p.name} (${p.state})`))}.`,
      `Write the city as one of those, and give -StateOrProvince.`,
    );
    return undefined;
  }
  c.reject(
    'UnknownCity',
    'city',
    `'${city}' is not a city of ${country.name}.`,
    m.nearest.length ? `Did you mean ${list(m.nearest.map((p) => `${p.name} (${p.state})`))}? Give -StateOrProvince too.` : hint,
  );
  return undefined;
}

/** The place the address resolved to, and the postal row that agrees with it (when the country has postal data). */
interface Resolved {
  place: GazPlace;
  row?: GazPostalRow;
}

/** Resolves the city within the state and checks it against the postal code's place. */
function resolveCity(c: Check, country: GazCountryFacts, state: GazStateFacts, gaz: GazetteerReader, rows: readonly GazPostalRow[]): Resolved | undefined {
  const typed = c.out.city;
  const code = c.out.postalCode;
  const inState = rows.filter((r) => r.state === state.code);
  if (rows.length && !inState.length) {
    const r = rows[0]!;
    c.reject(
      'PostalCodeMismatch',
      'postalCode',
      `${code} is the postal code of ${r.city}, ${r.state} — not of a place in ${state.name} (${state.code}).`,
      'Check -PostalCode and -StateOrProvince.',
    );
    return undefined;
  }
  const places = gaz.places(country.code, state.code);
  const placeOfRow = (r: GazPostalRow): GazPlace =>
    places.find((p) => same(p.name, r.city)) ?? { state: r.state, name: r.city, latitude: r.latitude, longitude: r.longitude };
  if (!typed) {
    if (inState.length) {
      const place = placeOfRow(inState[0]!);
      c.set('city', place.name);
      return { place, row: inState[0]! };
    }
    c.reject('CityRequired', 'city', 'the address has no city.', 'Give -City.');
    return undefined;
  }
  const m = matchName(typed, places, (p) => [p.name]);
  const found = m.kind === 'exact' ? m.items[0]! : m.kind === 'corrected' ? m.item : undefined;
  if (inState.length) {
    if (found) {
      const row = inState.find((r) => same(r.city, found.name));
      if (!row) {
        const zipCity = inState[0]!.city;
        const codes = gaz.postalCodesOf(country.code, state.code, found.name, 5);
        const readAs = m.kind === 'corrected' ? ` ('${typed}' reads as ${found.name})` : '';
        c.reject(
          'PostalCodeMismatch',
          'postalCode',
          `${code} is the postal code of ${zipCity}, ${state.code}, not of ${found.name}${readAs}.`,
          codes.length
            ? `Postal codes of ${found.name}, ${state.code}: ${list(codes)}; or write the city as ${zipCity}.`
            : `Write the city as ${zipCity}, or check -PostalCode.`,
        );
        return undefined;
      }
      c.set('city', found.name);
      return { place: found, row };
    }
    // The city is not one we know (or is ambiguous): the postal code says which place it is.
    const place = placeOfRow(inState[0]!);
    c.set('city', place.name);
    return { place, row: inState[0]! };
  }
  if (found) {
    c.set('city', found.name);
    return { place: found };
  }
  if (m.kind === 'ambiguous') {
    c.reject(
      'AmbiguousCity',
      'city',
      `'${typed}' is as close to ${list(m.candidates.map((p) => p.name))} (${state.code}); callplan will not guess which.`,
      `Write the city as one of: ${list(m.candidates.map((p) => p.name))}.`,
    );
    return undefined;
  }
  const nearest = m.kind === 'none' ? m.nearest : [];
  c.reject(
    'UnknownCity',
    'city',
    `'${typed}' is not a city of ${state.name} (${state.code}), ${country.name}.`,
    nearest.length ? `Did you mean ${list(nearest.map((p) => p.name))}?` : 'Check the spelling and the state, or save it unvalidated with --allow-unvalidated.',
  );
  return undefined;
}

/** Fills absent coordinates from the gazetteer; checks given ones (both or neither, in range, near the place). */
function checkCoordinates(c: Check, resolved: Resolved | undefined): void {
  const { latitude, longitude } = c.out;
  if (latitude === null && longitude === null) {
    if (!resolved || c.rejections.length) return;
    const src = resolved.row ?? resolved.place;
    c.set('latitude', src.latitude);
    c.set('longitude', src.longitude);
    return;
  }
  if (latitude === null || longitude === null) {
    c.reject(
      'InvalidCoordinates',
      latitude === null ? 'latitude' : 'longitude',
      'only one of Latitude and Longitude is given.',
      'Give both, or neither (they are then filled from the gazetteer).',
    );
    return;
  }
  if (!coordinatesInRange(latitude, longitude)) {
    c.reject(
      'InvalidCoordinates',
      'latitude',
      `${latitude}, ${longitude} are not coordinates (latitude −90 to 90, longitude −180 to 180).`,
      'Give decimal degrees, e.g. -Latitude 47.63952 -Longitude -122.12781.',
    );
    return;
  }
  if (!resolved) return;
  const src = resolved.row ?? resolved.place;
  const km = distanceKm(latitude, longitude, src.latitude, src.longitude);
  if (km > MAX_COORDINATE_DISTANCE_KM) {
    const what = resolved.row ? `${resolved.row.code} ${resolved.place.name}` : resolved.place.name;
    c.reject(
      'CoordinatesMismatch',
      'latitude',
      `${latitude}, ${longitude} is ${count(Math.round(km))} km from ${what}, ${resolved.place.state} (${src.latitude}, ${src.longitude}).`,
      "Check -Latitude and -Longitude, or leave both out to use the gazetteer's.",
    );
  }
}

/** Builds the verdict: rejected with the input unchanged, or accepted (as is / with changes) with the corrected address. */
function verdict(c: Check): AddressVerdict {
  if (c.rejections.length) {
    const first = c.rejections[0]!;
    const hints = c.rejections.map((r) => r.hint).filter((h): h is string => !!h);
    return {
      result: 'Rejected',
      address: c.input,
      changes: [],
      rejections: c.rejections,
      reason: first.reason,
      message: c.rejections.map((r, i) => (i === 0 ? r.message : r.message.charAt(0).toUpperCase() + r.message.slice(1))).join(' '),
      ...(hints.length ? { hint: hints.join(' ') } : {}),
      errorId: 'AddressRejected',
    };
  }
  return { result: c.changes.length ? 'AcceptedWithChanges' : 'AcceptedAsIs', address: c.out, changes: c.changes, rejections: [] };
}

/**
 * Validates an address (text already trimmed) against the gazetteer. Rules, in order: a known country; a street name
 * (a bare number needs its ordinal in English-speaking countries); a postal code in the country's format; the state
 * by code, name or alias (normalised to the code), or inferred from the postal code or city; the city within that
 * state (a typo of exactly one place is corrected); where the gazetteer has postal codes, the postal code's place
 * agrees with the state and city; coordinates filled from the gazetteer when absent, checked when given.
 */
export function validateAddress(input: AddressFields, gaz: GazetteerReader): AddressVerdict {
  const c = new Check(input);
  const country = resolveCountry(input.countryOrRegion, gaz);
  if (!country) {
    const known = gaz.countries();
    c.reject(
      'UnknownCountry',
      'countryOrRegion',
      `'${input.countryOrRegion}' is not a country or region of the gazetteer.`,
      `Use an ISO 3166-1 alpha-2 code: ${list(known.map((k) => `${k.code} (${k.name})`))}.`,
    );
    return verdict(c);
  }
  c.set('countryOrRegion', country.code);
  checkStreet(c, country);
  const postal = checkPostalFormat(c, country);
  const rows = postalRows(gaz, country, postal);
  const states = gaz.states(country.code);
  const state = c.out.stateOrProvince ? resolveGivenState(c, country, states) : inferState(c, country, gaz, states, rows);
  let resolved: Resolved | undefined;
  if (state) {
    c.set('stateOrProvince', state.code);
    resolved = resolveCity(c, country, state, gaz, rows);
  }
  if (postal && country.hasPostalData && !rows.length) {
    const codes = resolved ? gaz.postalCodesOf(country.code, resolved.place.state, resolved.place.name, 5) : [];
    c.reject(
      'UnknownPostalCode',
      'postalCode',
      `${postal} is not a ${country.code} postal code the gazetteer knows.`,
      codes.length ? `Postal codes of ${resolved!.place.name}, ${resolved!.place.state}: ${list(codes)}.` : 'Check -PostalCode.',
    );
  }
  checkCoordinates(c, resolved);
  return verdict(c);
}
