// The tenants table: the organisations a store holds.
import { randomUUID } from 'node:crypto';
import { OperationError } from '../errors.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A tenant as the rest of the tool sees it. */
export interface Tenant {
  id: number;
  tenantId: string;
  name: string;
  country: string;
  isDefault: boolean;
  createdAt: string;
}

interface TenantRow {
  id: number;
  tenant_id: string;
  name: string;
  country: string;
  is_default: number;
  created_at: string;
}

const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  country: r.country,
  isDefault: r.is_default === 1,
  createdAt: r.created_at,
});

/** All tenants, default first. */
export function listTenants(db: DB): Tenant[] {
  return (stmt(db, 'SELECT * FROM tenants ORDER BY is_default DESC, id').all() as TenantRow[]).map(toTenant);
}

/** Finds a tenant by name (any case) or TenantId. */
export function findTenant(db: DB, nameOrId: string): Tenant | undefined {
  const r = stmt(db, 'SELECT * FROM tenants WHERE name_key = ? OR tenant_id = ?').get(nameOrId.toLowerCase(), nameOrId.toLowerCase()) as TenantRow | undefined;
  return r && toTenant(r);
}

/** The default tenant (the first one created), if any. */
export function defaultTenant(db: DB): Tenant | undefined {
  const r = stmt(db, 'SELECT * FROM tenants ORDER BY is_default DESC, id LIMIT 1').get() as TenantRow | undefined;
  return r && toTenant(r);
}

/** Inserts a tenant; the first tenant of a store becomes its default. */
export function insertTenant(db: DB, name: string, country: string, now: string): Tenant {
  const isDefault = (stmt(db, 'SELECT COUNT(*) AS n FROM tenants').get() as { n: number }).n === 0 ? 1 : 0;
  const tenantId = randomUUID();
  stmt(db, 'INSERT INTO tenants (tenant_id, name, name_key, country, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    tenantId,
    name,
    name.toLowerCase(),
    country,
    isDefault,
    now,
  );
  return findTenant(db, tenantId)!;
}

/** True when the store has a catalog and at least one tenant (so no seeding is needed). */
export function isSeeded(db: DB): boolean {
  return stmt(db, "SELECT 1 FROM tenants WHERE EXISTS (SELECT 1 FROM catalog_meta WHERE key = 'name') LIMIT 1").get() !== undefined;
}

/** Resolves --tenant (name or TenantId) or the default tenant. */
export function resolveTenant(db: DB, wanted: string | undefined): Tenant {
  if (wanted) {
    const t = findTenant(db, wanted);
    if (!t) {
      const names = listTenants(db).map((x) => x.name);
      throw new OperationError(
        'TenantNotFound',
        `there is no tenant '${wanted}' in this store.`,
        names.length ? `Tenants: ${names.join(', ')}` : 'Run callplan init --tenant-name NAME.',
      );
    }
    return t;
  }
  const t = defaultTenant(db);
  if (!t) throw new OperationError('TenantNotFound', 'this store holds no tenant.', 'Run callplan init --tenant-name NAME.');
  return t;
}
