// SQLite errors that mean the store cannot be used, as StoreErrors that say what to do (no better-sqlite3 import).
import { StoreError } from '../errors.js';

/** Plain words for the SQLite codes that make a store unusable (never the raw code), or undefined for other codes. */
function unavailableReason(code: string): string | undefined {
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the file cannot be opened';
  if (code.startsWith('SQLITE_IOERR')) return 'a read or write of the file failed (the disk, or the file was removed or changed underneath)';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission denied';
  return undefined;
}

/** Maps a SQLite error to a StoreError that says what to do, or returns undefined when it is not a store problem. */
export function storeErrorFrom(err: unknown, file: string): StoreError | undefined {
  const code = (err as { code?: string } | null)?.code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      'StoreLocked',
      `the store ${file} is locked by another program (another callplan command, or anything else that has it open for writing) and the wait timed out.`,
      'Try again when the other command has finished, or raise CALLPLAN_BUSY_TIMEOUT (milliseconds).',
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreError(
      'StoreCorrupt',
      `the store ${file} is damaged or is not a callplan store.`,
      'Restore it from a backup, or point --store at another file; callplan will not overwrite it.',
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      'StoreReadOnly',
      `the store ${file} (or its folder) is read-only.`,
      'Give your user write permission on the file and its folder, or copy the store somewhere writable.',
    );
  }
  const why = unavailableReason(code);
  if (why)
    return new StoreError('StoreUnavailable', `the store ${file} cannot be used: ${why}.`, 'Check that the path exists, is writable and the disk is not full.');
  return undefined;
}
