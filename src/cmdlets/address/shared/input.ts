// Reads address fields and location names from parsed options: trimmed, no control characters, coordinates as numbers.
import { iso } from '../../../clock.js';
import type { Deps } from '../../../deps.js';
import type { AddressFields } from '../../../domain/address/fields.js';
import { ADDRESS_FIELDS, ADDRESS_PROPERTY, emptyAddress } from '../../../domain/address/fields.js';
import { UsageError } from '../../../errors.js';
import { hasControlChars } from '../../../text/sanitize.js';
import type { ChangeContext } from '../../../services/addresses.js';
import { quoted } from '../../../text/sanitize.js';

/** Longest text callplan stores in one address or location field. */
export const MAX_FIELD_LENGTH = 256;

/** Checks one text value: trimmed, inner runs of spaces collapsed, no control characters, not too long. */
export function cleanText(name: string, value: string, opts: { collapse?: boolean } = {}): string {
  if (hasControlChars(value)) {
    throw new UsageError(
      'InvalidValue',
      `-${name} contains a control character (a line break, tab, escape or text-direction override).`,
      'Give it as one line of plain text.',
    );
  }
  const t = opts.collapse === false ? value.trim() : value.trim().replace(/\s+/g, ' ');
  if (t.length > MAX_FIELD_LENGTH) throw new UsageError('InvalidValue', `-${name} is ${t.length} characters long; at most ${MAX_FIELD_LENGTH} are stored.`);
  return t;
}

/** Reads a coordinate in decimal degrees. */
function coordinate(name: string, raw: string, limit: number): number | null {
  const t = raw.trim();
  if (t === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t))
    throw new UsageError('InvalidValue', `-${name} must be decimal degrees such as ${limit === 90 ? '47.63952' : '-122.12781'}, not ${quoted(raw)}.`);
  const n = Number(t);
  if (Math.abs(n) > limit) throw new UsageError('InvalidValue', `-${name} must be between -${limit} and ${limit}, not ${t}.`);
  return n;
}

/**
 * The address options of a command: each field's flag is its name (house-number -> houseNumber). Partial, because
 * port orders take the street address without description, coordinates or ELIN; test/unit/params.test.ts checks
 * that every field is the option key of a declaration in src/params/addresses.ts.
 */
export type AddressOptions = { readonly [F in (typeof ADDRESS_FIELDS)[number]]?: string | undefined };

/**
 * The address fields given in the options (only those given), cleaned; '' clears a text field, null a coordinate.
 * Option keys are the camelCase of the flags, which are the field names (house-number -> houseNumber).
 */
export function addressPatch(o: AddressOptions): Partial<AddressFields> {
  const patch: Partial<AddressFields> = {};
  for (const field of ADDRESS_FIELDS) {
    const v = o[field];
    if (v === undefined) continue;
    const name = ADDRESS_PROPERTY[field];
    if (field === 'latitude' || field === 'longitude') patch[field] = coordinate(name, v, field === 'latitude' ? 90 : 180);
    else patch[field] = cleanText(name, v, { collapse: field !== 'description' });
  }
  return patch;
}

/** A whole address from the options (fields not given are empty). */
export function addressFromOptions(o: AddressOptions): AddressFields {
  return { ...emptyAddress(), ...addressPatch(o) };
}

/** True when any address field is among the options. */
export function hasAddressFields(o: AddressOptions): boolean {
  return ADDRESS_FIELDS.some((f) => o[f] !== undefined);
}

/** The parameters an admin gave (for the audit log): every option that is set, except switches that are off. */
export function givenParameters(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false));
}

/** The change context of an address or location command: tenant, now (from the clock), the given parameters, -WhatIf. */
export function changeContext(o: { readonly whatif: boolean | undefined }, deps: Deps, tenantId: number, operation: string): ChangeContext {
  return { db: deps.db, tenantId, now: iso(deps.clock()), operation, parameters: givenParameters(o), whatIf: o.whatif === true };
}

/** CompanyName and CountryOrRegion must hold text (not only spaces) for add-address and test-address. */
export function requireCompanyAndCountry(a: AddressFields, cmdlet: string): void {
  if (!a.countryOrRegion) throw new UsageError('MissingParameter', `${cmdlet} needs -CountryOrRegion.`, 'Give an ISO 3166-1 alpha-2 code such as US.');
  if (!a.companyName) throw new UsageError('MissingParameter', `${cmdlet} needs -CompanyName.`);
}
