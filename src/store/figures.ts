// The counts status and the wizard judge the five steps on.
import { quotaUnits, serviceNumberQuota, unitsGranting, userNumberQuota } from '../domain/quota.js';
import type { NumberType } from '../domain/reservation.js';
import type { TenantFigures } from '../domain/steps.js';
import { getLimits } from './catalog.js';
import { skuUnits, type SkuUnits } from './licenses.js';
import { holdCounts } from './reservations.js';
import type { DB } from './open.js';
import { ownedCounts } from './numbers.js';
import { PENDING_SQL } from './notifications.js';
import { stmt } from './sql.js';
import type { Tenant } from './tenants.js';

/** Everything status shows. */
export interface StatusFigures extends TenantFigures {
  skus: SkuUnits[];
  serviceUnits: number;
  serviceQuota: number;
  tollHeld: number;
  tollFreeHeld: number;
  activeReservations: { reservationId: string; expiresAt: string; numbers: number }[];
  addressesTotal: number;
  locationsTotal: number;
}

/** Users holding a Phone System grant and a Calling Plan grant (SQL fragment; ? = tenant id twice). */
export const LICENSED_USERS_SQL = `
  SELECT ul.user_id FROM user_licenses ul JOIN skus s ON s.sku = ul.sku
  WHERE ul.tenant_id = ? AND instr(',' || s.grants || ',', ',CallingPlan,') > 0
  INTERSECT
  SELECT ul.user_id FROM user_licenses ul JOIN skus s ON s.sku = ul.sku
  WHERE ul.tenant_id = ? AND instr(',' || s.grants || ',', ',PhoneSystem,') > 0`;

/** Collects the figures for a tenant at `now`. */
export function collectFigures(db: DB, tenant: Tenant, now: string): StatusFigures {
  const t = tenant.id;
  const limits = getLimits(db);
  const skus = skuUnits(db, t);
  const { callingPlan: callingPlanUnits, service: serviceUnits } = quotaUnits(skus);
  const one = (sql: string, ...args: unknown[]) => (stmt(db, sql).get(...args) as { n: number }).n;

  const usersTotal = one('SELECT COUNT(*) AS n FROM users WHERE tenant_id = ?', t);
  const usersWithCallingPlan = one(`SELECT COUNT(*) AS n FROM (${LICENSED_USERS_SQL})`, t, t);
  const owned = ownedCounts(db, t);
  const pendingPorts = stmt(
    db,
    "SELECT number_type AS type, COUNT(*) AS n FROM numbers WHERE port_order_id IS NOT NULL AND tenant_id = ? AND activation_state = 'PortPending' GROUP BY number_type",
  ).all(t) as { type: string; n: number }[];
  const reserved = holdCounts(db, t, now).byType;
  // Quota counts leave ported-in numbers out; "acquired" counts them once their port has completed.
  const ownedOf = (type: NumberType, ported = false) =>
    owned[type].quota + (ported ? owned[type].portedIn - (pendingPorts.find((p) => p.type === type)?.n ?? 0) : 0);
  const reservedOf = (type: NumberType) => reserved[type];

  const usersWithNumber = one('SELECT COUNT(*) AS n FROM numbers WHERE tenant_id = ? AND user_id IS NOT NULL', t);
  const licensedUsersWithoutNumber = one(
    `SELECT COUNT(*) AS n FROM (${LICENSED_USERS_SQL}) l WHERE NOT EXISTS (SELECT 1 FROM numbers n WHERE n.user_id = l.user_id)`,
    t,
    t,
  );
  const pendingNotifications = one(
    `SELECT COUNT(*) AS n FROM users u JOIN numbers n ON n.user_id = u.id
     WHERE u.tenant_id = ? AND ${PENDING_SQL}`,
    t,
  );
  const activeReservations = stmt(
    db,
    `SELECT r.reservation_id AS reservationId, r.expires_at AS expiresAt,
            (SELECT COUNT(*) FROM numbers n WHERE n.reservation_id = r.id) AS numbers
     FROM reservations r WHERE r.tenant_id = ? AND r.status = 'Active' AND r.expires_at > ? ORDER BY r.expires_at`,
  ).all(t, now) as StatusFigures['activeReservations'];

  return {
    country: tenant.country,
    skus,
    phoneSystemUnits: unitsGranting(skus, 'PhoneSystem'),
    callingPlanUnits,
    usersTotal,
    usersWithCallingPlan,
    userNumbersAcquired: ownedOf('User', true),
    userNumbersHeld: ownedOf('User') + reservedOf('User'),
    userNumberQuota: userNumberQuota(callingPlanUnits, limits),
    serviceUnits,
    serviceQuota: serviceNumberQuota(serviceUnits, limits),
    tollHeld: ownedOf('Toll') + reservedOf('Toll'),
    tollFreeHeld: ownedOf('TollFree') + reservedOf('TollFree'),
    validatedAddresses: one("SELECT COUNT(*) AS n FROM addresses WHERE tenant_id = ? AND validation_status = 'Validated'", t),
    addressesTotal: one('SELECT COUNT(*) AS n FROM addresses WHERE tenant_id = ?', t),
    locationsTotal: one('SELECT COUNT(*) AS n FROM locations WHERE tenant_id = ?', t),
    usersWithNumber,
    licensedUsersWithoutNumber,
    pendingNotifications,
    notifiedUsers: one('SELECT COUNT(*) AS n FROM users WHERE tenant_id = ? AND notified_at IS NOT NULL', t),
    activeReservations,
  };
}
