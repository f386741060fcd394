// set-user: edits one user's directory fields.
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { editUser } from '../../../services/users.js';
import { licensesOfUsers } from '../../../store/licenses.js';
import { numbersOfUsers } from '../../../store/users.js';
import { userRecord } from '../get/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs set-user. */
export function run(o: Options, deps: Deps): CommandResult {
  const req = {
    identity: o.identity,
    displayName: o.displayName,
    usageLocation: o.usageLocation,
    email: o.email,
  };
  if (req.displayName === undefined && req.usageLocation === undefined && req.email === undefined) {
    throw new UsageError('MissingParameter', 'Set-MsolUser needs -UsageLocation, -DisplayName or -Email.', 'See callplan set-user --help.');
  }
  const r = editUser(deps.db, deps.tenant(), deps.clock, req, o.whatif === true);
  const u = r.user;
  const record = {
    ...userRecord(u, licensesOfUsers(deps.db, [u.id]).get(u.id) ?? [], numbersOfUsers(deps.db, [u.id]).get(u.id)?.number),
    Result: r.result,
    Changes: r.changes,
  };
  return { records: [record], columns: ['UserPrincipalName', 'DisplayName', 'UsageLocation', 'Email', 'Result', 'Changes'], single: true };
}
