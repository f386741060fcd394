// The input rules of a port order that need no number metadata (pure): how numbers and ranges are read, which
// catalog city a number belongs to, the billing-number rule of full and partial ports, and the one error that
// names every bad number.
import { count as thousands } from '../text/count.js';
import type { NumberType } from './reservation.js';
import type { NumberKind } from './port-order.js';
import { quoted } from '../text/sanitize.js';

/** A number as typed, read into digits (country code included), or why it cannot be read. */
export type PortNumber = { ok: true; digits: string } | { ok: false; message: string };

/**
 * Reads a number of a port order (admin docs' rules): with '+' it is E.164 of any country; without, a US number of
 * 10 digits (the leading 1 left out) or 11 digits starting with 1. Spaces, dashes, dots and brackets are ignored.
 */
export function parsePortNumber(raw: string): PortNumber {
  const s = raw.trim().replace(/^tel:/i, '');
  const compact = s.replace(/[\s().[\]-]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, message: `${quoted(raw)} is not a telephone number` };
  let digits = compact.replace(/^\+/, '');
  if (!compact.startsWith('+')) {
    if (digits.length === 10) digits = `1${digits}`;
    else if (!(digits.length === 11 && digits.startsWith('1'))) {
      return { ok: false, message: `${quoted(raw)} is not a 10- or 11-digit US number (other countries are written in E.164, +44…)` };
    }
  }
  if (digits.startsWith('0') || digits.length < 7 || digits.length > 15) return { ok: false, message: `${quoted(raw)} is not an E.164 number` };
  return { ok: true, digits };
}

/** A range read into its numbers, or why not. */
export type RangeResult = { ok: true; numbers: string[] } | { ok: false; errorId: 'InvalidRange' | 'TooManyNumbers'; message: string };

/**
 * Expands "N1-N2" (smallest first, both the same length; numbers formatted as parsePortNumber reads them, so
 * 425-555-0100-425-555-0199 works): refuses a reversed range, a mixed length, or more than `max` numbers.
 */
export function expandRange(raw: string, max: number): RangeResult {
  const text = raw.trim().replace(/[–—]/g, '-').replace(/\.\./g, '-');
  const splits: [string, string][] = [];
  for (let i = text.indexOf('-', 1); i >= 0; i = text.indexOf('-', i + 1)) {
    const lo = parsePortNumber(text.slice(0, i));
    const hi = parsePortNumber(text.slice(i + 1));
    if (lo.ok && hi.ok) splits.push([lo.digits, hi.digits]);
  }
  const sameLength = splits.filter(([a, b]) => a.length === b.length);
  if (!splits.length)
    return { ok: false, errorId: 'InvalidRange', message: `${quoted(raw)} is not a range N1-N2 of two telephone numbers (e.g. +14255550200-+14255550299)` };
  if (sameLength.length !== 1) {
    return {
      ok: false,
      errorId: 'InvalidRange',
      message: `the two ends of range ${quoted(raw)} must have the same number of digits (write both in E.164, e.g. +14255550200-+14255550299)`,
    };
  }
  const [lo, hi] = sameLength[0]!;
  if (BigInt(lo) > BigInt(hi))
    return { ok: false, errorId: 'InvalidRange', message: `range ${quoted(raw)} is reversed: the smaller number comes first (+${hi}-+${lo})` };
  const count = BigInt(hi) - BigInt(lo) + 1n;
  if (count > BigInt(max))
    return {
      ok: false,
      errorId: 'TooManyNumbers',
      message: `range ${quoted(raw)} holds ${thousands(Number(count))} numbers; one port order holds at most ${max}`,
    };
  const numbers: string[] = [];
  for (let n = BigInt(lo); n <= BigInt(hi); n++) numbers.push(n.toString().padStart(lo.length, '0'));
  return { ok: true, numbers };
}

/** The order's number kind from libphonenumber's type: local (fixed line), mobile or toll-free; undefined for others. */
export function kindOfType(type: string | undefined): NumberKind | undefined {
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return 'Local';
  if (type === 'MOBILE') return 'Mobile';
  if (type === 'TOLL_FREE') return 'TollFree';
  return undefined;
}

/** Words for a kind in messages. */
export const KIND_TEXT: Readonly<Record<NumberKind, string>> = { Local: 'local', TollFree: 'toll-free', Mobile: 'mobile' };

