// Prepared-statement cache and the IMMEDIATE write transaction every change runs in.
import type { Statement } from 'better-sqlite3';
import type { DB } from './open.js';

const cache = new WeakMap<DB, Map<string, Statement>>();

/** Returns a prepared statement for `sql`, prepared once per connection. */
export function stmt(db: DB, sql: string): Statement {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

/**
 * Runs fn in a BEGIN IMMEDIATE transaction: the write lock is taken up front, so two processes queue on the
 * busy timeout instead of failing when a read lock cannot be upgraded. Nested calls join the outer transaction.
 */
export function writeTx<T>(db: DB, fn: () => T): T {
  if (db.inTransaction) return fn();
  return db.transaction(fn).immediate();
}

/**
 * Like writeTx, for work that awaits (a bulk file streamed while it is checked): BEGIN IMMEDIATE, then COMMIT when fn
 * settles, ROLLBACK when it throws. The connection belongs to this one command, so nothing else runs in between.
 */
export async function writeTxAsync<T>(db: DB, fn: () => Promise<T>): Promise<T> {
  if (db.inTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await fn();
    db.exec('COMMIT');
    return result;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
