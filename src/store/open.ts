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
  /** The file was there but empty (0 bytes): it became a new store, which the CLI says. */
  wasEmptyFile: boolean;
}

/** callplan's mark in the SQLite header (PRAGMA application_id): 'CPLN'. */
export const CALLPLAN_APPLICATION_ID = 0x43504c4e;

/** Tables a callplan store has had since its first version (recognises stores made before the mark existed). */
const CALLPLAN_TABLES = ['tenants', 'catalog_meta', 'audit_log'];

/** What an opened SQLite file is: callplan's (marked, or from before the mark), empty and new, or someone else's. */
type Recognised = 'marked' | 'unmarked' | 'new';

/**
 * Tells a callplan store from another program's database before anything writes to it: by the application id, or
 * (for stores made before it was set) by callplan's tables at a known version. Anything else is NotACallplanStore and
 * is left byte for byte as it was.
 */
function recognise(db: DB, file: string): Recognised {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const foreign = (why: string) =>
    new StoreError(
      'NotACallplanStore',
      `${file} is an SQLite database of another program (${why}); callplan leaves it as it is.`,
      'Point --store at a callplan store, or at a new file name to create one.',
    );
  if (appId === CALLPLAN_APPLICATION_ID) {
    if (version < 0)
      throw new StoreError(
        'StoreCorrupt',
        `the store ${file} has an impossible schema version (${version}).`,
        'Restore it from a backup, or point --store at another file.',
      );
    return 'marked';
  }
  if (appId !== 0) throw foreign(`application id ${appId}`);
  const names = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name));
  if (version === 0 && names.size === 0) return 'new';
  if (version >= 1 && CALLPLAN_TABLES.every((t) => names.has(t))) return 'unmarked';
  if (!names.size) throw foreign(`schema version ${version} without tables`);
  throw foreign(`tables ${[...names].slice(0, 3).join(', ')}${names.size > 3 ? ', …' : ''}`);
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
      throw new StoreError(
        'StoreCorrupt',
        `${file} is not a callplan store (not an SQLite database).`,
        'Point --store at a callplan store or a new file name; callplan will not overwrite this file.',
      );
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
    throw new StoreError(
      'StoreTooNew',
      `the store ${file} was written by a newer callplan (schema ${current}; this version knows up to ${latest}).`,
      'Upgrade callplan (npm install callplan@latest) to use this store.',
    );
  }
  return current;
}

/**
 * Refuses a store's folder marked read-only, by its mode bits, so the rule is the same for a new store and an existing
 * one, and for root: SQLite writes its -wal and -shm files beside the store.
 */
function refuseReadOnlyFolder(dir: string): void {
  const dirMode = fs.statSync(dir).mode;
  if ((dirMode & 0o200) === 0) {
    throw new StoreError(
      'StoreReadOnly',
      `the folder of the store, ${dir}, is read-only; SQLite needs to write its journal files next to the store.`,
      `Give the folder write permission (chmod u+w ${dir}), or choose another --store path.`,
    );
  }
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
  refuseReadOnlyFolder(dir);
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
  let wasEmptyFile = false;
  try {
    if (!fs.existsSync(abs)) {
      refuseReadOnlyFolder(dir);
      // Create the file ourselves so it is private from the start (SQLite copies the mode to -wal and -shm).
      fs.closeSync(fs.openSync(abs, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
      created = true;
    } else {
      checkHeader(abs);
      refuseReadOnly(abs, dir);
      if (fs.statSync(abs).size === 0) created = wasEmptyFile = true;
    }
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') {
      // Another process created it between our check and open: use theirs.
    } else if (e.code === 'EACCES' || e.code === 'EROFS' || e.code === 'EPERM') {
      throw new StoreError(
        'StoreReadOnly',
        `cannot write the store ${abs} (${e.code}).`,
        'Give your user write permission on the folder, or choose another --store path.',
      );
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
    // Refuse another program's database and a newer store before anything (even the WAL switch) writes to it.
    const kind = recognise(db, abs);
    refuseNewer(db, abs, opts.migrations ?? MIGRATIONS);
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
      db.pragma('journal_mode = WAL');
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, abs, opts.migrations ?? MIGRATIONS);
    if (kind !== 'marked') db.pragma(`application_id = ${CALLPLAN_APPLICATION_ID}`);
    return { db, path: abs, created, wasEmptyFile };
  } catch (err) {
    db?.close();
    if (err instanceof StoreError) throw err;
    const mapped = storeErrorFrom(err, abs);
    if (mapped) throw mapped;
    throw err;
  }
}
