// Telephone number input rules that need no metadata: the fast path for canonical E.164.
import { quoted } from '../text/sanitize.js';

/** The store's form of a number: digits with country code, no '+', the cmdlet's Id. */
export type Digits = string;

/** Result of reading a number typed by an admin or found in a CSV cell. */
export type ParsedNumber = { ok: true; digits: Digits } | { ok: false; message: string };

/**
 * Reads +E.164, digits with country code, or tel:+… (with spaces, dots, dashes and brackets ignored).
 * Shape only: whether the number exists is the store's question.
 */
export function parseNumberInput(raw: string): ParsedNumber {
  let s = raw.trim();
  if (/^tel:/i.test(s)) s = s.slice(4);
  if (/;\s*ext\s*=/i.test(s)) {
    return { ok: false, message: `${quoted(raw)} has an extension; Calling Plan numbers have none, so give the number alone (+14255550100).` };
  }
  if (/^[-\u2212]/.test(s)) {
    return { ok: false, message: `${quoted(raw)} starts with a minus sign; a telephone number starts with + or a digit (+14255550100).` };
  }
  const compact = s.replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(compact)) {
    return { ok: false, message: `${quoted(raw)} is not a telephone number; use E.164 such as +14255550100.` };
  }
  const digits = compact.replace(/^\+/, '');
  if (digits.startsWith('0')) {
    return { ok: false, message: `${quoted(raw)} has no country code; use E.164 such as +14255550100.` };
  }
  if (digits.length < 7 || digits.length > 15) {
    return { ok: false, message: `${quoted(raw)} has ${digits.length} digits; an E.164 number has 7 to 15 including the country code.` };
  }
  return { ok: true, digits };
}

/** Reads a -TelephoneNumberStartsWith prefix: 1 to 15 digits, with tel:, + and spaces, dots, dashes, brackets ignored. */
export function parseDigitPrefix(raw: string): ParsedNumber {
  const s = raw
    .trim()
    .replace(/^tel:/i, '')
    .replace(/^\+/, '')
    .replace(/[\s().-]/g, '');
  return /^\d{1,15}$/.test(s) ? { ok: true, digits: s } : { ok: false, message: `-TelephoneNumberStartsWith must be digits such as 1425, not ${quoted(raw)}.` };
}

/** The exclusive upper bound of a text prefix range: '1425' -> '1426' (so a prefix query is an index range, not LIKE). */
export function prefixUpperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}
