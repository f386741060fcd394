// A digest of everything a tenant's data holds, to prove a refused run changed nothing.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

const TABLES = [
  'tenants',
  'users',
  'user_licenses',
  'subscriptions',
  'numbers',
  'reservations',
  'addresses',
  'locations',
  'port_orders',
  'notifications',
  'audit_log',
];

/** A hash of every row of the data tables (schema-independent: rows as JSON, in rowid/key order). */
export function storeDigest(store: string): string {
  const db = new Database(store, { readonly: true });
  try {
    const h = createHash('sha256');
    for (const t of TABLES) {
      const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t);
      if (!exists) continue;
      for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).iterate()) h.update(JSON.stringify(row));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

/** A hash of one tenant's rows only (users, licences, numbers, reservations, addresses, locations, orders, audit). */
export function tenantDigest(store: string, tenantRowId: number): string {
  const db = new Database(store, { readonly: true });
  try {
    const h = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%tenant_id%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      if (name === 'tenant_number_counts') continue;
      for (const row of db.prepare(`SELECT * FROM ${name} WHERE tenant_id = ? ORDER BY 1, 2`).iterate(tenantRowId)) h.update(name + JSON.stringify(row));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}
