// remove-location: remove an unused, non-default location.
import type { Deps } from '../../../deps.js';
import { removeLocation } from '../../../services/locations.js';
import { changeContext } from '../../address/shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs remove-location. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const whatIf = o.whatif === true;
  const l = removeLocation(changeContext(o, deps, tenant.id, 'Remove-CsOnlineLisLocation'), o.locationId);
  return {
    records: [{ LocationId: l.locationId, CivicAddressId: l.address.civicAddressId, Location: l.location, Result: whatIf ? 'WhatIf' : 'Removed' }],
    columns: ['LocationId', 'CivicAddressId', 'Location', 'Result'],
    notices: whatIf ? [`What if: location ${l.locationId} would be removed; nothing was changed.`] : [],
  };
}
