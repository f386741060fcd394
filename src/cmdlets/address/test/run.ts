// test-address: the verdict for an address given in the options, or validate-and-save a stored NotValidated address.
import type { Deps } from '../../../deps.js';
import type { AddressVerdict } from '../../../domain/address/fields.js';
import { validateAddress } from '../../../domain/address/validate.js';
import { UsageError } from '../../../errors.js';
import { validateAndSave } from '../../../services/addresses.js';
import { gazetteerReader } from '../../../store/gazetteer.js';
import { addressFieldsRecord, listText, verdictProperties, verdictText } from '../shared/display.js';
import { addressFromOptions, changeContext, hasAddressFields, requireCompanyAndCountry } from '../shared/input.js';
import type { CommandResult, OutputRecord } from '../../types.js';
import type { Options } from './command.js';

/** The columns shown for a person (Changes and the rejection details are in the verdict text above). */
const shown = (record: OutputRecord) => Object.keys(record).filter((k) => !['Changes', 'ErrorId', 'Reason', 'Message', 'Hint'].includes(k));

/** The result of one validation for output; exit 1 when rejected. */
function result(verdict: AddressVerdict, record: OutputRecord, deps: Deps, notices: string[]): CommandResult {
  return {
    records: [record],
    single: true,
    notices,
    text: verdictText(verdict, deps.outStyle) + listText(record, deps.outStyle, shown(record)),
    ...(verdict.result === 'Rejected' ? { exitCode: 1 } : {}),
  };
}

/** Runs test-address. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const gaz = gazetteerReader(deps.db);
  const id = o.civicAddressId;
  if (id !== undefined) {
    if (hasAddressFields(o)) {
      throw new UsageError(
        'AmbiguousParameterSet',
        'give either -CivicAddressId (validate a saved address) or the address fields (validate without saving), not both.',
      );
    }
    const whatIf = o.whatif === true;
    const out = validateAndSave(changeContext(o, deps, tenant.id, 'Test-CsOnlineLisCivicAddress'), id, (fields) => validateAddress(fields, gaz));
    const { verdict, before, after } = out;
    const notices: string[] = [];
    if (verdict.result !== 'Rejected') {
      if (before.validationStatus === 'Validated') notices.push(`civic address ${before.civicAddressId} was already Validated; nothing was changed.`);
      else if (whatIf) notices.push(`What if: civic address ${before.civicAddressId} would be saved as Validated; nothing was changed.`);
    } else {
      notices.push(`AddressRejected (${verdict.reason}): civic address ${before.civicAddressId} stays NotValidated.`);
    }
    const record: OutputRecord = {
      CivicAddressId: before.civicAddressId,
      ...verdictProperties(verdict),
      ...addressFieldsRecord(verdict.result === 'Rejected' ? before : after),
      ValidationStatus: out.saved ? 'Validated' : before.validationStatus,
    };
    return result(verdict, record, deps, notices);
  }
  const input = addressFromOptions(o);
  requireCompanyAndCountry(input, 'Test-CsOnlineLisCivicAddress');
  const verdict = validateAddress(input, gaz);
  const record: OutputRecord = { ...verdictProperties(verdict), ...addressFieldsRecord(verdict.address) };
  return result(
    verdict,
    record,
    deps,
    verdict.result === 'Rejected' ? [`AddressRejected (${verdict.reason}): the address was rejected; nothing was saved.`] : [],
  );
}
