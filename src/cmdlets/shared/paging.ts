// Paging of the listings: -ResultSize (alias -First; a whole number or Unlimited) and -Skip / -NumberOfResultsToSkip, read
// the same way everywhere, with the same "showing N of M" notice.
import { INT_MAX } from '../../argv/coerce.js';
import { UsageError } from '../../errors.js';
import { count } from '../../text/count.js';
import { quoted } from '../../text/sanitize.js';
import type { ParamDef } from '../../params/define.js';
import { ResultSize, Skip } from '../../params/paging.js';

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

/** A page of a listing: at most `limit` rows after `offset`, and the notice when more matched. */
export interface Page {
  limit: number;
  offset: number;
  /** "showing 25 of 80 users (after skipping 25); use --first and --skip for more." when the page holds fewer than matched. */
  notice(shown: number, total: number, what: string): string[];
}

/** Reads a listing's page from -ResultSize and its skip parameter (no size: every row); a bad size or a negative skip is a usage error. */
export function readPage(size: string | undefined, skip: number | undefined, skipParam: Pick<ParamDef, 'name' | 'flag'> = Skip): Page {
  const limit = size === undefined ? Number.MAX_SAFE_INTEGER : resultSize(size, ResultSize.name);
  const offset = skip ?? 0;
  if (offset < 0) throw new UsageError('InvalidValue', `-${skipParam.name} must be 0 or more, not ${offset}.`);
  return {
    limit,
    offset,
    notice: (shown, total, what) =>
      offset + shown < total
        ? [
            `showing ${count(shown)} of ${count(total)} ${what}${offset ? ` (after skipping ${count(offset)})` : ''}; use --${ResultSize.flag} and --${skipParam.flag} for more.`,
          ]
        : [],
  };
}
