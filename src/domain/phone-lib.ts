// Number rules that need libphonenumber-js metadata. The library (with ~150 KB of metadata) is required on first use,
// synchronously through its CommonJS build, so the modules that import this one cost nothing until a number is checked.
import { createRequire } from 'node:module';
import type * as Lib from 'libphonenumber-js/max';
import type { CountryCode, NumberType } from 'libphonenumber-js/max';
import type { Digits } from './phone.js';

let lib: typeof Lib | undefined;

/** libphonenumber-js (max metadata), loaded once. */
function phoneLib(): typeof Lib {
  lib ??= createRequire(import.meta.url)('libphonenumber-js/max') as typeof Lib;
  return lib;
}

/** Parses +digits, or undefined. */
function parsePhoneNumberFromString(text: string): Lib.PhoneNumber | undefined {
  return phoneLib().parsePhoneNumberFromString(text);
}

/** True when +digits is a valid number of `country` (ISO alpha-2). */
export function isValidForCountry(digits: Digits, country: string): boolean {
  const n = parsePhoneNumberFromString(`+${digits}`);
  if (!n || !n.isValid()) return false;
  // NANP toll-free numbers belong to no single country; libphonenumber reports US for them.
  return n.country === country || (n.getType() === 'TOLL_FREE' && n.countryCallingCode === '1' && (country === 'US' || country === 'CA'));
}

/** libphonenumber's type for +digits (FIXED_LINE, MOBILE, TOLL_FREE …), or undefined. */
export function numberTypeOf(digits: Digits): NumberType {
  return parsePhoneNumberFromString(`+${digits}`)?.getType();
}

/** International (+1 425 555 0100) and national ((425) 555-0100) formats. */
export function formats(digits: Digits): { international: string; national: string } {
  const n = parsePhoneNumberFromString(`+${digits}`);
  return n ? { international: n.formatInternational(), national: n.formatNational() } : { international: `+${digits}`, national: `+${digits}` };
}

/** The country calling code of an ISO country (US -> 1). */
export function getCountryCallingCode(country: CountryCode): string {
  return phoneLib().getCountryCallingCode(country);
}

/** Validity, libphonenumber type and country of +digits in one parse (port orders check hundreds at once). */
export function describeNumber(digits: Digits): { valid: boolean; type: NumberType; country: string | undefined } {
  const n = parsePhoneNumberFromString(`+${digits}`);
  if (!n) return { valid: false, type: undefined, country: undefined };
  return { valid: n.isValid(), type: n.getType(), country: n.country };
}
