// Reading voice users: users with a Phone System grant, their number and emergency location.
import type { DB } from './open.js';
import { stmt } from './sql.js';

/** Filters of get-voice-user. */
export interface VoiceUserFilter {
  tenantId: number;
  /** One user (resolved by the caller). */
  userId?: number | undefined;
  numberAssigned?: boolean | undefined;
  numberNotAssigned?: boolean | undefined;
  locationId?: string | undefined;
  civicAddressId?: string | undefined;
  enterpriseVoice?: boolean | undefined;
  connectivity?: 'Online' | 'OnPremises' | undefined;
  limit: number;
  offset: number;
}

/** A voice user row. */
export interface VoiceUserRow {
  objectId: string;
  upn: string;
  displayName: string;
  sipAddress: string;
  usageLocation: string | null;
  enterpriseVoice: number;
  callingPlan: number;
  number: string | null;
  locationId: string | null;
  civicAddressId: string | null;
}

const GRANT = (grant: string) =>
  `EXISTS (SELECT 1 FROM user_licenses ul JOIN skus s ON s.sku = ul.sku WHERE ul.user_id = u.id AND instr(',' || s.grants || ',', ',${grant},'))`;

/** Voice users of a tenant (holding a Phone System grant), in UPN order, with the filters of get-voice-user. */
export function queryVoiceUsers(db: DB, f: VoiceUserFilter): { rows: VoiceUserRow[]; total: number } {
  const where = ['u.tenant_id = ?', GRANT('PhoneSystem')];
  const args: unknown[] = [f.tenantId];
  if (f.userId !== undefined) {
    where.push('u.id = ?');
    args.push(f.userId);
  }
  if (f.numberAssigned) where.push('n.id IS NOT NULL');
  if (f.numberNotAssigned) where.push('n.id IS NULL');
  if (f.locationId) {
    where.push('l.location_id = ?');
    args.push(f.locationId.toLowerCase());
  }
  if (f.civicAddressId) {
    where.push('a.civic_address_id = ?');
    args.push(f.civicAddressId.toLowerCase());
  }
  if (f.enterpriseVoice !== undefined) {
    where.push('u.enterprise_voice = ?');
    args.push(f.enterpriseVoice ? 1 : 0);
  }
  if (f.connectivity) where.push(`${f.connectivity === 'Online' ? '' : 'NOT '}${GRANT('CallingPlan')}`);
  const from = `FROM users u LEFT JOIN numbers n ON n.user_id = u.id LEFT JOIN locations l ON l.id = n.location_id LEFT JOIN addresses a ON a.id = l.address_id
    WHERE ${where.join(' AND ')}`;
  const rows = stmt(
    db,
    `SELECT u.object_id AS objectId, u.upn, u.display_name AS displayName, u.sip_address AS sipAddress, u.usage_location AS usageLocation,
            u.enterprise_voice AS enterpriseVoice, ${GRANT('CallingPlan')} AS callingPlan, n.number, l.location_id AS locationId,
            a.civic_address_id AS civicAddressId
     ${from} ORDER BY u.upn_key LIMIT ? OFFSET ?`,
  ).all(...args, f.limit, f.offset) as VoiceUserRow[];
  const total = (stmt(db, `SELECT COUNT(*) AS n ${from}`).get(...args) as { n: number }).n;
  return { rows, total };
}