/**
 * How ported numbers are stored: toll-free numbers are service numbers (TollFree); mobile numbers are user numbers;
 * local numbers are user numbers, or toll service numbers (for conferencing, auto attendants, call queues) with
 * -InventoryType Service. Returns an error message for a combination that does not exist.
 */
export function storedNumberType(
  kind: NumberKind,
  inventoryType: 'Subscriber' | 'Service' | undefined,
): { ok: true; type: NumberType } | { ok: false; message: string } {
  if (kind === 'TollFree') {
    return inventoryType === 'Subscriber'
      ? { ok: false, message: 'toll-free numbers are service numbers; leave -InventoryType out or give Service.' }
      : { ok: true, type: 'TollFree' };
  }
  if (kind === 'Mobile') {
    return inventoryType === 'Service'
      ? { ok: false, message: 'mobile numbers are user numbers; leave -InventoryType out or give Subscriber.' }
      : { ok: true, type: 'User' };
  }
  return { ok: true, type: inventoryType === 'Service' ? 'Toll' : 'User' };
}

/** The catalog facts city derivation needs. */
export interface CityAreaCodes {
  code: string;
  name: string;
  areaCodes: readonly string[];
}

/**
 * The catalog city of a number by its area code (the longest area code of the country's cities that starts the
 * national number). Several cities sharing it: the one named like the service address's city; else none (null).
 */
export function cityOfNumber(digits: string, dialCode: string, cities: readonly CityAreaCodes[], addressCity: string): string | null {
  if (!digits.startsWith(dialCode)) return null;
  const national = digits.slice(dialCode.length);
  let best = 0;
  let found: CityAreaCodes[] = [];
  for (const c of cities) {
    const len = Math.max(0, ...c.areaCodes.filter((ac) => national.startsWith(ac)).map((ac) => ac.length));
    if (len === 0 || len < best) continue;
    if (len > best) found = [];
    best = len;
    found.push(c);
  }
  if (found.length === 1) return found[0]!.code;
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const named = found.filter((c) => key(c.name) === key(addressCity));
  return named.length === 1 ? named[0]!.code : null;
}

/** A full or a partial port. */
export type PortType = 'Full' | 'Partial';

/**
 * The billing telephone number (BTN) rule. Full port: every number of the carrier account moves, the BTN with
 * them, and the account closes — so the BTN must be in the order. Partial port: some numbers stay with the
 * carrier on the account, which keeps its BTN — so the BTN must not be in the order.
 */
export function billingNumberProblem(portType: PortType, btn: string, inOrder: boolean): { errorId: string; message: string; hint: string } | undefined {
  if (portType === 'Full' && !inOrder) {
    return {
      errorId: 'BillingNumberNotInOrder',
      message: `a full port moves every number of the carrier account, its billing telephone number +${btn} included, and closes the account; +${btn} is not among the order's numbers.`,
      hint: `Add +${btn} to the numbers, or give -PortType Partial if numbers stay with the carrier.`,
    };
  }
  if (portType === 'Partial' && inOrder) {
    return {
      errorId: 'BillingNumberInOrder',
      message: `in a partial port the billing telephone number stays with the carrier for the numbers that remain; +${btn} is among the order's numbers.`,
      hint: 'Give the BTN the remaining numbers keep (the carrier names a new one if needed), or -PortType Full to move every number and close the account.',
    };
  }
  return undefined;
}

/** One kind of bad number in an order: its ErrorId, what is wrong, and the numbers (as shown to the admin). */
export interface NumberIssue {
  errorId: string;
  what: string;
  numbers: string[];
}

/** At most this many numbers are listed per issue; the rest are counted. */
const MAX_LISTED = 10;

/** "+1, +2, +3 and 4 more". */
export function listNumbers(numbers: readonly string[], max = MAX_LISTED): string {
  const shown = numbers.slice(0, max).join(', ');
  return numbers.length > max ? `${shown} and ${numbers.length - max} more` : shown;
}

/**
 * One error for every bad number of an order: the first issue's ErrorId, and a message that lists every issue
 * (later ones tagged with their own ErrorId), each naming its numbers.
 */
export function issuesError(issues: readonly NumberIssue[]): { errorId: string; message: string } {
  const parts = issues.map((i, k) => `${k ? `(${i.errorId}) ` : ''}${i.what} (${i.numbers.length}): ${listNumbers(i.numbers)}`);
  return { errorId: issues[0]!.errorId, message: `${parts.join('; ')}.` };
}
