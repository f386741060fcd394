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

/** Bought units of SKUs that give any of `grants` (each SKU counted once: E5 gives Phone System and Audio Conferencing). */
export function unitsGranting(units: readonly SkuUnits[], ...grants: Grant[]): number {
  return units.filter((u) => u.grants.some((g) => grants.includes(g))).reduce((n, u) => n + u.active, 0);
}

/** SKUs of the catalog that give a grant. */
export function skusGranting(db: DB, grant: Grant): string[] {
  return (stmt(db, 'SELECT sku, grants FROM skus').all() as { sku: string; grants: string }[])
    .filter((r) => r.grants.split(',').includes(grant))
    .map((r) => r.sku);
}
