// Migrations: fresh store, upgrade from an older version, refusal of a newer store, monotonic versions.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLPLAN_APPLICATION_ID, openStore, migrate } from '../../src/store/open.js';
import { MIGRATIONS, checkMonotonic, latestVersion, type Migration } from '../../src/store/migrations/index.js';
import type { StoreError } from '../../src/errors.js';
import { tempDir } from '../helpers/store.js';

describe('migrations', () => {
  it('a fresh store gets every migration, WAL, foreign keys and mode 0600', () => {
    const file = path.join(tempDir(), 'fresh.db');
    const { db, created } = openStore(file);
    expect(created).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('upgrades a store seeded at the previous version and keeps its rows', () => {
    const file = path.join(tempDir(), 'old.db');
    const v1: Migration = { version: 1, name: 'v1', up: 'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);' };
    const v2: Migration = { version: 2, name: 'v2', up: "ALTER TABLE t ADD COLUMN kind TEXT NOT NULL DEFAULT 'x';" };
    const { db } = openStore(file, { migrations: [v1] });
    db.prepare("INSERT INTO t (name) VALUES ('kept')").run();
    db.close();
    const again = openStore(file, { migrations: [v1, v2] }).db;
    expect(again.pragma('user_version', { simple: true })).toBe(2);
    expect(again.prepare('SELECT name, kind FROM t').all()).toEqual([{ name: 'kept', kind: 'x' }]);
    again.close();
  });

  it('a failing migration leaves the store at its old version (one transaction)', () => {
    const file = path.join(tempDir(), 'fail.db');
    const v1: Migration = { version: 1, name: 'v1', up: 'CREATE TABLE t (id INTEGER PRIMARY KEY);' };
    openStore(file, { migrations: [v1] }).db.close();
    const bad: Migration[] = [v1, { version: 2, name: 'v2', up: 'CREATE TABLE u (id INTEGER);' }, { version: 3, name: 'v3', up: 'NOT SQL' }];
    expect(() => openStore(file, { migrations: bad })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'u'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a store written by a newer version (StoreTooNew, exit 3) and does not touch it', () => {
    const file = path.join(tempDir(), 'future.db');
    const db = new Database(file);
    db.pragma(`application_id = ${CALLPLAN_APPLICATION_ID}`);
    db.pragma(`user_version = ${latestVersion() + 5}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(expect.objectContaining({ errorId: 'StoreTooNew', exitCode: 3 }) as unknown as StoreError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('versions must rise by one', () => {
    expect(() => checkMonotonic(MIGRATIONS)).not.toThrow();
    const m = (v: number): Migration => ({ version: v, name: `m${v}`, up: '' });
    expect(() => checkMonotonic([m(1), m(3)])).toThrow(/expected 2/);
    expect(() => checkMonotonic([m(1), m(1)])).toThrow(/expected 2/);
    expect(() => checkMonotonic([m(2)])).toThrow(/expected 1/);
  });

  it('migrate is a no-op at the latest version', () => {
    const file = path.join(tempDir(), 'noop.db');
    const { db } = openStore(file);
    expect(() => migrate(db, file)).not.toThrow();
    db.close();
  });

  it('refuses a file that is not SQLite without overwriting it', () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'these are my notes, not a database\n'.repeat(10));
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(expect.objectContaining({ errorId: 'StoreCorrupt' }) as unknown as Error);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a missing folder is a store error', () => {
    expect(() => openStore(path.join(tempDir(), 'no', 'such', 'dir', 's.db'))).toThrow(
      expect.objectContaining({ errorId: 'StoreDirectoryMissing' }) as unknown as Error,
    );
  });
});
