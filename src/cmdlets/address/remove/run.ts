// remove-address: remove an unused address with its locations.
import type { Deps } from '../../../deps.js';
import { removeAddress } from '../../../services/addresses.js';
import { changeContext } from '../shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs remove-address. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const whatIf = o.whatif === true;
  const { address, locations } = removeAddress(changeContext(o, deps, tenant.id, 'Remove-CsOnlineLisCivicAddress'), o.civicAddressId);
  return {
    records: [{ CivicAddressId: address.civicAddressId, Result: whatIf ? 'WhatIf' : 'Removed', LocationsRemoved: locations }],
    columns: ['CivicAddressId', 'Result', 'LocationsRemoved'],
    notices: whatIf ? [`What if: civic address ${address.civicAddressId} and its ${locations} location(s) would be removed; nothing was changed.`] : [],
  };
}
