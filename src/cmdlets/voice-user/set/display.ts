// set-voice-user's results: one row per request; big batches list only failures in a table (csv/json carry every row).
import type { VoiceSummary } from '../../../services/voice.js';
import type { DB } from '../../../store/open.js';
import { resultsPage, type BatchResult } from '../../../store/voice-batch.js';
import type { PagedRun } from '../../shared/bulk-result.js';
import type { OutputRecord } from '../../types.js';

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

/** The batch as a paged run (rows read back from the temp table). */
export function voiceRun(db: DB, s: VoiceSummary): PagedRun {
  return { ...s, page: (after, limit, onlyFailed) => resultsPage(db, after, limit, onlyFailed).map((r) => toRecord(r)) };
}
