// status: the five steps, licences, numbers, users, addresses and notifications of the tenant.
import { iso } from '../../../clock.js';
import type { Deps } from '../../../deps.js';
import { judgeSteps } from '../../../domain/steps.js';
import { collectFigures } from '../../../store/figures.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { STEP_COLUMNS, statusText, stepRecords } from './display.js';

/** Runs status. */
export function run(_o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const now = deps.clock();
  const f = collectFigures(deps.db, tenant, iso(now));
  const steps = judgeSteps(f);
  const records = stepRecords(steps);
  const json = {
    Tenant: { TenantId: tenant.tenantId, Name: tenant.name, Country: tenant.country },
    Steps: records,
    Licenses: f.skus.map((s) => ({ SkuPartNumber: s.sku, Name: s.name, ActiveUnits: s.active, ConsumedUnits: s.consumed })),
    Numbers: {
      UserNumbersHeld: f.userNumbersHeld,
      UserNumbersAcquired: f.userNumbersAcquired,
      UserNumberQuota: f.userNumberQuota,
      TollHeld: f.tollHeld,
      TollFreeHeld: f.tollFreeHeld,
      ServiceNumberQuota: f.serviceQuota,
      ActiveReservations: f.activeReservations.map((r) => ({ ReservationId: r.reservationId, ExpiresAt: r.expiresAt, Numbers: r.numbers })),
    },
    Users: { Total: f.usersTotal, WithCallingPlan: f.usersWithCallingPlan, WithNumber: f.usersWithNumber, LicensedWithoutNumber: f.licensedUsersWithoutNumber },
    Addresses: { Total: f.addressesTotal, Validated: f.validatedAddresses, Locations: f.locationsTotal },
    Notifications: { Pending: f.pendingNotifications, Notified: f.notifiedUsers },
  };
  return { records, columns: STEP_COLUMNS, json, text: statusText(tenant, steps, f, now, deps.outStyle) };
}
