// Licence tables: units a tenant bought (subscriptions) and units given to users (user_licenses).
import type { Grant } from '../catalog/schema.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** Bought and consumed units of every SKU of the catalog for a tenant. */
export interface SkuUnits {
  sku: string;
  name: string;
  grants: Grant[];
  active: number;
  consumed: number;
}

/** Units per SKU for a tenant (every catalog SKU, zero when none bought). */
export function skuUnits(db: DB, tenantId: number): SkuUnits[] {
  const rows = stmt(
    db,
    `SELECT s.sku, s.name, s.grants,
            COALESCE((SELECT active_units FROM subscriptions WHERE tenant_id = ? AND sku = s.sku), 0) AS active,
            (SELECT COUNT(*) FROM user_licenses WHERE tenant_id = ? AND sku = s.sku) AS consumed
     FROM skus s ORDER BY s.position`,
  ).all(tenantId, tenantId) as { sku: string; name: string; grants: string; active: number; consumed: number }[];
  return rows.map((r) => ({ ...r, grants: r.grants.split(',') as Grant[] }));
}

/** SKUs of the catalog that give a grant. */
export function skusGranting(db: DB, grant: Grant): string[] {
  return (stmt(db, 'SELECT sku, grants FROM skus').all() as { sku: string; grants: string }[])
    .filter((r) => r.grants.split(',').includes(grant))
    .map((r) => r.sku);
}

/** The SKUs each of these users holds, by user id (users without licences are absent). */
export function licensesOfUsers(db: DB, userIds: readonly number[]): Map<number, string[]> {
  const rows = stmt(
    db,
    `SELECT ul.user_id AS userId, ul.sku FROM json_each(?) j CROSS JOIN user_licenses ul ON ul.user_id = j.value
     JOIN skus s ON s.sku = ul.sku ORDER BY s.position`,
  ).all(JSON.stringify(userIds)) as { userId: number; sku: string }[];
  const out = new Map<number, string[]>();
  for (const r of rows) {
    const list = out.get(r.userId);
    if (list) list.push(r.sku);
    else out.set(r.userId, [r.sku]);
  }
  return out;
}

/** Sets a tenant's bought units of a SKU (a subscription at 0 units is removed, so a catalog may drop the SKU). */
export function setActiveUnits(db: DB, tenantId: number, sku: string, units: number): void {
  if (units === 0) {
    stmt(db, 'DELETE FROM subscriptions WHERE tenant_id = ? AND sku = ?').run(tenantId, sku);
    return;
  }
  stmt(
    db,
    'INSERT INTO subscriptions (tenant_id, sku, active_units) VALUES (?, ?, ?) ON CONFLICT (tenant_id, sku) DO UPDATE SET active_units = excluded.active_units',
  ).run(tenantId, sku, units);
}

/** Bought units per SKU (no consumed counts: cheap enough for every quota check). */
export function boughtUnits(db: DB, tenantId: number): Pick<SkuUnits, 'sku' | 'grants' | 'active'>[] {
  const rows = stmt(db, 'SELECT s.sku, s.grants, sub.active_units AS active FROM subscriptions sub JOIN skus s ON s.sku = sub.sku WHERE sub.tenant_id = ?').all(
    tenantId,
  ) as { sku: string; grants: string; active: number }[];
  return rows.map((r) => ({ sku: r.sku, active: r.active, grants: r.grants.split(',') as Grant[] }));
}
