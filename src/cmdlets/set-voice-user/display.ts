// set-voice-user's results: one row per request; big batches list only failures in a table (csv/json carry every row).
import { count } from '../../output/count.js';
import type { VoiceSummary } from '../../services/voice.js';
import { render } from '../../output/render.js';
import type { Style } from '../../output/style.js';
import type { DB } from '../../store/open.js';
import { resultsPage, type BatchResult } from '../../store/voice-batch.js';
import type { CommandResult, OutputRecord } from '../types.js';

export const RESULT_COLUMNS = ['Row', 'Identity', 'TelephoneNumber', 'LocationID', 'Result', 'ErrorId', 'Message'];
export const SINGLE_COLUMNS = RESULT_COLUMNS.slice(1);

/** A finished batch row as a result record. */
export function toRecord(r: BatchResult, withRow = true): OutputRecord {
  return {
    ...(withRow ? { Row: r.row } : {}),
    Identity: r.identity,
    TelephoneNumber: r.number ?? '',
    LocationID: r.locationId ?? '',
    Result: r.status,
    ErrorId: r.errorId ?? '',
    Message: r.message ?? '',
  };
}

/** Every result row, a page at a time, in file order. */
export function* pages(db: DB, onlyFailed = false): Generator<OutputRecord[]> {
  let after = 0;
  for (;;) {
    const page = resultsPage(db, after, 5000, onlyFailed);
    if (!page.length) return;
    after = page[page.length - 1]!.row;
    yield page.map((r) => toRecord(r));
  }
}

const ORDER = ['Assigned', 'Removed', 'Unchanged', 'WhatIf', 'Failed', 'Skipped'];
const TABLE_ROWS = 100;

/** The command result of a batch: summary on stderr, rows (or failures) on stdout, exit 1 when any row failed. */
export function batchText(db: DB, s: VoiceSummary, style: Style): CommandResult {
  const counts = ORDER.filter((k) => s.counts[k]).map((k) => `${count(s.counts[k]!)} ${k}`);
  const failed = s.counts.Failed ?? 0;
  const notices = [`${counts.join(', ') || 'no rows'}${failed && !s.applied ? ' — nothing was changed' : ''}.`];
  const result: CommandResult = { records: [], columns: RESULT_COLUMNS, notices, exitCode: failed ? 1 : 0, pages: () => pages(db) };
  if (s.total <= TABLE_ROWS) {
    result.records = resultsPage(db, 0, TABLE_ROWS).map((r) => toRecord(r));
    return result;
  }
  const shown = resultsPage(db, 0, TABLE_ROWS, true).map((r) => toRecord(r));
  result.records = shown;
  const table = shown.length ? render(shown, { format: 'table', columns: RESULT_COLUMNS, style }) + '\n' : '';
  const more = failed > shown.length ? `the first ${shown.length} of ${count(failed)} failed rows are listed; ` : shown.length ? 'only the failed rows are listed; ' : '';
  result.text = `${table}${count(s.total)} rows (${more}-o csv or --report FILE lists every row).\n`;
  return result;
}
