// Migration 1: tenants, catalog, gazetteer, numbers, users, licences, addresses, reservations, audit.
import type { Migration } from './index.js';

export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
    CREATE TABLE tenants (
      id          INTEGER PRIMARY KEY,
      tenant_id   TEXT NOT NULL UNIQUE,
      name        TEXT NOT NULL,
      name_key    TEXT NOT NULL UNIQUE,
      country     TEXT NOT NULL,
      is_default  INTEGER NOT NULL DEFAULT 0,
      created_at  TEXT NOT NULL
    );

    -- The provider catalog (store-wide).
    CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE countries (
      code      TEXT PRIMARY KEY,
      region    TEXT NOT NULL REFERENCES regions(code),
      name      TEXT NOT NULL,
      dial_code TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE areas (
      country TEXT NOT NULL REFERENCES countries(code),
      code    TEXT NOT NULL,
      name    TEXT NOT NULL,
      PRIMARY KEY (country, code)
    ) WITHOUT ROWID;
    CREATE TABLE cities (
      code       TEXT PRIMARY KEY,
      country    TEXT NOT NULL,
      area       TEXT NOT NULL,
      name       TEXT NOT NULL,
      area_codes TEXT NOT NULL,
      FOREIGN KEY (country, area) REFERENCES areas(country, code)
    ) WITHOUT ROWID;
    CREATE TABLE skus (
      sku      TEXT PRIMARY KEY,
      name     TEXT NOT NULL,
      grants   TEXT NOT NULL,
      position INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE non_portable (prefix TEXT PRIMARY KEY) WITHOUT ROWID;

    -- The address gazetteer (store-wide, read only by address validation).
    CREATE TABLE gaz_countries (
      code           TEXT PRIMARY KEY,
      name           TEXT NOT NULL,
      english        INTEGER NOT NULL,
      postal_pattern TEXT NOT NULL,
      postal_example TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE gaz_states (
      country TEXT NOT NULL,
      code    TEXT NOT NULL,
      name    TEXT NOT NULL,
      aliases TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (country, code)
    ) WITHOUT ROWID;
    CREATE TABLE gaz_cities (
      id        INTEGER PRIMARY KEY,
      country   TEXT NOT NULL,
      state     TEXT NOT NULL,
      name      TEXT NOT NULL,
      latitude  REAL NOT NULL,
      longitude REAL NOT NULL
    );
    CREATE INDEX gaz_cities_state ON gaz_cities(country, state);
    CREATE TABLE gaz_postal (
      country   TEXT NOT NULL,
      code      TEXT NOT NULL,
      state     TEXT NOT NULL,
      city      TEXT NOT NULL,
      latitude  REAL NOT NULL,
      longitude REAL NOT NULL,
      PRIMARY KEY (country, code, state, city)
    ) WITHOUT ROWID;

    -- Users (the directory).
    CREATE TABLE users (
      id                    INTEGER PRIMARY KEY,
      tenant_id             INTEGER NOT NULL REFERENCES tenants(id),
      object_id             TEXT NOT NULL UNIQUE,
      upn                   TEXT NOT NULL,
      upn_key               TEXT NOT NULL,
      display_name          TEXT NOT NULL,
      sip_address           TEXT NOT NULL,
      sip_key               TEXT NOT NULL,
      usage_location        TEXT,
      email                 TEXT,
      enterprise_voice      INTEGER NOT NULL DEFAULT 0,
      notified_number       TEXT,
      notified_location_id  INTEGER,
      notified_at           TEXT,
      created_at            TEXT NOT NULL,
      UNIQUE (tenant_id, upn_key),
      UNIQUE (tenant_id, sip_key)
    );

    -- Licences: bought units per tenant, and units given to users.
    CREATE TABLE subscriptions (
      tenant_id    INTEGER NOT NULL REFERENCES tenants(id),
      sku          TEXT NOT NULL REFERENCES skus(sku),
      active_units INTEGER NOT NULL CHECK (active_units >= 0),
      PRIMARY KEY (tenant_id, sku)
    ) WITHOUT ROWID;
    CREATE TABLE user_licenses (
      user_id     INTEGER NOT NULL REFERENCES users(id),
      tenant_id   INTEGER NOT NULL REFERENCES tenants(id),
      sku         TEXT NOT NULL REFERENCES skus(sku),
      assigned_at TEXT NOT NULL,
      PRIMARY KEY (user_id, sku)
    ) WITHOUT ROWID;
    CREATE INDEX user_licenses_tenant_sku ON user_licenses(tenant_id, sku);

    -- Emergency addresses and their locations.
    CREATE TABLE addresses (
      id                  INTEGER PRIMARY KEY,
      tenant_id           INTEGER NOT NULL REFERENCES tenants(id),
      civic_address_id    TEXT NOT NULL UNIQUE,
      house_number        TEXT NOT NULL DEFAULT '',
      house_number_suffix TEXT NOT NULL DEFAULT '',
      pre_directional     TEXT NOT NULL DEFAULT '',
      street_name         TEXT NOT NULL DEFAULT '',
      street_suffix       TEXT NOT NULL DEFAULT '',
      post_directional    TEXT NOT NULL DEFAULT '',
      city                TEXT NOT NULL DEFAULT '',
      state_or_province   TEXT NOT NULL DEFAULT '',
      postal_code         TEXT NOT NULL DEFAULT '',
      country             TEXT NOT NULL,
      company_name        TEXT NOT NULL DEFAULT '',
      company_tax_id      TEXT NOT NULL DEFAULT '',
      description         TEXT NOT NULL DEFAULT '',
      latitude            REAL,
      longitude           REAL,
      elin                TEXT NOT NULL DEFAULT '',
      validation_status   TEXT NOT NULL CHECK (validation_status IN ('Validated', 'NotValidated')),
      created_at          TEXT NOT NULL
    );
    CREATE INDEX addresses_tenant ON addresses(tenant_id);
    CREATE TABLE locations (
      id          INTEGER PRIMARY KEY,
      tenant_id   INTEGER NOT NULL REFERENCES tenants(id),
      location_id TEXT NOT NULL UNIQUE,
      address_id  INTEGER NOT NULL REFERENCES addresses(id),
      location    TEXT NOT NULL DEFAULT '',
      elin        TEXT NOT NULL DEFAULT '',
      is_default  INTEGER NOT NULL DEFAULT 0,
      created_at  TEXT NOT NULL
    );
    CREATE INDEX locations_address ON locations(address_id);
    CREATE UNIQUE INDEX locations_one_default ON locations(address_id) WHERE is_default = 1;

    -- Reservations: a tenant's 10-minute hold on pool numbers.
    CREATE TABLE reservations (
      id             INTEGER PRIMARY KEY,
      tenant_id      INTEGER NOT NULL REFERENCES tenants(id),
      reservation_id TEXT NOT NULL UNIQUE,
      number_type    TEXT NOT NULL,
      country        TEXT NOT NULL,
      city_code      TEXT NOT NULL,
      location_id    INTEGER REFERENCES locations(id),
      quantity       INTEGER NOT NULL,
      created_at     TEXT NOT NULL,
      expires_at     TEXT NOT NULL,
      status         TEXT NOT NULL CHECK (status IN ('Active', 'Acquired', 'Cleared', 'Expired')),
      ended_at       TEXT
    );
    CREATE INDEX reservations_active ON reservations(tenant_id, expires_at) WHERE status = 'Active';
    CREATE INDEX reservations_expiry ON reservations(expires_at) WHERE status = 'Active';

    -- Transfer (port-in) orders.
    CREATE TABLE port_orders (
      id                 INTEGER PRIMARY KEY,
      tenant_id          INTEGER NOT NULL REFERENCES tenants(id),
      order_id           TEXT NOT NULL UNIQUE,
      losing_carrier     TEXT NOT NULL,
      number_type        TEXT NOT NULL,
      country            TEXT NOT NULL,
      account_number     TEXT NOT NULL,
      billing_number     TEXT NOT NULL,
      pin                TEXT NOT NULL DEFAULT '',
      company_name       TEXT NOT NULL,
      authorizing_person TEXT NOT NULL,
      service_address    TEXT NOT NULL,
      port_type          TEXT NOT NULL CHECK (port_type IN ('Full', 'Partial')),
      transfer_at        TEXT NOT NULL,
      notify             TEXT NOT NULL DEFAULT '',
      created_at         TEXT NOT NULL,
      cancelled_at       TEXT,
      error_message      TEXT
    );

    -- Every number the store knows: the provider pool, reserved, acquired and ported-in numbers.
    CREATE TABLE numbers (
      id                 INTEGER PRIMARY KEY,
      number             TEXT NOT NULL UNIQUE,
      country            TEXT NOT NULL,
      city_code          TEXT,
      number_type        TEXT NOT NULL CHECK (number_type IN ('User', 'Toll', 'TollFree')),
      tenant_id          INTEGER REFERENCES tenants(id),
      reservation_id     INTEGER REFERENCES reservations(id),
      port_order_id      INTEGER REFERENCES port_orders(id),
      source_type        TEXT NOT NULL DEFAULT 'Tnm' CHECK (source_type IN ('Tnm', 'PortedIn')),
      activation_state   TEXT NOT NULL DEFAULT 'Activated' CHECK (activation_state IN ('Activated', 'PortPending')),
      acquired_at        TEXT,
      user_id            INTEGER REFERENCES users(id),
      target_type        TEXT,
      location_id        INTEGER REFERENCES locations(id),
      origin_location_id INTEGER REFERENCES locations(id),
      CHECK (tenant_id IS NULL OR reservation_id IS NULL)
    );
    CREATE INDEX numbers_free ON numbers(city_code, number_type, number)
      WHERE tenant_id IS NULL AND reservation_id IS NULL;
    CREATE INDEX numbers_tenant ON numbers(tenant_id, number) WHERE tenant_id IS NOT NULL;
    CREATE INDEX numbers_reservation ON numbers(reservation_id) WHERE reservation_id IS NOT NULL;
    CREATE UNIQUE INDEX numbers_user ON numbers(user_id) WHERE user_id IS NOT NULL;
    CREATE INDEX numbers_location ON numbers(location_id) WHERE location_id IS NOT NULL;
    CREATE INDEX numbers_origin_location ON numbers(origin_location_id) WHERE origin_location_id IS NOT NULL;
    CREATE INDEX numbers_port_order ON numbers(port_order_id) WHERE port_order_id IS NOT NULL;

    -- Numbers held per tenant, type and source, kept by triggers so quota checks never scan a tenant's numbers.
    CREATE TABLE tenant_number_counts (
      tenant_id   INTEGER NOT NULL,
      number_type TEXT NOT NULL,
      source_type TEXT NOT NULL,
      n           INTEGER NOT NULL,
      PRIMARY KEY (tenant_id, number_type, source_type)
    ) WITHOUT ROWID;
    CREATE TRIGGER numbers_count_insert AFTER INSERT ON numbers WHEN NEW.tenant_id IS NOT NULL BEGIN
      INSERT INTO tenant_number_counts VALUES (NEW.tenant_id, NEW.number_type, NEW.source_type, 1)
        ON CONFLICT (tenant_id, number_type, source_type) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER numbers_count_delete AFTER DELETE ON numbers WHEN OLD.tenant_id IS NOT NULL BEGIN
      UPDATE tenant_number_counts SET n = n - 1
        WHERE tenant_id = OLD.tenant_id AND number_type = OLD.number_type AND source_type = OLD.source_type;
    END;
    CREATE TRIGGER numbers_count_update AFTER UPDATE OF tenant_id, number_type, source_type ON numbers
      WHEN OLD.tenant_id IS NOT NEW.tenant_id OR OLD.number_type IS NOT NEW.number_type OR OLD.source_type IS NOT NEW.source_type BEGIN
      UPDATE tenant_number_counts SET n = n - 1
        WHERE OLD.tenant_id IS NOT NULL AND tenant_id = OLD.tenant_id AND number_type = OLD.number_type AND source_type = OLD.source_type;
      INSERT INTO tenant_number_counts SELECT NEW.tenant_id, NEW.number_type, NEW.source_type, 1 WHERE NEW.tenant_id IS NOT NULL
        ON CONFLICT (tenant_id, number_type, source_type) DO UPDATE SET n = n + 1;
    END;

    -- Messages telling users their new number.
    CREATE TABLE notifications (
      id          INTEGER PRIMARY KEY,
      tenant_id   INTEGER NOT NULL REFERENCES tenants(id),
      user_id     INTEGER NOT NULL REFERENCES users(id),
      at          TEXT NOT NULL,
      transport   TEXT NOT NULL,
      recipient   TEXT NOT NULL,
      number      TEXT NOT NULL,
      location_id INTEGER,
      message_id  TEXT,
      status      TEXT NOT NULL,
      error       TEXT
    );
    CREATE INDEX notifications_user ON notifications(user_id);

    -- The audit log: one row per change.
    CREATE TABLE audit_log (
      id         INTEGER PRIMARY KEY,
      tenant_id  INTEGER REFERENCES tenants(id),
      at         TEXT NOT NULL,
      operation  TEXT NOT NULL,
      target     TEXT NOT NULL DEFAULT '',
      parameters TEXT NOT NULL DEFAULT '{}',
      before     TEXT,
      after      TEXT,
      result     TEXT NOT NULL
    );
    CREATE INDEX audit_tenant_at ON audit_log(tenant_id, at);
    CREATE INDEX audit_tenant_target ON audit_log(tenant_id, target);
  `,
};
