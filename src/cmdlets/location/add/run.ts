// add-location: add a named location to an address (or, in the old parameter set, to a new address validated first).
import type { Deps } from '../../../deps.js';
import { validateAddress } from '../../../domain/address/validate.js';
import { OperationError, UsageError } from '../../../errors.js';
import { addLocation, addLocationWithNewAddress } from '../../../services/locations.js';
import { gazetteerReader } from '../../../store/gazetteer.js';
import { changesText, listText, locationRecord } from '../../address/shared/display.js';
import { addressFromOptions, changeContext, cleanText, hasAddressFields, requireCompanyAndCountry } from '../../address/shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs add-location. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const name = cleanText('Location', o.location);
  if (!name) throw new UsageError('MissingParameter', 'New-CsOnlineLisLocation needs -Location (a name such as "Office 101, 1st Floor").');
  const elin = o.elin === undefined ? '' : cleanText('Elin', o.elin);
  const whatIf = o.whatif === true;
  const ctx = changeContext(o, deps, tenant.id, 'New-CsOnlineLisLocation');
  const id = o.civicAddressId;
  // -Elin belongs to the location here, not to the address.
  const addressOptions: Options = { ...o, elin: undefined };
  const withAddress = hasAddressFields(addressOptions);
  if (id !== undefined && withAddress) {
    throw new UsageError('AmbiguousParameterSet', 'give either -CivicAddressId (an existing address) or the fields of a new address, not both.');
  }
  let text = '';
  let l;
  if (id !== undefined) {
    l = addLocation(ctx, id, name, elin);
  } else {
    if (!withAddress) throw new UsageError('MissingParameter', 'New-CsOnlineLisLocation needs -CivicAddressId.', 'See callplan add-location --help.');
    const input = addressFromOptions(addressOptions);
    requireCompanyAndCountry(input, 'New-CsOnlineLisLocation');
    const verdict = validateAddress(input, gazetteerReader(deps.db));
    if (verdict.result === 'Rejected') {
      throw new OperationError('AddressRejected', `the address was rejected (${verdict.reason}): ${verdict.message}`, verdict.hint);
    }
    l = addLocationWithNewAddress(ctx, verdict, name, elin);
    text = changesText(verdict.changes, deps.outStyle);
  }
  const notices = whatIf
    ? [`What if: location '${name}' would be added${id ? ` to civic address ${l.address.civicAddressId}` : ' to a new civic address'}; nothing was changed.`]
    : [];
  if (l.address.validationStatus !== 'Validated') {
    notices.push(
      `civic address ${l.address.civicAddressId} is NotValidated: its locations cannot be assigned until callplan test-address --civic-address-id validates it.`,
    );
  }
  const record = locationRecord(l);
  return { records: [record], single: true, notices, text: text + listText(record, deps.outStyle) };
}
