// Arranging tenants for number tests: licences and emergency addresses written straight into the store.
import { randomUUID } from 'node:crypto';
import { exec, peek } from '../helpers/store.js';

/** Gives the default tenant bought units of SKUs (e.g. { MCOEV: 100, MCOPSTN1: 100 }). */
export function buy(store: string, units: Record<string, number>): void {
  for (const [sku, n] of Object.entries(units)) {
    exec(
      store,
      'INSERT INTO subscriptions (tenant_id, sku, active_units) VALUES (1, ?, ?) ON CONFLICT (tenant_id, sku) DO UPDATE SET active_units = excluded.active_units',
      sku,
      n,
    );
  }
}

/** Adds an address (Validated unless said otherwise) with its default location; returns the ids. */
export function address(
  store: string,
  a: { country: string; state: string; city: string; validated?: boolean },
): { civicAddressId: string; locationId: string; addressRow: number; locationRow: number } {
  const civicAddressId = randomUUID();
  const locationId = randomUUID();
  exec(
    store,
    `INSERT INTO addresses (tenant_id, civic_address_id, house_number, street_name, city, state_or_province, postal_code, country, company_name, validation_status, created_at)
     VALUES (1, ?, '1', 'High Street', ?, ?, '00000', ?, 'Contoso', ?, '2026-11-26T09:00:00.000Z')`,
    civicAddressId,
    a.city,
    a.state,
    a.country,
    a.validated === false ? 'NotValidated' : 'Validated',
  );
  const addressRow = peek<{ id: number }>(store, 'SELECT id FROM addresses WHERE civic_address_id = ?', civicAddressId)[0]!.id;
  exec(
    store,
    "INSERT INTO locations (tenant_id, location_id, address_id, location, is_default, created_at) VALUES (1, ?, ?, '', 1, '2026-11-26T09:00:00.000Z')",
    locationId,
    addressRow,
  );
  const locationRow = peek<{ id: number }>(store, 'SELECT id FROM locations WHERE location_id = ?', locationId)[0]!.id;
  return { civicAddressId, locationId, addressRow, locationRow };
}
