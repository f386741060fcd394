// The ordered list of migrations; versions must rise by one, checked before any runs.
import type { Database } from 'better-sqlite3';
import { migration001 } from './001-initial.js';
import { migration002 } from './002-addresses.js';
import { migration003 } from './003-port-orders.js';
import { migration004 } from './004-notify-claims.js';

/** One schema change: SQL (or a function) that moves the store from version-1 to version. */
export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004];

/** Throws unless versions are 1, 2, 3 … in order, with no gap or repeat. */
export function checkMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration '${m.name}' has version ${m.version}; expected ${i + 1} (versions must rise by one)`);
    }
  });
}

/** The schema version this build writes. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}
