// Migration 2 (addresses): a store at version 1 keeps its addresses and gains CityAlias and the lookup indexes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migration001 } from '../../src/store/migrations/001-initial.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../helpers/store.js';

describe('migration 002-addresses', () => {
  it('upgrades a version-1 store: rows kept, city_alias added empty, indexes created', () => {
    const file = path.join(tempDir(), 'v1.db');
    const v1 = openStore(file, { migrations: [migration001] }).db;
    v1.exec(`INSERT INTO tenants (tenant_id, name, name_key, country, is_default, created_at) VALUES ('t', 'Contoso', 'contoso', 'US', 1, 'now');
             INSERT INTO addresses (tenant_id, civic_address_id, street_name, city, country, validation_status, created_at)
             VALUES (1, 'a', 'Microsoft Way', 'Redmond', 'US', 'Validated', 'now');`);
    v1.close();

    const { db } = openStore(file);
    // Later migrations (003 port orders, …) run too; this test is about what 002 added.
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    expect(db.prepare('SELECT civic_address_id, street_name, city, city_alias FROM addresses').all()).toEqual([
      { civic_address_id: 'a', street_name: 'Microsoft Way', city: 'Redmond', city_alias: '' },
    ]);
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['gaz_postal_place', 'locations_tenant']));
    db.close();
  });

  it('the gazetteer lookups use indexes, never a full scan', () => {
    const file = path.join(tempDir(), 'plan.db');
    const { db } = openStore(file);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT state, name FROM gaz_cities WHERE country = 'US' AND state = 'WA'")).toMatch(/USING INDEX gaz_cities_state/);
    expect(plan("SELECT code FROM gaz_postal WHERE country = 'US' AND state = 'WA' AND city = 'Redmond'")).toMatch(/USING (COVERING )?INDEX gaz_postal_place/);
    expect(plan("SELECT city FROM gaz_postal WHERE country = 'US' AND code = '98052'")).toMatch(/USING PRIMARY KEY/);
    db.close();
  });
});
