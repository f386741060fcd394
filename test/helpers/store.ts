// Temporary stores for tests: a copy of the template store, and a way to run the CLI in-process against it.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from './io.js';
import type { Deps } from '../../src/deps.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file. */
export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'callplan-test-'));
  dirs.push(d);
  return d;
}

/** A new store seeded with the default catalog and the Contoso tenant (copied from the template). */
export function newStore(): string {
  const file = path.join(tempDir(), 'store.db');
  const template = process.env.CALLPLAN_TEST_TEMPLATE;
  if (!template) throw new Error('global setup did not build the template store');
  fs.copyFileSync(template, file);
  fs.chmodSync(file, 0o600);
  return file;
}

/** The default clock for tests. */
export const T0 = '2026-11-26T09:00:00.000Z';

/** Result of one in-process run. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
  /** stdout parsed as JSON (use with -o json). */
  json<T = unknown>(): T;
}

/** Runs callplan in-process on `store` with CALLPLAN_NOW = `now` (default T0). */
export async function cp(store: string, args: string[], opts: { now?: string; env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  const io = captureIo(opts.stdin ?? '');
  const code = await main(['--store', store, ...args], { CALLPLAN_NOW: opts.now ?? T0, ...opts.env }, io);
  return { code, out: io.out(), err: io.err(), json: <T>() => JSON.parse(io.out()) as T };
}

/** Opens the store read-only to check what was written. */
export function peek<T>(store: string, sql: string, ...args: unknown[]): T[] {
  const db = new Database(store, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

/** Deps for calling services and run() functions directly (service-level tests); close db when done. */
export async function testDeps(store: string, now: string = T0): Promise<Deps> {
  const { openStore } = await import('../../src/store/open.js');
  const { resolveTenant } = await import('../../src/store/tenants.js');
  const { PLAIN } = await import('../../src/output/style.js');
  const { db, path: storePath } = openStore(store);
  const io = captureIo();
  return {
    db,
    storePath,
    clock: () => new Date(now),
    env: {},
    io,
    globals: { output: 'table' },
    outStyle: PLAIN,
    tenant: () => resolveTenant(db, undefined),
    progress: () => ({ update: () => {}, stop: () => {} }),
    guard: { store: storePath, inputs: [] },
    self: { pid: process.pid, probe: (pid) => (pid === process.pid ? 'running' : 'gone') },
    prompter: () => Promise.reject(new Error('no prompter in service tests')),
  };
}

/** Writes to the store directly (arranging state that other commands would make). */
export function exec(store: string, sql: string, ...args: unknown[]): void {
  const db = new Database(store);
  try {
    if (args.length) db.prepare(sql).run(...args);
    else db.exec(sql);
  } finally {
    db.close();
  }
}

/** An ISO instant `ms` after T0. */
export function at(ms: number): string {
  return new Date(Date.parse(T0) + ms).toISOString();
}
