// Arranging users, licences and numbers for the user and licence tests (numbers written straight into the store).
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { cp, exec, peek, tempDir } from '../helpers/store.js';

/** Writes a file into a fresh temp folder and returns its path. */
export function writeFile(name: string, text: string | Buffer): string {
  const f = path.join(tempDir(), name);
  fs.writeFileSync(f, text);
  return f;
}

/** Runs a command that must succeed. */
export async function ok(store: string, args: string[]): Promise<string> {
  const r = await cp(store, args);
  expect(r.err + r.out, `callplan ${args.join(' ')}`).not.toMatch(/callplan: [A-Z]\w+:/);
  expect(r.code).toBe(0);
  return r.out;
}

/** Adds users (UPN, usage location) through add-user. */
export async function users(store: string, ...list: [string, string?][]): Promise<void> {
  for (const [upn, loc] of list) await ok(store, ['add-user', upn, ...(loc ? ['--usage-location', loc] : [])]);
}

/** Gives a user a free Subscriber number of a country, straight in the store (set-voice-user is another command); returns its digits. */
export function giveNumber(store: string, upn: string, country: string): string {
  const [n] = peek<{ number: string }>(
    store,
    "SELECT number FROM numbers WHERE country = ? AND number_type = 'User' AND tenant_id IS NULL AND reservation_id IS NULL LIMIT 1",
    country,
  );
  exec(
    store,
    "UPDATE numbers SET tenant_id = 1, acquired_at = '2026-11-26T09:00:00.000Z', user_id = (SELECT id FROM users WHERE upn_key = lower(?)) WHERE number = ?",
    upn,
    n!.number,
  );
  return n!.number;
}

/** The SKUs a user holds, in catalog order. */
export function skusOf(store: string, upn: string): string[] {
  return peek<{ sku: string }>(
    store,
    'SELECT ul.sku FROM user_licenses ul JOIN users u ON u.id = ul.user_id JOIN skus s ON s.sku = ul.sku WHERE u.upn_key = lower(?) ORDER BY s.position',
    upn,
  ).map((r) => r.sku);
}

/** The error's ErrorId: from "callplan: UserNotFound: …", or from the JSON object printed with -o json. */
export function errorId(stderr: string): string | undefined {
  return /callplan: (\w+):/.exec(stderr)?.[1] ?? /"ErrorId":"(\w+)"/.exec(stderr)?.[1];
}

/** Number of rows in a table (store state checks). */
export function count(store: string, sql: string, ...args: unknown[]): number {
  return peek<{ n: number }>(store, `SELECT COUNT(*) AS n FROM (${sql})`, ...args)[0]!.n;
}
