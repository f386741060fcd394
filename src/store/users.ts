// The users table (the directory) and the one identity resolver: UPN, sip: address or ObjectId.
import type { NewUser } from '../domain/users.js';
import { LICENSED_USERS_SQL } from './figures.js';
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** A user as the services see it: the directory fields of a new user, and what the store keeps beside them. */
export interface User extends NewUser {
  id: number;
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

/** Finds many users at once, in input order (undefined where none matches): one query per identity kind, not one per user. */
export function resolveUsers(db: DB, tenantId: number, identities: readonly string[]): (User | undefined)[] {
  const out: (User | undefined)[] = new Array<User | undefined>(identities.length).fill(undefined);
  const byColumn = new Map<string, { positions: number[]; keys: string[] }>();
  identities.forEach((identity, i) => {
    const { column, key } = identityKind(identity);
    let g = byColumn.get(column);
    if (!g) byColumn.set(column, (g = { positions: [], keys: [] }));
    g.positions.push(i);
    g.keys.push(key);
  });
  for (const [column, g] of byColumn) {
    // CROSS JOIN keeps json_each as the outer loop, so each key is one index probe.
    const rows = stmt(db, `SELECT j.key AS pos, u.* FROM json_each(?) j CROSS JOIN users u ON u.tenant_id = ? AND u.${column} = j.value`).all(
      JSON.stringify(g.keys),
      tenantId,
    ) as (UserRow & { pos: number })[];
    for (const r of rows) out[g.positions[r.pos]!] = toUser(r);
  }
  return out;
}

/** Directory fields set-user may change (null clears). */
export interface UserEdit {
  displayName?: string;
  usageLocation?: string | null;
  email?: string | null;
}

/** Writes a user's changed directory fields. */
export function updateUserFields(db: DB, userId: number, edit: UserEdit): void {
  const sets: string[] = [];
  const args: unknown[] = [];
  if (edit.displayName !== undefined) {
    sets.push('display_name = ?');
    args.push(edit.displayName);
  }
  if (edit.usageLocation !== undefined) {
    sets.push('usage_location = ?');
    args.push(edit.usageLocation);
  }
  if (edit.email !== undefined) {
    sets.push('email = ?');
    args.push(edit.email);
  }
  if (sets.length) stmt(db, `UPDATE users SET ${sets.join(', ')} WHERE id = ?`).run(...args, userId);
}

/** The number a user holds, with its country. */
export interface HeldNumber {
  number: string;
  country: string;
}

/** The numbers held by these users (at most one each), by user id. */
export function numbersOfUsers(db: DB, userIds: readonly number[]): Map<number, HeldNumber> {
  const rows = stmt(db, 'SELECT n.user_id AS userId, n.number, n.country FROM json_each(?) j CROSS JOIN numbers n ON n.user_id = j.value').all(
    JSON.stringify(userIds),
  ) as { userId: number; number: string; country: string }[];
  return new Map(rows.map((r) => [r.userId, { number: r.number, country: r.country }]));
}

/** Filters of get-user. */
export interface UserQuery {
  tenantId: number;
  userId?: number;
  usageLocation?: string;
  /** true: holds Phone System and a Calling Plan; false: does not. */
  licensed?: boolean;
  /** true: holds a number; false: holds none. */
  hasNumber?: boolean;
  limit: number;
  offset: number;
}

/** A user with the number it holds (digits), for listings. */
export interface ListedUser extends User {
  number: string | null;
}

/** Users matching get-user's filters, in UPN order, and how many match in all. */
export function queryUsers(db: DB, q: UserQuery): { rows: ListedUser[]; total: number } {
  const where = ['u.tenant_id = ?'];
  const args: unknown[] = [q.tenantId];
  if (q.userId !== undefined) {
    where.push('u.id = ?');
    args.push(q.userId);
  }
  if (q.usageLocation) {
    where.push('u.usage_location = ?');
    args.push(q.usageLocation);
  }
  if (q.licensed !== undefined) {
    where.push(`u.id ${q.licensed ? '' : 'NOT '}IN (${LICENSED_USERS_SQL})`);
    args.push(q.tenantId, q.tenantId);
  }
  if (q.hasNumber !== undefined) where.push(`n.id IS ${q.hasNumber ? 'NOT ' : ''}NULL`);
  const from = `FROM users u LEFT JOIN numbers n ON n.user_id = u.id WHERE ${where.join(' AND ')}`;
  const total = (stmt(db, `SELECT COUNT(*) AS c ${from}`).get(...args) as { c: number }).c;
  const rows = stmt(db, `SELECT u.*, n.number AS number ${from} ORDER BY u.upn_key LIMIT ? OFFSET ?`).all(...args, q.limit, q.offset) as (UserRow & {
    number: string | null;
  })[];
  return { rows: rows.map((r) => ({ ...toUser(r), number: r.number })), total };
}
