// remove-location: remove an unused, non-default location.
import { iso } from '../../clock.js';
import type { Deps } from '../../deps.js';
import { removeLocation } from '../../services/locations.js';
import { givenParameters } from '../address-input.js';
import type { CommandResult, Options } from '../types.js';

/** Runs remove-location. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const whatIf = o.whatif === true;
  const l = removeLocation(
    { db: deps.db, tenantId: tenant.id, now: iso(deps.clock()), operation: 'Remove-CsOnlineLisLocation', parameters: givenParameters(o), whatIf },
    o.locationId as string,
  );
  return {
    records: [{ LocationId: l.locationId, CivicAddressId: l.address.civicAddressId, Location: l.location, Result: whatIf ? 'WhatIf' : 'Removed' }],
    columns: ['LocationId', 'CivicAddressId', 'Location', 'Result'],
    notices: whatIf ? [`What if: location ${l.locationId} would be removed; nothing was changed.`] : [],
  };
}
