// What the temp-table batches of import-users and set-user-license share: a table of rows whose status is 'failed',
// 'unchanged' or still to apply, and a one-row table with the batch's outcome for the rows still to apply.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** The temp tables of the bulk commands that keep their rows in SQL this way. */
export type BatchTable = 'user_batch' | 'license_batch';

/** A row's Result from its status (b) and the batch outcome (m). */
export const BATCH_RESULT_SQL = `CASE b.status WHEN 'failed' THEN 'Failed' WHEN 'unchanged' THEN 'Unchanged' ELSE m.outcome END`;

/** (Re)creates a batch's rows table (with these column definitions) and its outcome table, for this connection. */
export function createBatchTables(db: DB, table: BatchTable, columns: string): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.${table};
    DROP TABLE IF EXISTS temp.${table}_meta;
    CREATE TEMP TABLE ${table}_meta (outcome TEXT NOT NULL, message TEXT);
    INSERT INTO temp.${table}_meta VALUES ('Pending', NULL);
    CREATE TEMP TABLE ${table} (${columns});
  `);
}

/** How many rows failed. */
export function failedBatchRows(db: DB, table: BatchTable): number {
  return (stmt(db, `SELECT COUNT(*) AS n FROM temp.${table} WHERE status = 'failed'`).get() as { n: number }).n;
}

/** Records what became of the rows still to apply: done (Created, Updated), WhatIf, or Skipped (with why). */
export function markBatchOutcome(db: DB, table: BatchTable, outcome: string, message?: string): void {
  stmt(db, `UPDATE temp.${table}_meta SET outcome = ?, message = ?`).run(outcome, message ?? null);
}

/** Counts rows per Result. */
export function batchResultCounts(db: DB, table: BatchTable): Record<string, number> {
  const rows = stmt(db, `SELECT ${BATCH_RESULT_SQL} AS r, COUNT(*) AS n FROM temp.${table} b CROSS JOIN temp.${table}_meta m GROUP BY 1`).all() as { r: string; n: number }[];
  return Object.fromEntries(rows.map((x) => [x.r, x.n]));
}
