// Benchmark data: a store whose tenant holds N numbers, a free pool of P numbers and M licensed users.
// Written straight into SQLite in one transaction (the catalog checks are for real catalogs, not for 1M rows).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { main } from '../../dist/cli.js';

const silent = { stdout: { write: () => true }, stderr: { write: (s) => process.stderr.write(s) }, stdin: process.stdin };

/** Tenant numbers: +1 425 6xx xxxx (NOAM-US-WA-RD); free pool: +1 206 6xx xxxx (NOAM-US-WA-SE). */
export function tenantNumber(i) {
  return String(14256000000 + i);
}
export function poolNumber(i) {
  return String(12066000000 + i);
}
export function upn(i) {
  return `user${String(i).padStart(7, '0')}@contoso.com`;
}

/** Builds the store; returns a summary. Existing files are replaced. */
export async function generateStore(file, { numbers = 1_000_000, pool = 200_000, users = 100_000 } = {}) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const code = await main(['init', '--store', file], { CALLPLAN_NOW: '2026-11-26T09:00:00Z' }, silent);
  if (code !== 0) throw new Error('init failed');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = '2026-11-26T09:00:00.000Z';
  db.transaction(() => {
    // The default catalog allows 200 reserved numbers per tenant; a 500-number search needs a catalog that allows more
    // (the limits are catalog values — SPEC §1 step 2), so the benchmark store raises it.
    const limits = JSON.parse(db.prepare("SELECT value FROM catalog_meta WHERE key = 'limits'").get().value);
    limits.maxReservedNumbers = 1000;
    db.prepare("UPDATE catalog_meta SET value = ? WHERE key = 'limits'").run(JSON.stringify(limits));
    const units = Math.max(users, Math.ceil((numbers + pool) / 1.1));
    const sub = db.prepare('INSERT OR REPLACE INTO subscriptions (tenant_id, sku, active_units) VALUES (1, ?, ?)');
    sub.run('MCOEV', units);
    sub.run('MCOPSTN1', units);
    const num = db.prepare("INSERT INTO numbers (number, country, city_code, number_type, tenant_id, acquired_at) VALUES (?, 'US', ?, 'User', ?, ?)");
    for (let i = 0; i < numbers; i++) num.run(tenantNumber(i), 'NOAM-US-WA-RD', 1, now);
    for (let i = 0; i < pool; i++) num.run(poolNumber(i), 'NOAM-US-WA-SE', null, null);
    const user = db.prepare(
      "INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, email, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, 'US', ?, ?)",
    );
    const lic = db.prepare('INSERT INTO user_licenses (user_id, tenant_id, sku, assigned_at) VALUES (?, 1, ?, ?)');
    for (let i = 0; i < users; i++) {
      const u = upn(i);
      const objectId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const id = user.run(objectId, u, u, `User ${i}`, `sip:${u}`, `sip:${u}`, u, now).lastInsertRowid;
      lic.run(id, 'MCOEV', now);
      lic.run(id, 'MCOPSTN1', now);
    }
    // One validated US address with its default location, for assignments.
    db.prepare(
      "INSERT INTO addresses (tenant_id, civic_address_id, house_number, street_name, street_suffix, city, state_or_province, postal_code, country, company_name, validation_status, created_at) VALUES (1, 'c7c5a17f-00d7-47c0-9ddb-3383229d606b', '1', 'Microsoft', 'Way', 'Redmond', 'WA', '98052', 'US', 'Contoso', 'Validated', ?)",
    ).run(now);
    db.prepare(
      "INSERT INTO locations (tenant_id, location_id, address_id, location, is_default, created_at) VALUES (1, 'c7c5a17f-00d7-47c0-9ddb-3383229d606c', (SELECT id FROM addresses WHERE civic_address_id = 'c7c5a17f-00d7-47c0-9ddb-3383229d606b'), '', 1, ?)",
    ).run(now);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
  return { file, numbers, pool, users, locationId: 'c7c5a17f-00d7-47c0-9ddb-3383229d606c' };
}
