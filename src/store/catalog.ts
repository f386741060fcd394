// Catalog tables: writing a loaded catalog into the store, and reading countries, areas, SKUs and limits (cities: places.ts).
import { OperationError } from '../errors.js';
import type { LoadedCatalog } from '../catalog/load.js';
import type { CatalogLimits, Grant } from '../catalog/schema.js';
import type { DB } from './open.js';
import { stmt, writeTx } from './sql.js';

/** A licence SKU of the catalog. */
export interface Sku {
  sku: string;
  name: string;
  grants: Grant[];
}

/** True when the store holds a catalog. */
export function hasCatalog(db: DB): boolean {
  return stmt(db, "SELECT 1 FROM catalog_meta WHERE key = 'name'").get() !== undefined;
}

/**
 * Writes a catalog into the store in one transaction. Replaces a previous catalog's places, gazetteer and free
 * pool numbers; numbers held by tenants stay. SKUs in use by a tenant cannot disappear.
 */
export function writeCatalog(db: DB, loaded: LoadedCatalog, now: string): { poolAdded: number } {
  const { catalog, gazetteer, pool } = loaded;
  return writeTx(db, () => {
    const newSkus = new Set(catalog.skus.map((s) => s.skuPartNumber));
    const inUse = stmt(db, 'SELECT DISTINCT sku FROM subscriptions UNION SELECT DISTINCT sku FROM user_licenses').all() as { sku: string }[];
    const missing = inUse.filter((r) => !newSkus.has(r.sku)).map((r) => r.sku);
    if (missing.length) {
      throw new OperationError(
        'CatalogSkuInUse',
        `the new catalog drops ${missing.join(', ')}, which tenants of this store have bought.`,
        'Keep those SKUs in the catalog.',
      );
    }
    db.exec(`
      DELETE FROM cities; DELETE FROM areas; DELETE FROM countries; DELETE FROM regions; DELETE FROM non_portable;
      DELETE FROM gaz_countries; DELETE FROM gaz_states; DELETE FROM gaz_cities; DELETE FROM gaz_postal;
      DELETE FROM numbers WHERE tenant_id IS NULL AND reservation_id IS NULL;
    `);
    const meta = stmt(db, 'INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)');
    meta.run('name', catalog.name);
    meta.run('limits', JSON.stringify(catalog.limits));
    meta.run('source', loaded.source);
    meta.run('loaded_at', now);
    const sku = stmt(
      db,
      'INSERT INTO skus (sku, name, grants, position) VALUES (?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET name = excluded.name, grants = excluded.grants, position = excluded.position',
    );
    catalog.skus.forEach((s, i) => sku.run(s.skuPartNumber, s.name, s.grants.join(','), i));
    const region = stmt(db, 'INSERT INTO regions (code, name) VALUES (?, ?)');
    const country = stmt(db, 'INSERT INTO countries (code, region, name, dial_code) VALUES (?, ?, ?, ?)');
    const area = stmt(db, 'INSERT INTO areas (country, code, name) VALUES (?, ?, ?)');
    const city = stmt(db, 'INSERT INTO cities (code, country, area, name, area_codes) VALUES (?, ?, ?, ?, ?)');
    for (const r of catalog.regions) {
      region.run(r.code, r.name);
      for (const c of r.countries) {
        country.run(c.code, r.code, c.name, loaded.dialCodes[c.code]);
        for (const a of c.areas) {
          area.run(c.code, a.code, a.name);
          for (const t of a.cities) city.run(t.code, c.code, a.code, t.name, t.areaCodes.join(','));
        }
      }
    }
    const np = stmt(db, 'INSERT OR IGNORE INTO non_portable (prefix) VALUES (?)');
    for (const p of catalog.nonPortablePrefixes) np.run(p.replace(/^\+/, ''));

    const gc = stmt(db, 'INSERT INTO gaz_countries (code, name, english, postal_pattern, postal_example) VALUES (?, ?, ?, ?, ?)');
    const gs = stmt(db, 'INSERT INTO gaz_states (country, code, name, aliases) VALUES (?, ?, ?, ?)');
    const gt = stmt(db, 'INSERT INTO gaz_cities (country, state, name, latitude, longitude) VALUES (?, ?, ?, ?, ?)');
    const gp = stmt(db, 'INSERT OR IGNORE INTO gaz_postal (country, code, state, city, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of gazetteer.countries) {
      gc.run(c.code, c.name, c.englishSpeaking ? 1 : 0, c.postalCode.pattern, c.postalCode.example);
      for (const s of c.states) gs.run(c.code, s.code, s.name, (s.aliases ?? []).join('|'));
      for (const [state, name, lat, lon] of c.cities) gt.run(c.code, state, name, lat, lon);
      for (const [code, state, name, lat, lon] of c.postalCodes) gp.run(c.code, code, state, name, lat, lon);
    }

    const num = stmt(db, 'INSERT OR IGNORE INTO numbers (number, country, city_code, number_type) VALUES (?, ?, ?, ?)');
    let poolAdded = 0;
    for (const n of pool) poolAdded += num.run(n.digits, n.country, n.cityCode, n.numberType).changes;
    return { poolAdded };
  });
}

const limitsCache = new WeakMap<DB, CatalogLimits>();

/** The catalog's limits (reservation length, per-search cap, quotas, port-order timings). */
export function getLimits(db: DB): CatalogLimits {
  let l = limitsCache.get(db);
  if (!l) {
    const row = stmt(db, "SELECT value FROM catalog_meta WHERE key = 'limits'").get() as { value: string } | undefined;
    if (!row) throw new OperationError('CatalogMissing', 'the store holds no catalog.', 'Run callplan init.');
    l = JSON.parse(row.value) as CatalogLimits;
    limitsCache.set(db, l);
  }
  return l;
}

/** The catalog's name and where it was loaded from. */
export function catalogInfo(db: DB): { name: string; source: string; loadedAt: string } {
  const rows = stmt(db, 'SELECT key, value FROM catalog_meta').all() as { key: string; value: string }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  return { name: m.get('name') ?? '', source: m.get('source') ?? '', loadedAt: m.get('loaded_at') ?? '' };
}

/** Countries of the catalog with their region and calling code. */
export function listCountries(db: DB): { code: string; name: string; region: string; dialCode: string }[] {
  return stmt(db, 'SELECT code, name, region, dial_code AS dialCode FROM countries ORDER BY region, code').all() as {
    code: string;
    name: string;
    region: string;
    dialCode: string;
  }[];
}

/** Areas (states/regions) of the catalog. */
export function listAreas(db: DB): { country: string; code: string; name: string }[] {
  return stmt(db, 'SELECT country, code, name FROM areas ORDER BY country, code').all() as { country: string; code: string; name: string }[];
}

/** Every SKU of the catalog. */
export function listSkus(db: DB): Sku[] {
  return (stmt(db, 'SELECT sku, name, grants FROM skus ORDER BY position').all() as { sku: string; name: string; grants: string }[]).map((r) => ({
    sku: r.sku,
    name: r.name,
    grants: r.grants.split(',') as Grant[],
  }));
}
