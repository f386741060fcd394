// What the temp-table batches of the bulk commands (import-users, set-user-license, set-voice-user) share: a table of
// rows whose status is 'failed', 'unchanged' or still to apply, and a one-row table with the batch's outcome for the
// rows still to apply (Pending, then Skipped, WhatIf, or what applying made of them).
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** The temp tables of the bulk commands that keep their rows in SQL this way. */
export type BatchTable = 'user_batch' | 'license_batch' | 'voice_batch';

/** A row's Result from its status (b) and the batch outcome (m). */
export const BATCH_RESULT_SQL = `CASE b.status WHEN 'failed' THEN 'Failed' WHEN 'unchanged' THEN 'Unchanged' ELSE m.outcome END`;

/** (Re)creates a batch's rows table (with these column definitions) and its outcome table, for this connection. */
export function createBatchTables(db: DB, table: BatchTable, columns: string): void {
  dropBatchTables(db, table);
  db.exec(`
    CREATE TEMP TABLE ${table}_meta (outcome TEXT NOT NULL, message TEXT);
    INSERT INTO temp.${table}_meta VALUES ('Pending', NULL);
    CREATE TEMP TABLE ${table} (${columns});
  `);
}

/** Drops a batch's tables (once its rows have been read). */
export function dropBatchTables(db: DB, table: BatchTable): void {
  db.exec(`DROP TABLE IF EXISTS temp.${table}; DROP TABLE IF EXISTS temp.${table}_meta;`);
}

/** How many rows failed. */
export function failedBatchRows(db: DB, table: BatchTable): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM temp.${table} WHERE status = 'failed'`).get() as { n: number }).n;
}

/** Records what became of the rows still to apply: done (Created, Updated), WhatIf, or Skipped (with why). */
export function markBatchOutcome(db: DB, table: BatchTable, outcome: string, message?: string): void {
  stmt(db, `UPDATE temp.${table}_meta SET outcome = ?, message = ?`).run(outcome, message ?? null);
}

/** Counts rows per Result (resultSql: the table's own Result expression, when it is more than BATCH_RESULT_SQL). */
export function batchResultCounts(db: DB, table: BatchTable, resultSql = BATCH_RESULT_SQL): Record<string, number> {
  const rows = stmt(db, `SELECT ${resultSql} AS r, COUNT(*) AS n FROM temp.${table} b CROSS JOIN temp.${table}_meta m GROUP BY 1`).all() as {
    r: string;
    n: number;
  }[];
  return Object.fromEntries(rows.map((x) => [x.r, x.n]));
}
