// release-number: the cmdlet's four lists; exit 1 (and nothing released) when any number cannot go.
import type { Deps } from '../../../deps.js';
import { releaseNumbers } from '../../../services/release.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs release-number. */
export function run(o: Options, deps: Deps): CommandResult {
  const r = releaseNumbers(deps.db, deps.tenant(), deps.clock(), o.telephoneNumber, o.whatif === true);
  const record = {
    NumberIdsDeleted: r.NumberIdsDeleted,
    NumberIdsDeleteFailed: r.NumberIdsDeleteFailed,
    NumberIdsNotOwnedByTenant: r.NumberIdsNotOwnedByTenant,
    NumberIdsManagedByServiceDesk: r.NumberIdsManagedByServiceDesk,
    Result: r.reasons.length ? 'Failed' : r.whatIf ? 'WhatIf' : 'Deleted',
  };
  const notices = r.reasons.length
    ? ['NumbersNotReleased: nothing was released (all or nothing): ' + r.reasons.join('; ') + '.']
    : r.whatIf
      ? [`What if: would release ${r.NumberIdsDeleted.length} numbers.`]
      : [];
  return { records: [record], notices, exitCode: r.reasons.length ? 1 : 0, single: true };
}
