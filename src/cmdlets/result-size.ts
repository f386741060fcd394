// Paging of the listings: -ResultSize / -First (a whole number or Unlimited) and -Skip / -NumberOfResultsToSkip, read
// the same way everywhere, with the same "showing N of M" notice.
import { INT_MAX, optionKey } from '../argv/coerce.js';
import { UsageError } from '../errors.js';
import { count } from '../text/count.js';
import { quoted } from '../text/sanitize.js';
import type { Options } from './types.js';

/** Reads a result-size parameter (-ResultSize, -First): a whole number or Unlimited. */
export function resultSize(v: unknown, name = 'ResultSize'): number {
  const s = String(v ?? '500').trim();
  if (/^unlimited$/i.test(s)) return Number.MAX_SAFE_INTEGER;
  if (!/^\d+$/.test(s) || Number(s) > INT_MAX)
    throw new UsageError(
      'InvalidValue',
      `-${name} must be a whole number up to ${INT_MAX} or Unlimited, not ${quoted(s)}.`,
      `Give -${name} a smaller number, or Unlimited.`,
    );
  return Number(s);
}

/** The size and skip parameters of a listing (their table names and flags). */
export interface PagingNames {
  size: { name: string; flag: string };
  skip: { name: string; flag: string };
}

/** -First and -Skip (the names of most listings). */
export const FIRST_SKIP: PagingNames = { size: { name: 'First', flag: 'first' }, skip: { name: 'Skip', flag: 'skip' } };

/** A page of a listing: at most `limit` rows after `offset`, and the notice when more matched. */
export interface Page {
  limit: number;
  offset: number;
  /** "showing 25 of 80 users (after skipping 25); use --first and --skip for more." when the page holds fewer than matched. */
  notice(shown: number, total: number, what: string): string[];
}

/** Reads a listing's page from its options (no size given: every row); a bad size or a negative skip is a usage error. */
export function readPage(o: Options, names: PagingNames = FIRST_SKIP): Page {
  const raw = o[optionKey(names.size.flag)];
  const limit = raw === undefined ? Number.MAX_SAFE_INTEGER : resultSize(raw, names.size.name);
  const offset = (o[optionKey(names.skip.flag)] as number | undefined) ?? 0;
  if (offset < 0) throw new UsageError('InvalidValue', `-${names.skip.name} must be 0 or more, not ${offset}.`);
  return {
    limit,
    offset,
    notice: (shown, total, what) =>
      offset + shown < total
        ? [
            `showing ${count(shown)} of ${count(total)} ${what}${offset ? ` (after skipping ${count(offset)})` : ''}; use --${names.size.flag} and --${names.skip.flag} for more.`,
          ]
        : [],
  };
}
