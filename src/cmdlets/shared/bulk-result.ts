// The shell of bulk and single change commands: the bulk source, the per-row result with its summary and exit code,
// and turning a single request's problems into the error the CLI prints.
import { count, countsLine } from '../../text/count.js';
import { isStreamedSource, type BulkFormat } from '../../csv/read.js';
import { openReport, type ReportFile } from '../../csv/report.js';
import type { BatchRun, BatchSummary, BulkMode } from '../../services/bulk.js';
import type { Deps } from '../../deps.js';
import { OperationError, UsageError, type CallplanError, type Problem } from '../../errors.js';
import { render } from '../../output/render.js';
import type { Style } from '../../output/style.js';
import type { CommandResult, OutputRecord } from '../types.js';

/** Above this many rows the table shows only failed rows and a count (-o csv/json and --report carry every row). */
const FULL_TABLE_ROWS = 100;

/** The error for a single request's problems: shape problems are usage errors (exit 2), the rest operation errors (exit 1). */
export function problemError(problems: readonly Problem[]): CallplanError {
  const first = problems[0] ?? { errorId: 'InternalError', message: 'failed.', field: '' };
  const message = problems.map((p) => p.message).join(' ');
  return ['InvalidValue', 'MissingParameter'].includes(first.errorId) ? new UsageError(first.errorId, message) : new OperationError(first.errorId, message);
}

/** The bulk source of a command's options (--csv or --jsonl), or undefined for a single request. */
export function bulkSource(o: {
  readonly csv: string | undefined;
  readonly jsonl: string | undefined;
}): { source: string; format: BulkFormat; stage: boolean } | undefined {
  const { csv, jsonl } = o;
  if (csv !== undefined && jsonl !== undefined) throw new UsageError('ConflictingParameters', 'give -Csv or -Jsonl, not both.');
  if (csv !== undefined) return { source: csv, format: 'csv', stage: isStreamedSource(csv) };
  if (jsonl !== undefined) return { source: jsonl, format: 'jsonl', stage: isStreamedSource(jsonl) };
  return undefined;
}

/** How a paged bulk run reports: its counts by Result, and its rows read a page at a time from the store. */
export interface PagedRun {
  total: number;
  counts: Record<string, number>;
  applied: boolean;
  /** Up to `limit` result records after row `after` (only failed ones when asked), in file order. */
  page(after: number, limit: number, onlyFailed: boolean): OutputRecord[];
}

const RESULT_ORDER = ['Created', 'Assigned', 'Removed', 'Updated', 'Unchanged', 'WhatIf', 'Failed', 'Skipped'];

/** Every result record of a paged run, 5,000 at a time (records carry a numeric Row). */
export function* allPages(run: Pick<PagedRun, 'page'>, onlyFailed = false): Generator<OutputRecord[]> {
  let after = 0;
  for (;;) {
    const page = run.page(after, 5000, onlyFailed);
    if (!page.length) return;
    after = page[page.length - 1]!.Row as number;
    yield page;
  }
}

/**
 * The command result of a bulk run whose rows stay in the store: a summary on stderr, the rows (or, above 100, only
 * the failed ones) in the table, every row streamed for -o csv/json/jsonl, exit 1 when any row failed.
 */
export function pagedBulkResult(run: PagedRun, columns: readonly string[], style: Style, extraNotices: readonly string[] = []): CommandResult {
  const failed = run.counts.Failed ?? 0;
  const notices = [`${countsLine(RESULT_ORDER, run.counts) || 'no rows'}${failed && !run.applied ? ' — nothing was changed' : ''}.`, ...extraNotices];
  const result: CommandResult = { records: [], columns, notices, exitCode: failed ? 1 : 0, pages: () => allPages(run) };
  if (run.total <= FULL_TABLE_ROWS) {
    result.records = run.page(0, FULL_TABLE_ROWS, false);
    return result;
  }
  const shown = run.page(0, FULL_TABLE_ROWS, true);
  result.records = shown;
  const table = shown.length ? render(shown, { format: 'table', columns, style }) + '\n' : '';
  const more =
    failed > shown.length ? `the first ${shown.length} of ${count(failed)} failed rows are listed; ` : shown.length ? 'only the failed ones are listed; ' : '';
  result.text = `${table}${count(run.total)} rows (${more}-o csv or --report FILE lists every row).\n`;
  return result;
}

/** Runs a bulk job under a "Checking rows" spinner that counts the rows read. */
export async function withRowProgress<T>(deps: Pick<Deps, 'progress'>, work: (onRow: (count: number) => void) => Promise<T>): Promise<T> {
  const progress = deps.progress('Checking rows');
  try {
    return await work((n) => progress.update(n));
  } finally {
    progress.stop();
  }
}

/** A bulk run's rows as result records, for the table, the streamed output and the -Report. */
export function recordsOf<R>(run: BatchSummary & Pick<BatchRun<R>, 'page'>, toRecord: (row: R) => OutputRecord): PagedRun {
  return { total: run.total, counts: run.counts, applied: run.applied, page: (after, limit, onlyFailed) => run.page(after, limit, onlyFailed).map(toRecord) };
}

/**
 * Runs a bulk service with the command's -Report (if one was asked for): the report is written inside the service's
 * transaction (its beforeCommit), so a report that cannot be written rolls the run back; it is put in place once the
 * changes are committed, and dropped when the run fails.
 */
export async function withReport<R, S extends BatchRun<R>>(
  report: ReportFile | undefined,
  columns: readonly string[],
  toRecord: (row: R) => OutputRecord,
  work: (beforeCommit: BulkMode<R>['beforeCommit']) => Promise<S>,
): Promise<S> {
  if (!report) return work(undefined);
  try {
    const run = await work((r) => report.writePages(allPages(recordsOf(r, toRecord)), columns));
    report.commit();
    return run;
  } finally {
    report.discard();
  }
}

/** Opens -Report FILE (checked against the store and this run's inputs), when one was asked for. */
export function reportOf(o: { readonly report: string | undefined }, deps: Pick<Deps, 'guard'>): ReportFile | undefined {
  return o.report !== undefined ? openReport(o.report, deps.guard) : undefined;
}
