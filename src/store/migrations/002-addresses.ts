// Migration 2: the address's CityAlias column and the indexes address validation and listings use.
import type { Migration } from './index.js';

export const migration002: Migration = {
  version: 2,
  name: 'address city alias, gazetteer postal-by-place index, locations by tenant',
  up: `
    ALTER TABLE addresses ADD COLUMN city_alias TEXT NOT NULL DEFAULT '';
    -- Postal codes of a place ("ZIP codes of Redmond, WA") and the postal-only places of a state.
    CREATE INDEX gaz_postal_place ON gaz_postal(country, state, city);
    CREATE INDEX locations_tenant ON locations(tenant_id);
  `,
};
