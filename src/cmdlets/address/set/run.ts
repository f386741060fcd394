// set-address: change fields of a NotValidated address; it stays NotValidated until test-address validates it.
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { editAddress } from '../../../services/addresses.js';
import { addressRecord, listText } from '../shared/display.js';
import { addressPatch, changeContext } from '../shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs set-address. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const patch = addressPatch(o);
  if (!Object.keys(patch).length) {
    throw new UsageError('NothingToChange', 'Set-CsOnlineLisCivicAddress needs at least one address field to change.', 'See callplan set-address --help.');
  }
  const whatIf = o.whatif === true;
  const { after, changed } = editAddress(changeContext(o, deps, tenant.id, 'Set-CsOnlineLisCivicAddress'), o.civicAddressId, patch);
  const notices: string[] = [];
  if (!changed) notices.push(`civic address ${after.civicAddressId} already has these values; nothing was changed.`);
  else if (whatIf) notices.push(`What if: civic address ${after.civicAddressId} would be changed as shown; nothing was changed.`);
  else
    notices.push(
      `civic address ${after.civicAddressId} stays NotValidated; validate it with callplan test-address --civic-address-id ${after.civicAddressId}.`,
    );
  const record = addressRecord(after);
  return { records: [record], single: true, notices, text: listText(record, deps.outStyle) };
}
