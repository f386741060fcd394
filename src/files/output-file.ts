// Every file callplan writes (reports, .eml messages, and later exports and plans) goes through here: the target is
// checked before it is opened — never the store or its -wal/-shm/-journal, never an input of the same run, through
// symlinks, hard links and relative paths alike — and written to a private temp file that is renamed into place, so a
// failure leaves the old file as it was.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { OperationError, UsageError } from '../errors.js';
import { safeText } from '../text/sanitize.js';

/** What one run must never write over: its store and the files it reads. */
export interface WriteGuard {
  /** The store's path (its -wal, -shm and -journal files are protected too). */
  store?: string | undefined;
  /** Input files of this run ('-', standard input, is not a file and is left out). */
  inputs: readonly string[];
}

/** The suffixes SQLite gives the files beside a store. */
const STORE_COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** A path as the file system resolves it: symlinks followed for what exists, the rest appended. */
function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    const dir = path.dirname(abs);
    return dir === abs ? abs : path.join(canonical(dir), path.basename(abs));
  }
}

/** The identity of an existing file (device and inode), or undefined. */
function inode(p: string): string | undefined {
  try {
    const s = fs.statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/** True when two paths name the same file: the same canonical path, or the same inode (hard links). */
function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  const ia = inode(a);
  return ia !== undefined && ia === inode(b);
}

/**
 * Refuses a target that is the store (or a file beside it) or an input of this run; `what` names the parameter
 * (e.g. "-Report"). A usage error, raised before anything is opened or changed.
 */
export function checkOutputPath(target: string, guard: WriteGuard, what: string): void {
  const shown = safeText(target);
  if (target.trim() === '') throw new UsageError('InvalidValue', `${what} needs a file name.`);
  if (guard.store) {
    for (const suffix of STORE_COMPANIONS) {
      if (sameFile(target, guard.store + suffix)) {
        throw new UsageError(
          'UnsafeOutputPath',
          `${what} ${shown} is callplan's own store${suffix ? ` (its ${suffix.slice(1)} file)` : ''}; callplan never writes over its store.`,
          'Choose another file name.',
        );
      }
    }
  }
  for (const input of guard.inputs) {
    if (input !== '-' && sameFile(target, input)) {
      throw new UsageError(
        'UnsafeOutputPath',
        `${what} ${shown} is also an input of this run; callplan never writes over the files it reads.`,
        'Choose another file name.',
      );
    }
  }
}

/** A file being written: text goes to a private temp file; commit() renames it into place, discard() removes it. */
export interface OutputFile {
  readonly path: string;
  /** Appends text; a write that fails (a full disk) is an OperationError naming the file. */
  write(data: string | Uint8Array): void;
  /** Flushes, closes and renames the temp file over the target. */
  commit(): void;
  /** Closes and removes the temp file (the target is left as it was). Safe to call after commit(). */
  discard(): void;
}

/** Why a file could not be written, as an OperationError (exit 1). */
function writeFailed(target: string, err: unknown, when: string): OperationError {
  const e = err as NodeJS.ErrnoException;
  const reason = e.code ? `${e.code}${e.code === 'ENOSPC' ? ': the disk is full' : ''}` : safeText(String(e.message ?? err));
  return new OperationError(
    'FileWriteFailed',
    `cannot write ${safeText(target)} (${reason}); ${when}.`,
    'Free disk space or choose another path, then run the command again.',
  );
}

/**
 * Opens a checked output file. A regular file (or a new one) is written to a temp file in the same folder, created
 * 0600, and renamed over the target on commit; a device or pipe that exists (/dev/null, a FIFO) is written directly.
 * `when` says in the failure message what a failure means ("nothing was changed"); `durable: false` skips the fsync
 * (many small files whose loss a re-run repairs).
 */
export function openOutputFile(target: string, guard: WriteGuard, what: string, opts: { when?: string; durable?: boolean } = {}): OutputFile {
  const when = opts.when ?? 'nothing was changed';
  checkOutputPath(target, guard, what);
  const abs = path.resolve(target);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(abs);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new UsageError('InvalidValue', `${what} ${safeText(target)} is a folder; give a file name.`);
  const direct = existing !== undefined && !existing.isFile();
  const tmp = direct ? abs : path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = direct ? fs.openSync(abs, 'w') : fs.openSync(tmp, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError('FileNotWritable', `cannot write ${what} ${safeText(target)} (${code}).`, 'Choose a path in a folder you can write to.');
  }
  let done = false;
  const close = () => {
    if (fd === undefined) return;
    const f = fd;
    fd = undefined;
    fs.closeSync(f);
  };
  return {
    path: abs,
    write(data) {
      if (fd === undefined) throw new Error(`${abs} is closed`);
      try {
        if (typeof data === 'string') fs.writeSync(fd, data);
        else for (let off = 0; off < data.length;) off += fs.writeSync(fd, data, off);
      } catch (err) {
        throw writeFailed(target, err, when);
      }
    },
    commit() {
      if (done) return;
      try {
        if (fd !== undefined && !direct && opts.durable !== false) fs.fsyncSync(fd);
        close();
        if (!direct) fs.renameSync(tmp, abs);
        done = true;
      } catch (err) {
        throw writeFailed(target, err, when);
      }
    },
    discard() {
      if (done) return;
      done = true;
      try {
        close();
      } finally {
        if (!direct) fs.rmSync(tmp, { force: true });
      }
    },
  };
}
