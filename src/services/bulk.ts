// What every bulk run shares: the Result column, all or nothing versus --continue-on-error, and a streamed file fed in chunks.

/** The Result column of a bulk row. */
export type RowResult = 'Created' | 'Updated' | 'Unchanged' | 'WhatIf' | 'Failed' | 'Skipped';

import { batchResultCounts, dropBatchTables, failedBatchRows, markBatchOutcome, type BatchTable } from '../store/batch-table.js';
import type { DB } from '../store/open.js';
import { writeTxAsync } from '../store/sql.js';
import { stageRows } from '../store/staging.js';

/** -WhatIf and --continue-on-error, and how the run meets its input and its report. */
export interface BulkMode<R = unknown> {
  whatIf: boolean;
  continueOnError: boolean;
  /** The input is a stream (standard input, a pipe): read it all before the write lock is taken. */
  stage?: boolean | undefined;
  /** Runs inside the transaction once every row is settled, before COMMIT (the -Report is written here): a throw rolls back. */
  beforeCommit?: ((run: BatchRun<R>) => Promise<void>) | undefined;
}

/** The message of rows held back because an all-or-nothing run had failures. */
export function skippedMessage(failed: number): string {
  return `not applied: ${failed} row${failed === 1 ? '' : 's'} failed and the run is all or nothing; fix ${failed === 1 ? 'it' : 'them'}, or add --continue-on-error to apply the good rows.`;
}

/** Feeds a (possibly streamed) source to fn in chunks of `size`, then reports the count so far (progress). */
export async function forEachChunk<T>(
  source: AsyncIterable<T> | Iterable<T>,
  size: number,
  fn: (chunk: T[]) => void,
  onCount?: (count: number) => void,
): Promise<void> {
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

/** What a batch run did: rows per Result, and whether its changes were written. */
export interface BatchSummary {
  total: number;
  counts: Record<string, number>;
  applied: boolean;
}

/**
 * Ends a checked batch (inside its transaction): when an all-or-nothing run has failed rows the others are Skipped;
 * with -WhatIf they are WhatIf; else apply() writes them and they are `done` (Created, Updated, Assigned).
 */
export function finishBatch(
  db: DB,
  table: BatchTable,
  mode: Pick<BulkMode, 'whatIf' | 'continueOnError'>,
  done: string,
  apply: () => void,
  resultSql?: string,
): BatchSummary {
  const failed = failedBatchRows(db, table);
  let applied = false;
  if (failed > 0 && !mode.continueOnError) markBatchOutcome(db, table, 'Skipped', skippedMessage(failed));
  else if (mode.whatIf) markBatchOutcome(db, table, 'WhatIf');
  else {
    apply();
    markBatchOutcome(db, table, done);
    applied = true;
  }
  const counts = batchResultCounts(db, table, resultSql);
  return { total: Object.values(counts).reduce((x, y) => x + y, 0), counts, applied };
}

/**
 * A finished bulk run: what it did, its rows a page at a time (in file order; only the failed ones when asked), and
 * close() to let go of them. The rows wait in the store's temporary tables; no caller sees those.
 */
export interface BatchRun<R> extends BatchSummary {
  page(afterRow: number, limit: number, onlyFailed?: boolean): R[];
  close(): void;
}

/**
 * Runs a bulk job in one IMMEDIATE transaction: a streamed source is staged first (so the lock is not held while a pipe
 * is read), body checks and applies the rows into `table`, beforeCommit (the -Report) runs just before COMMIT. Returns
 * the run as a handle reading its rows with `page`; when anything throws, the rows are dropped.
 */
export async function runBatch<T, S extends BatchSummary, R>(
  db: DB,
  table: BatchTable,
  source: AsyncIterable<T> | Iterable<T>,
  mode: BulkMode<R>,
  body: (rows: AsyncIterable<T> | Iterable<T>) => Promise<S>,
  page: (afterRow: number, limit: number, onlyFailed?: boolean) => R[],
): Promise<S & BatchRun<R>> {
  try {
    const rows = mode.stage ? await stageRows(db, source) : source;
    return await writeTxAsync(db, async () => {
      const run = Object.assign(await body(rows), { page, close: () => dropBatchTables(db, table) });
      await mode.beforeCommit?.(run);
      return run;
    });
  } catch (err) {
    dropBatchTables(db, table);
    throw err;
  }
}
