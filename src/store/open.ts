// Opens the SQLite store: file mode 0600, WAL, foreign keys, busy timeout, migrations, refusal of newer stores.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { storeErrorFrom } from './store-errors.js';
import { MIGRATIONS, checkMonotonic, latestVersion, type Migration } from './migrations/index.js';

export type DB = Database.Database;

/** How to open a store. */
export interface OpenOptions {
  /** Milliseconds to wait for another process's write lock before giving up (exit 3). */
  busyTimeoutMs?: number;
  migrations?: readonly Migration[];
  /** Create the directory when missing (only for the default per-user location). */
  createDirectory?: boolean;
}

/** An open store and whether this call created it (so the caller loads the default catalog). */
export interface OpenedStore {
  db: DB;
  path: string;
  created: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

let binding: string | undefined;

/**
 * The path of better-sqlite3's compiled addon. Passing it skips the `bindings` package's search of a dozen paths, and
 * lets the bundle carry better-sqlite3's JavaScript (only the .node file stays outside).
 */
function nativeBinding(): string {
  binding ??= createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  return binding;
}

/** Refuses files that are not SQLite before SQLite touches them (so nothing is overwritten). */
function checkHeader(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n === 0) return; // an empty file becomes a new store
    if (n < 16 || buf.toString('latin1') !== SQLITE_HEADER) {
      throw new StoreError('StoreCorrupt', `${file} is not a callplan store (not an SQLite database).`, 'Point --store at a callplan store or a new file name; callplan will not overwrite this file.');
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws StoreTooNew when the store's schema is newer than this build knows. */
function refuseNewer(db: DB, file: string, migrations: readonly Migration[]): number {
  const latest = latestVersion(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new StoreError('StoreTooNew', `the store ${file} was written by a newer callplan (schema ${current}; this version knows up to ${latest}).`, 'Upgrade callplan (npm install callplan@latest) to use this store.');
  }
  return current;
}

/**
 * Refuses a store whose file or folder is marked read-only. Checked on the mode bits, not with access(): an admin who
 * made the store read-only meant it, even when running as root (who could write anyway).
 */
function refuseReadOnly(file: string, dir: string): void {
  const fileMode = fs.statSync(file).mode;
  if ((fileMode & 0o200) === 0) {
    throw new StoreError(
      'StoreReadOnly',
      `the store ${file} is read-only (mode ${(fileMode & 0o777).toString(8).padStart(4, '0')}).`,
      `Give it write permission (chmod u+w ${file}), or copy it somewhere writable and use --store.`,
    );
  }
  const dirMode = fs.statSync(dir).mode;
  if ((dirMode & 0o200) === 0) {
    throw new StoreError(
      'StoreReadOnly',
      `the folder of the store, ${dir}, is read-only; SQLite needs to write its journal files next to the store.`,
      `Give the folder write permission (chmod u+w ${dir}), or move the store.`,
    );
  }
}

/** Runs pending migrations in one IMMEDIATE transaction that also sets user_version. */
export function migrate(db: DB, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  checkMonotonic(migrations);
  const latest = latestVersion(migrations);
  const current = refuseNewer(db, file, migrations);
  if (current === latest) return;
  const run = db.transaction(() => {
    // Re-read inside the lock: another process may have migrated meanwhile.
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const m of migrations) {
      if (m.version <= now) continue;
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
    }
    db.pragma(`user_version = ${latest}`);
  });
  run.immediate();
}

/** Opens (creating when missing) the store at `file`. */
export function openStore(file: string, opts: OpenOptions = {}): OpenedStore {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  if (!fs.existsSync(dir)) {
    if (!opts.createDirectory) {
      throw new StoreError('StoreDirectoryMissing', `the folder ${dir} does not exist.`, 'Create it first, or choose another --store path.');
    }
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  let created = false;
  try {
    if (!fs.existsSync(abs)) {
      // Create the file ourselves so it is private from the start (SQLite copies the mode to -wal and -shm).
      fs.closeSync(fs.openSync(abs, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
      created = true;
    } else {
      checkHeader(abs);
      refuseReadOnly(abs, dir);
      if (fs.statSync(abs).size === 0) created = true;
    }
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') {
      // Another process created it between our check and open: use theirs.
    } else if (e.code === 'EACCES' || e.code === 'EROFS' || e.code === 'EPERM') {
      throw new StoreError('StoreReadOnly', `cannot write the store ${abs} (${e.code}).`, 'Give your user write permission on the folder, or choose another --store path.');
    } else if (e.code === 'EISDIR') {
      throw new StoreError('StoreUnavailable', `${abs} is a folder, not a store file.`, 'Give --store a file path such as ./callplan.db.');
    } else {
      throw new StoreError('StoreUnavailable', `cannot open the store ${abs}: ${e.message}`);
    }
  }

  let db: DB | undefined;
  try {
    db = new Database(abs, { fileMustExist: true, nativeBinding: nativeBinding() });
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
    // Refuse a newer store before anything (even the WAL switch) writes to it.
    refuseNewer(db, abs, opts.migrations ?? MIGRATIONS);
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, abs, opts.migrations ?? MIGRATIONS);
    return { db, path: abs, created };
  } catch (err) {
    db?.close();
    if (err instanceof StoreError) throw err;
    const mapped = storeErrorFrom(err, abs);
    if (mapped) throw mapped;
    throw err;
  }
}
