// get-number: the cmdlet's properties for each of the tenant's numbers; never truncates silently.
import { count } from '../../../text/count.js';
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { parseNumberInput } from '../../../domain/phone.js';
import { digitPrefixOption } from '../shared/input.js';
import { inventoryTypeOf, type NumberType } from '../../../domain/reservation.js';
import { portOrderState } from '../../../domain/port-order.js';
import { getLimits } from '../../../store/catalog.js';
import { queryNumbers, type NumberFilter, type NumberRow } from '../../../store/numbers.js';
import { resultSize } from '../../shared/paging.js';
import { locationExpander } from '../../address/shared/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Reads a number filter value into digits. */
function digits(name: string, v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  const p = parseNumberInput(String(v));
  if (!p.ok) throw new UsageError('InvalidNumber', `-${name}: ${p.message}`);
  return p.digits;
}

/** Reads -InventoryType Subscriber,Service into number types. */
function types(v: unknown): NumberType[] | undefined {
  if (!Array.isArray(v) || !v.length) return undefined;
  return v.flatMap((t: string): NumberType[] => {
    if (/^subscriber$/i.test(t)) return ['User'];
    if (/^service$/i.test(t)) return ['Toll', 'TollFree'];
    throw new UsageError('InvalidValue', `-InventoryType must be Subscriber or Service, not '${t}'.`);
  });
}

/** Runs get-number. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const limit = resultSize(o.resultSize);
  const filter: Omit<NumberFilter, 'limit'> = {
    tenantId: tenant.id,
    number: digits('TelephoneNumber', o.telephoneNumber),
    startsWith: digitPrefixOption(o.telephoneNumberStartsWith),
    greaterThan: digits('TelephoneNumberGreaterThan', o.telephoneNumberGreaterThan),
    lessThan: digits('TelephoneNumberLessThan', o.telephoneNumberLessThan),
    isNotAssigned: o.isNotAssigned === true,
    numberTypes: types(o.inventoryType),
    cityCode: o.capitalOrMajorCity?.toUpperCase(),
    country: o.countryOrRegion?.toUpperCase(),
    activationState: o.activationState,
    assigned: o.assigned,
  };
  // One row more than asked tells whether the result was cut.
  const rows = queryNumbers(deps.db, { ...filter, limit: limit === Number.MAX_SAFE_INTEGER ? limit : limit + 1 });
  const notices: string[] = [];
  if (rows.length > limit) {
    // Counting every match could scan a million index entries; "more match" is what the admin needs to know.
    rows.length = limit;
    notices.push(`showing the first ${count(limit)} matching numbers; more match — use --result-size Unlimited (or a larger size) to see all.`);
  }
  const expand = o.expandLocation === true ? locationExpander(deps.db, tenant.id) : undefined;
  const now = deps.clock();
  // The order's state by the store's clock (the same pure rules as get-port-order); limits are read only when needed.
  const portStatus = (r: NumberRow) =>
    r.portOrderId && r.portSubmittedAt && r.portTransferAt
      ? portOrderState(
          {
            submittedAt: r.portSubmittedAt,
            transferAt: r.portTransferAt,
            cancelledAt: r.portCancelledAt,
            completedAt: r.portCompletedAt,
            errorMessage: r.portError,
          },
          now,
          getLimits(deps.db).portOrder,
        ).state
      : null;
  const records = rows.map((r) => ({
    Id: r.number,
    TelephoneNumber: `+${r.number}`,
    ActivationState: r.activationState,
    CityCode: r.cityCode,
    InventoryType: inventoryTypeOf(r.numberType),
    NumberType: r.numberType,
    Location: expand && r.locationId ? expand(r.locationId) : r.locationId,
    O365Region: r.region,
    SourceType: r.sourceType,
    TargetType: r.targetType,
    UserId: r.userObjectId,
    UserPrincipalName: r.userUpn,
    PortInOrderStatus: portStatus(r),
    CivicAddressId: r.civicAddressId,
    LocationId: r.locationId,
    IsManagedByServiceDesk: r.sourceType === 'PortedIn',
  }));
  return { records, columns: ['Id', 'ActivationState', 'CityCode', 'InventoryType', 'SourceType', 'TargetType', 'UserPrincipalName', 'LocationId'], notices };
}
