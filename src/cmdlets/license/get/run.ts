// get-license: every SKU's units (or one SKU's) and the number quotas the tenant's units give.
import type { Deps } from '../../../deps.js';
import { render } from '../../../output/render.js';
import { requireSku } from '../../../services/licensing.js';
import { getLimits } from '../../../store/catalog.js';
import { skuUnits } from '../../../store/licenses.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { LICENSE_COLUMNS, licenseRecord, quotasOf, quotasText } from './display.js';

/** Runs get-license. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const only = o.sku ? requireSku(deps.db, o.sku).sku : undefined;
  const units = skuUnits(deps.db, tenant.id);
  const records = units.filter((u) => !only || u.sku === only).map((u) => licenseRecord(u, tenant.name));
  const quotas = quotasOf(units, getLimits(deps.db));
  return {
    records,
    columns: LICENSE_COLUMNS,
    json: { Licenses: records, Quotas: quotas },
    text: render(records, { format: 'table', columns: LICENSE_COLUMNS, style: deps.outStyle }) + quotasText(quotas, deps.outStyle),
  };
}
