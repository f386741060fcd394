// Seeding a store: the catalog and the first tenant. Used by init and by any command on a new store.
import { iso, type Clock } from '../clock.js';
import { OperationError, UsageError } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { hasCatalog, listCountries, writeCatalog } from '../store/catalog.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import { findTenant, insertTenant, listTenants, type Tenant } from '../store/tenants.js';
import { hasControlChars, quoted } from '../text/sanitize.js';

export const DEFAULT_TENANT_NAME = 'Contoso';
export const DEFAULT_COUNTRY = 'US';

/** Loads and writes a catalog file (the default when file is undefined); returns numbers added to the pool. */
export async function installCatalog(
  db: DB,
  clock: Clock,
  file: string | undefined,
  operation: string,
  onlyIfMissing = false,
): Promise<{ poolAdded: number; source: string }> {
  const { loadCatalogFile } = await import('../catalog/load.js');
  const loaded = file ? loadCatalogFile(file) : loadCatalogFile();
  return writeTx(db, () => {
    // Another process may have seeded the store while we read the file.
    if (onlyIfMissing && hasCatalog(db)) return { poolAdded: 0, source: loaded.source };
    const now = iso(clock());
    const r = writeCatalog(db, loaded, now);
    writeAudit(db, {
      tenantId: null,
      at: now,
      operation,
      target: loaded.catalog.name,
      parameters: { catalog: loaded.source },
      after: { pool: r.poolAdded, countries: loaded.catalog.regions.flatMap((x) => x.countries.map((c) => c.code)) },
      result: 'Loaded',
    });
    return { poolAdded: r.poolAdded, source: loaded.source };
  });
}

/** Checks a tenant country: ISO alpha-2 and a country of the catalog (the stored one, or `known` codes of one about to be loaded). */
export function checkTenantCountry(
  db: DB,
  country: string,
  known: readonly string[] = listCountries(db)
    .map((c) => c.code)
    .sort(),
): string {
  const cc = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(cc)) throw new UsageError('InvalidCountry', `-Country must be an ISO 3166-1 alpha-2 code such as US, not '${country}'.`);
  if (!known.includes(cc)) throw new OperationError('UnknownCountry', `${cc} is not a country of the catalog.`, `Countries: ${known.join(', ')}`);
  return cc;
}

/** Creates a tenant unless one of that name exists; returns it and whether it was created. */
export function ensureTenant(db: DB, clock: Clock, name: string, country: string, operation: string): { tenant: Tenant; created: boolean } {
  checkTenantName(name);
  return writeTx(db, () => {
    const existing = findTenant(db, name);
    if (existing) return { tenant: existing, created: false };
    const now = iso(clock());
    const tenant = insertTenant(db, name, country, now);
    writeAudit(db, {
      tenantId: tenant.id,
      at: now,
      operation,
      target: tenant.name,
      parameters: { tenantName: name, country },
      after: { tenantId: tenant.tenantId, name: tenant.name, country: tenant.country },
      result: 'Created',
    });
    return { tenant, created: true };
  });
}

/** Refuses a tenant name that is empty, longer than 256 characters, or holds control characters (it is printed everywhere). */
export function checkTenantName(name: string): void {
  if (name.trim() === '') throw new UsageError('InvalidValue', '-TenantName needs a name.');
  if (hasControlChars(name))
    throw new UsageError(
      'InvalidValue',
      `-TenantName ${quoted(name)} holds control characters; use plain text.`,
      'Type the name as it should be shown, e.g. "Contoso".',
    );
  if (name.length > 256) throw new UsageError('InvalidValue', `-TenantName is ${name.length} characters long; at most 256.`);
}

/** Gives a new or empty store the default catalog and tenant (any command on a missing store). */
export async function ensureSeeded(db: DB, clock: Clock): Promise<void> {
  if (!hasCatalog(db)) await installCatalog(db, clock, undefined, 'Initialize-Store', true);
  if (listTenants(db).length === 0) {
    writeTx(db, () => {
      if (listTenants(db).length === 0) ensureTenant(db, clock, DEFAULT_TENANT_NAME, DEFAULT_COUNTRY, 'Initialize-Store');
    });
  }
}
