// Short labels (UPN) for users by row id, for messages that name a holder.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** UPNs of the given user row ids. */
export function userLabels(db: DB, ids: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const q = stmt(db, 'SELECT upn FROM users WHERE id = ?');
  for (const id of new Set(ids)) {
    const r = q.get(id) as { upn: string } | undefined;
    if (r) out.set(id, r.upn);
  }
  return out;
}
