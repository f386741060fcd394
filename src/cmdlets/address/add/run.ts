// add-address: validate, then save as Validated (or, with --allow-unvalidated, a rejected one as NotValidated).
import type { Deps } from '../../../deps.js';
import { validateAddress } from '../../../domain/address/validate.js';
import { OperationError } from '../../../errors.js';
import { createAddress } from '../../../services/addresses.js';
import { gazetteerReader } from '../../../store/gazetteer.js';
import { addressRecord, changesText, listText, verdictProperties } from '../shared/display.js';
import { addressFromOptions, changeContext, requireCompanyAndCountry } from '../shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs add-address. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const input = addressFromOptions(o);
  requireCompanyAndCountry(input, 'New-CsOnlineLisCivicAddress');
  const verdict = validateAddress(input, gazetteerReader(deps.db));
  const rejected = verdict.result === 'Rejected';
  if (rejected && !o.allowUnvalidated) {
    throw new OperationError(
      'AddressRejected',
      `the address was rejected (${verdict.reason}): ${verdict.message}`,
      `${verdict.hint ? `${verdict.hint} ` : ''}To save it anyway as NotValidated, add --allow-unvalidated.`,
    );
  }
  const whatIf = o.whatif === true;
  const saved = createAddress(
    changeContext(o, deps, tenant.id, 'New-CsOnlineLisCivicAddress'),
    verdict.address,
    rejected ? 'NotValidated' : 'Validated',
    verdict,
  );
  const record = { ...addressRecord(saved), ...verdictProperties(verdict) };
  const notices: string[] = [];
  if (rejected) {
    notices.push(
      `AddressRejected (${verdict.reason}): ${verdict.message} ${whatIf ? 'It would be saved' : `Saved as ${saved.civicAddressId}`} as NotValidated; it cannot be assigned until callplan test-address --civic-address-id validates it.`,
    );
  }
  if (whatIf) notices.push('What if: New-CsOnlineLisCivicAddress would save this address and its default location; nothing was changed.');
  const columns = Object.keys(record).filter((k) => !['Changes', 'ErrorId'].includes(k));
  return { records: [record], single: true, notices, text: changesText(verdict.changes, deps.outStyle) + listText(record, deps.outStyle, columns) };
}
