// The one arrange module of the tests: stores set up through the CLI like an admin would (commands that must
// succeed, users, licences, numbers reserved and acquired, addresses), or written straight into the store where a
// test needs a state no single command makes; and the small readers that check the result.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cp, exec, peek, tempDir } from './store.js';

/** Runs a command that must succeed (throws with its stderr otherwise); returns stdout. */
export async function ok(store: string, args: string[]): Promise<string> {
  const r = await cp(store, args);
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err}`);
  return r.out;
}

/** Reserves and acquires numbers for the default tenant (reserve + acquire --all); returns them (E.164). */
export async function acquireNumbers(store: string, args: string[]): Promise<string[]> {
  const r = JSON.parse(await ok(store, ['reserve', ...args, '-o', 'json'])) as { ReservationId: string; TelephoneNumbers: string[] };
  await ok(store, ['acquire', '--reservation-id', r.ReservationId, '--all']);
  return r.TelephoneNumbers;
}

/** The number (digits) a user holds now, or null. */
export function numberOf(store: string, upn: string): string | null {
  return (
    peek<{ number: string }>(store, 'SELECT n.number FROM numbers n JOIN users u ON u.id = n.user_id WHERE u.upn_key = ?', upn.toLowerCase())[0]?.number ?? null
  );
}

/** Adds a licensed user (Phone System + Domestic Calling Plan) with a usage location. */
export async function licensedUser(store: string, upn: string, usage = 'US', extra: string[] = []): Promise<void> {
  await ok(store, ['add-user', upn, '--usage-location', usage, ...extra]);
  await ok(store, ['set-user-license', upn, '--add-licenses', 'MCOEV,MCOPSTN1']);
}

/** Writes a file into a fresh temp folder and returns its path. */
export function writeFile(name: string, text: string | Buffer): string {
  const f = path.join(tempDir(), name);
  fs.writeFileSync(f, text);
  return f;
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

/** The error's ErrorId: from "callplan: UserNotFound: …", or from the JSON object printed with -o json (give stderr or a run). */
export function errorId(stderr: string | { err: string }): string | undefined {
  const err = typeof stderr === 'string' ? stderr : stderr.err;
  return /callplan: (\w+):/.exec(err)?.[1] ?? /"ErrorId":\s*"(\w+)"/.exec(err)?.[1];
}

/** Number of rows in a table (store state checks). */
export function count(store: string, sql: string, ...args: unknown[]): number {
  return peek<{ n: number }>(store, `SELECT COUNT(*) AS n FROM (${sql})`, ...args)[0]!.n;
}

/** A CSV file (users.csv) in a temp folder. */
export function csvFile(lines: string[]): string {
  return writeFile('users.csv', lines.join('\n') + '\n');
}

/** Users with Phone System + Domestic Calling Plan, a usage location and an e-mail address (buys 20 units of each). */
export async function licensedUsers(store: string, upns: string[], usage = 'US'): Promise<void> {
  await ok(store, ['buy-license', '--sku', 'MCOEV', '--quantity', '20']);
  await ok(store, ['buy-license', '--sku', 'MCOPSTN1', '--quantity', '20']);
  for (const upn of upns) await licensedUser(store, upn, usage, ['--email', upn]);
}

/** A validated US address (Redmond) with a named location; returns the location ids. */
export async function redmondAddress(store: string): Promise<{ civic: string; defaultLocation: string; building: string }> {
  const a = JSON.parse(
    await ok(store, [
      'add-address',
      '--house-number',
      '1',
      '--street-name',
      'Microsoft Way',
      '--city',
      'Redmond',
      '--state-or-province',
      'WA',
      '--country-or-region',
      'US',
      '--postal-code',
      '98052',
      '--company-name',
      'Contoso',
      '-o',
      'json',
    ]),
  ) as { CivicAddressId: string; DefaultLocationId: string };
  const l = JSON.parse(await ok(store, ['add-location', '--civic-address-id', a.CivicAddressId, '--location', 'Building 64, Floor 1', '-o', 'json'])) as {
    LocationId: string;
  };
  return { civic: a.CivicAddressId, defaultLocation: a.DefaultLocationId, building: l.LocationId };
}

/** The store passes SQLite's integrity and foreign-key checks. */
export function consistent(store: string): boolean {
  const integrity = peek<{ integrity_check: string }>(store, 'PRAGMA integrity_check')[0]?.integrity_check;
  const fk = peek(store, 'PRAGMA foreign_key_check');
  return integrity === 'ok' && fk.length === 0;
}

/** Gives the default tenant bought units of SKUs (e.g. { MCOEV: 100, MCOPSTN1: 100 }). */
export function buy(store: string, units: Record<string, number>): void {
  for (const [sku, n] of Object.entries(units)) {
    exec(
      store,
      'INSERT INTO subscriptions (tenant_id, sku, active_units) VALUES (1, ?, ?) ON CONFLICT (tenant_id, sku) DO UPDATE SET active_units = excluded.active_units',
      sku,
      n,
    );
  }
}

/** Adds an address (Validated unless said otherwise) with its default location; returns the ids. */
export function address(
  store: string,
  a: { country: string; state: string; city: string; validated?: boolean },
): { civicAddressId: string; locationId: string; addressRow: number; locationRow: number } {
  const civicAddressId = randomUUID();
  const locationId = randomUUID();
  exec(
    store,
    `INSERT INTO addresses (tenant_id, civic_address_id, house_number, street_name, city, state_or_province, postal_code, country, company_name, validation_status, created_at)
     VALUES (1, ?, '1', 'High Street', ?, ?, '00000', ?, 'Contoso', ?, '2026-11-26T09:00:00.000Z')`,
    civicAddressId,
    a.city,
    a.state,
    a.country,
    a.validated === false ? 'NotValidated' : 'Validated',
  );
  const addressRow = peek<{ id: number }>(store, 'SELECT id FROM addresses WHERE civic_address_id = ?', civicAddressId)[0]!.id;
  exec(
    store,
    "INSERT INTO locations (tenant_id, location_id, address_id, location, is_default, created_at) VALUES (1, ?, ?, '', 1, '2026-11-26T09:00:00.000Z')",
    locationId,
    addressRow,
  );
  const locationRow = peek<{ id: number }>(store, 'SELECT id FROM locations WHERE location_id = ?', locationId)[0]!.id;
  return { civicAddressId, locationId, addressRow, locationRow };
}
