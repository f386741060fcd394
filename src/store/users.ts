// The users table (the directory) and the one identity resolver: UPN, sip: address or ObjectId.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A user as the services see it. */
export interface User {
  id: number;
  objectId: string;
  upn: string;
  displayName: string;
  sipAddress: string;
  usageLocation: string | null;
  email: string | null;
  enterpriseVoice: boolean;
  notifiedNumber: string | null;
  notifiedLocationId: number | null;
  notifiedAt: string | null;
}

export interface UserRow {
  id: number;
  object_id: string;
  upn: string;
  display_name: string;
  sip_address: string;
  usage_location: string | null;
  email: string | null;
  enterprise_voice: number;
  notified_number: string | null;
  notified_location_id: number | null;
  notified_at: string | null;
}

/** Maps a row to a User. */
export const toUser = (r: UserRow): User => ({
  id: r.id,
  objectId: r.object_id,
  upn: r.upn,
  displayName: r.display_name,
  sipAddress: r.sip_address,
  usageLocation: r.usage_location,
  email: r.email,
  enterpriseVoice: r.enterprise_voice === 1,
  notifiedNumber: r.notified_number,
  notifiedLocationId: r.notified_location_id,
  notifiedAt: r.notified_at,
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How an identity string is looked up: by ObjectId, by sip: address, or by UPN. */
export function identityKind(identity: string): { column: 'object_id' | 'sip_key' | 'upn_key'; key: string } {
  const s = identity.trim();
  if (GUID.test(s)) return { column: 'object_id', key: s.toLowerCase() };
  if (/^sip:/i.test(s)) return { column: 'sip_key', key: s.toLowerCase() };
  return { column: 'upn_key', key: s.toLowerCase() };
}

/** Finds a user of a tenant by UPN, sip: address or ObjectId (any case). */
export function findUser(db: DB, tenantId: number, identity: string): User | undefined {
  const { column, key } = identityKind(identity);
  const r = stmt(db, `SELECT * FROM users WHERE tenant_id = ? AND ${column} = ?`).get(tenantId, key) as UserRow | undefined;
  return r && toUser(r);
}
