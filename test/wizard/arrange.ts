// Store arrangements for the wizard tests, made through the CLI like an admin would.
import fs from 'node:fs';
import path from 'node:path';
import { ok } from '../helpers/arrange.js';
import { peek, tempDir } from '../helpers/store.js';

/** A CSV file in a temp folder. */
export function csvFile(lines: string[]): string {
  const file = path.join(tempDir(), 'users.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Users with Phone System + Domestic Calling Plan and a usage location. */
export async function licensedUsers(store: string, upns: string[], usage = 'US'): Promise<void> {
  await ok(store, ['buy-license', '--sku', 'MCOEV', '--quantity', '20']);
  await ok(store, ['buy-license', '--sku', 'MCOPSTN1', '--quantity', '20']);
  for (const upn of upns) {
    await ok(store, ['add-user', upn, '--usage-location', usage, '--email', upn]);
    await ok(store, ['set-user-license', upn, '--add-licenses', 'MCOEV,MCOPSTN1']);
  }
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
