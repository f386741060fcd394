// What every bulk run shares: per-row verdicts and all-or-nothing versus --continue-on-error.
import type { Problem } from '../errors.js';

/** The Result column of a bulk row. */
export type RowResult = 'Created' | 'Updated' | 'Unchanged' | 'WhatIf' | 'Failed' | 'Skipped';

/** A row after checking: problems (it fails) or a change to make; neither means it is already as asked (Unchanged). */
export interface PlannedRow<C> {
  row: number;
  problems: Problem[];
  change?: C;
  /** Why an unchanged row needs nothing. */
  note?: string;
}

/** A row's verdict once the whole batch is judged. */
export interface Verdict<C> {
  row: number;
  result: RowResult;
  errorId: string;
  message: string;
  problems: Problem[];
  change?: C;
}

/** -WhatIf and --continue-on-error. */
export interface BulkMode {
  whatIf: boolean;
  continueOnError: boolean;
}

/**
 * Judges a checked batch: failed rows fail; the others are applied (result `done`) unless the run is all-or-nothing and
 * some row failed, in which case they are Skipped. With -WhatIf they would be applied (WhatIf) and nothing is.
 * describe(change, whatIf) says what the row does ("would create …" / "created …").
 */
export function judge<C>(rows: readonly PlannedRow<C>[], mode: BulkMode, done: RowResult, describe: (c: C, whatIf: boolean) => string): { verdicts: Verdict<C>[]; apply: C[] } {
  const failed = rows.filter((r) => r.problems.length).length;
  const blocked = failed > 0 && !mode.continueOnError;
  const apply: C[] = [];
  const skipped = skippedMessage(failed);
  const verdicts = rows.map((r): Verdict<C> => {
    const base = { row: r.row, problems: r.problems, errorId: '', change: r.change };
    if (r.problems.length) return { ...base, result: 'Failed', errorId: r.problems[0]!.errorId, message: r.problems.map((p) => p.message).join(' ') };
    if (r.change === undefined) return { ...base, result: 'Unchanged', message: r.note ?? 'already as asked.' };
    if (blocked) return { ...base, result: 'Skipped', message: skipped };
    if (mode.whatIf) return { ...base, result: 'WhatIf', message: describe(r.change, true) };
    apply.push(r.change);
    return { ...base, result: done, message: describe(r.change, false) };
  });
  return { verdicts, apply };
}

/** The message of rows held back because an all-or-nothing run had failures. */
export function skippedMessage(failed: number): string {
  return `not applied: ${failed} row${failed === 1 ? '' : 's'} failed and the run is all or nothing; fix ${failed === 1 ? 'it' : 'them'}, or add --continue-on-error to apply the good rows.`;
}

/** Feeds a (possibly streamed) source to fn in chunks of `size`, then reports the count so far (progress). */
export async function forEachChunk<T>(source: AsyncIterable<T> | Iterable<T>, size: number, fn: (chunk: T[]) => void, onCount?: (count: number) => void): Promise<void> {
  let chunk: T[] = [];
  let seen = 0;
  for await (const item of source) {
    chunk.push(item);
    if (chunk.length === size) {
      fn(chunk);
      seen += chunk.length;
      chunk = [];
      onCount?.(seen);
    }
  }
  if (chunk.length) fn(chunk);
}
