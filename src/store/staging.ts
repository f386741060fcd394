// Staging a streamed bulk input (standard input, a pipe) in a temp table before the write transaction starts, so a
// slow writer on the other end of the pipe never keeps the store's write lock: other processes queue only for the
// checking and applying, never for the reading.
import type { DB } from './open.js';
import { stmt } from './sql.js';

const PAGE = 5000;

/** Creates (anew) this connection's staging table. */
function createStaging(db: DB): void {
  db.exec('DROP TABLE IF EXISTS temp.staged_input; CREATE TEMP TABLE staged_input (seq INTEGER PRIMARY KEY, item TEXT NOT NULL);');
}

/** The staged items in order, a page at a time (the table is dropped after the last page). */
function* stagedItems<T>(db: DB): Generator<T> {
  for (let after = 0; ;) {
    const page = stmt(db, 'SELECT seq, item FROM temp.staged_input WHERE seq > ? ORDER BY seq LIMIT ?').all(after, PAGE) as { seq: number; item: string }[];
    if (!page.length) break;
    for (const r of page) yield JSON.parse(r.item) as T;
    after = page[page.length - 1]!.seq;
  }
  db.exec('DROP TABLE IF EXISTS temp.staged_input');
}

/**
 * Reads a whole streamed source (items of plain JSON data) into a temp table — writes to the connection's own temp
 * database, which take no lock on the store — and gives the items back in order. Memory stays flat.
 */
export async function stageRows<T>(db: DB, source: AsyncIterable<T> | Iterable<T>, onCount?: (count: number) => void): Promise<Iterable<T>> {
  createStaging(db);
  const insert = stmt(db, 'INSERT INTO temp.staged_input (item) VALUES (?)');
  const flush = db.transaction((items: string[]) => {
    for (const s of items) insert.run(s);
  });
  let chunk: string[] = [];
  let seen = 0;
  for await (const item of source) {
    chunk.push(JSON.stringify(item));
    if (chunk.length === PAGE) {
      flush(chunk);
      seen += chunk.length;
      chunk = [];
      onCount?.(seen);
    }
  }
  if (chunk.length) flush(chunk);
  return { [Symbol.iterator]: () => stagedItems<T>(db) };
}
