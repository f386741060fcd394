// Seeds a store with many licensed users and acquired numbers straight through SQL (for 100k-row end-to-end tests).
import Database from 'better-sqlite3';

/** Users user0000000@contoso.com… with Phone System + Calling Plan, numbers +1 425 6xx xxxx acquired by the tenant. */
export function seedVoice(store: string, users: number, numbers: number): { locationId: string; upn: (i: number) => string; number: (i: number) => string } {
  const upn = (i: number) => `user${String(i).padStart(7, '0')}@contoso.com`;
  const number = (i: number) => String(14256000000 + i);
  const now = '2026-11-26T09:00:00.000Z';
  const locationId = 'c7c5a17f-00d7-47c0-9ddb-3383229d606c';
  const db = new Database(store);
  db.transaction(() => {
    const units = Math.max(users, Math.ceil(numbers / 1.1));
    db.prepare("INSERT OR REPLACE INTO subscriptions VALUES (1, 'MCOEV', ?), (1, 'MCOPSTN1', ?)").run(units, units);
    const num = db.prepare(
      "INSERT INTO numbers (number, country, city_code, number_type, tenant_id, acquired_at) VALUES (?, 'US', 'NOAM-US-WA-RD', 'User', 1, ?)",
    );
    for (let i = 0; i < numbers; i++) num.run(number(i), now);
    const user = db.prepare(
      "INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, 'US', ?)",
    );
    const lic = db.prepare('INSERT INTO user_licenses (user_id, tenant_id, sku, assigned_at) VALUES (?, 1, ?, ?)');
    for (let i = 0; i < users; i++) {
      const u = upn(i);
      const id = user.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, u, u, `User ${i}`, `sip:${u}`, `sip:${u}`, now).lastInsertRowid;
      lic.run(id, 'MCOEV', now);
      lic.run(id, 'MCOPSTN1', now);
    }
    db.prepare(
      "INSERT INTO addresses (tenant_id, civic_address_id, house_number, street_name, city, state_or_province, postal_code, country, company_name, validation_status, created_at) VALUES (1, 'c7c5a17f-00d7-47c0-9ddb-3383229d606b', '1', 'Microsoft Way', 'Redmond', 'WA', '98052', 'US', 'Contoso', 'Validated', ?)",
    ).run(now);
    db.prepare(
      "INSERT INTO locations (tenant_id, location_id, address_id, location, is_default, created_at) VALUES (1, ?, (SELECT MAX(id) FROM addresses), '', 1, ?)",
    ).run(locationId, now);
  })();
  db.close();
  return { locationId, upn, number };
}
