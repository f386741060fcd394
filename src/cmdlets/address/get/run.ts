// get-address: lists the tenant's addresses with usage counts.
import type { Deps } from '../../../deps.js';
import { listAddresses } from '../../../store/addresses.js';
import { requireAddress } from '../../../services/addresses.js';
import { requireLocation } from '../../../services/locations.js';
import { ADDRESS_COLUMNS, addressRecord } from '../shared/display.js';
import { placeFilter } from '../shared/filters.js';
import { NumberOfResultsToSkip } from '../../../params/paging.js';
import { readPage } from '../../shared/paging.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs get-address. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const page = readPage(o.resultSize, o.numberOfResultsToSkip, NumberOfResultsToSkip);
  const filter = placeFilter({ ...o, location: undefined }, page);
  // A named id that does not exist is an error, not an empty list (the admin most likely mistyped it).
  if (filter?.civicAddressId !== undefined) requireAddress(deps.db, tenant.id, filter.civicAddressId);
  if (filter?.locationId !== undefined) requireLocation(deps.db, tenant.id, filter.locationId);
  if (!filter) return { records: [], columns: ADDRESS_COLUMNS };
  const { rows, total } = listAddresses(deps.db, tenant.id, filter);
  const records = rows.map((r) => addressRecord(r, r));
  return { records, columns: ADDRESS_COLUMNS, notices: page.notice(rows.length, total, 'addresses') };
}
