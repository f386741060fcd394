// get-location: lists the tenant's locations with their address and usage counts.
import type { Deps } from '../../../deps.js';
import { listLocations } from '../../../store/addresses.js';
import { requireAddress } from '../../../services/addresses.js';
import { requireLocation } from '../../../services/locations.js';
import { LOCATION_COLUMNS, locationRecord } from '../../address/shared/display.js';
import { placeFilter } from '../../address/shared/filters.js';
import { NumberOfResultsToSkip } from '../../../params/paging.js';
import { readPage } from '../../shared/paging.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-location. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const page = readPage(o.resultSize, o.numberOfResultsToSkip, NumberOfResultsToSkip);
  const filter = placeFilter(o, page);
  // A named id that does not exist is an error, not an empty list (the admin most likely mistyped it).
  if (filter?.locationId !== undefined) requireLocation(deps.db, tenant.id, filter.locationId);
  if (filter?.civicAddressId !== undefined) requireAddress(deps.db, tenant.id, filter.civicAddressId);
  if (!filter) return { records: [], columns: LOCATION_COLUMNS };
  const { rows, total } = listLocations(deps.db, tenant.id, filter);
  const records = rows.map((r) => locationRecord(r, r));
  return { records, columns: LOCATION_COLUMNS, notices: page.notice(rows.length, total, 'locations') };
}
