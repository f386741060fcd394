// A damaged store is exit 3 with a message that says what to do, and nothing is overwritten.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { newStore, tempDir } from '../helpers/store.js';

/** Runs a command on a store and checks exit 3, the ErrorId, a hint, and that the file's bytes did not change. */
function refused(store: string, id: string, args: string[] = ['status']): string {
  const before = fs.readFileSync(store);
  const r = runBin(['--store', store, ...args]);
  expect(r.code, r.stderr).toBe(3);
  expect(r.stderr).toMatch(new RegExp(`^callplan: ${id}: .+ Hint: .+\\n$`));
  expect(r.stderr).not.toMatch(/\n\s+at |SQLITE_/);
  expect(fs.readFileSync(store).equals(before)).toBe(true);
  return r.stderr;
}

/** A checkpointed store (everything in the main file, no -wal), so truncating the file really loses data. */
function checkpointed(): string {
  const store = newStore();
  const db = new Database(store);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  for (const s of ['-wal', '-shm']) fs.rmSync(store + s, { force: true });
  return store;
}

describe('damaged store', () => {
  it('a truncated file', () => {
    const store = checkpointed();
    const size = fs.statSync(store).size;
    fs.truncateSync(store, Math.floor(size / 3));
    refused(store, 'StoreCorrupt', ['get-number', '--result-size', 'Unlimited']);
  });

  it('a file cut inside its first page', () => {
    const store = checkpointed();
    fs.truncateSync(store, 10);
    refused(store, 'StoreCorrupt');
  });

  it('a file that is not SQLite', () => {
    const store = path.join(tempDir(), 'photo.db');
    fs.writeFileSync(store, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    expect(refused(store, 'StoreCorrupt')).toMatch(/not overwrite/);
  });

  it('a store written by a newer callplan', () => {
    const store = checkpointed();
    const db = new Database(store);
    db.pragma('user_version = 9999');
    db.close();
    expect(refused(store, 'StoreTooNew')).toMatch(/Upgrade callplan/);
  });

  it('a read-only store file', () => {
    const store = checkpointed();
    fs.chmodSync(store, 0o400);
    try {
      expect(refused(store, 'StoreReadOnly', ['buy-license', '--sku', 'MCOEV', '--quantity', '1'])).toMatch(/chmod u\+w/);
    } finally {
      fs.chmodSync(store, 0o600);
    }
  });

  it('a read-only folder', () => {
    const store = checkpointed();
    const dir = path.dirname(store);
    fs.chmodSync(dir, 0o500);
    try {
      expect(refused(store, 'StoreReadOnly')).toMatch(/folder/);
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });

  it('a missing folder', () => {
    const r = runBin(['--store', path.join(tempDir(), 'gone', 'store.db'), 'status']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^callplan: StoreDirectoryMissing: .+ Hint: /);
  });
});
