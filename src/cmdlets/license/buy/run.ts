// buy-license: adds units of a SKU.
import type { Deps } from '../../../deps.js';
import { changeUnits } from '../../../services/licensing.js';
import { licenseRecord } from '../get/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** The result of buy-license and remove-license: the SKU after the change, with the units before. */
export function unitsResult(o: Options, deps: Deps, direction: 'buy' | 'remove'): CommandResult {
  const tenant = deps.tenant();
  const r = changeUnits(deps.db, tenant, deps.clock, o.sku, o.quantity, direction, o.whatif === true);
  const record = { ...licenseRecord(r.sku, tenant.name), PreviousActiveUnits: r.before, Result: r.result };
  return {
    records: [record],
    columns: ['SkuPartNumber', 'PreviousActiveUnits', 'ActiveUnits', 'ConsumedUnits', 'AvailableUnits', 'Result'],
    single: true,
    notices: r.notices,
  };
}

/** Runs buy-license. */
export function run(o: Options, deps: Deps): CommandResult {
  return unitsResult(o, deps, 'buy');
}
