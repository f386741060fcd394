// set-location: rename a location and/or set its ELIN.
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { setLocation } from '../../../services/locations.js';
import { listText, locationRecord } from '../../address/shared/display.js';
import { changeContext, cleanText } from '../../address/shared/input.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs set-location. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const change: { location?: string; elin?: string } = {};
  if (o.location !== undefined) {
    change.location = cleanText('Location', o.location);
    if (!change.location) throw new UsageError('InvalidValue', '-Location cannot be empty.');
  }
  if (o.elin !== undefined) change.elin = cleanText('Elin', o.elin);
  if (change.location === undefined && change.elin === undefined) {
    throw new UsageError('NothingToChange', 'Set-CsOnlineLisLocation needs -Location or -Elin.', 'See callplan set-location --help.');
  }
  const whatIf = o.whatif === true;
  const { after, changed } = setLocation(changeContext(o, deps, tenant.id, 'Set-CsOnlineLisLocation'), o.locationId, change);
  const notices = !changed
    ? [`location ${after.locationId} already has these values; nothing was changed.`]
    : whatIf
      ? [`What if: location ${after.locationId} would be changed as shown; nothing was changed.`]
      : [];
  const record = locationRecord(after);
  return { records: [record], single: true, notices, text: listText(record, deps.outStyle) };
}
