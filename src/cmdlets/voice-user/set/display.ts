// set-voice-user's results: one row per request; big batches list only failures in a table (csv/json carry every row).
import type { BatchResult } from '../../../store/voice-batch.js';
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
