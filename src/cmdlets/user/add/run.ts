// add-user: one user through the same plan as import-users; a clash or bad value is an error, not a row.
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { problemError } from '../../shared/bulk-result.js';
import { createUsers } from '../../../services/users.js';
import type { User } from '../../../store/users.js';
import { userRecord } from '../get/display.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { userFieldsFromOptions } from '../shared/input.js';

/** Runs add-user. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const tenant = deps.tenant();
  const fields = userFieldsFromOptions(o);
  const whatIf = o.whatif === true;
  const run = await createUsers(deps.db, tenant, deps.clock, [{ row: 1, fields, problems: [] }], { whatIf, continueOnError: false });
  const [v] = run.page(0, 1);
  run.close();
  if (!v) throw new OperationError('InternalError', 'add-user planned nothing.');
  if (v.result === 'Failed') throw problemError([{ field: '', errorId: v.errorId, message: v.message }]);
  if (v.result === 'Unchanged') {
    throw new OperationError('UserAlreadyExists', `${v.upn} already exists (ObjectId ${v.objectId}).`, 'get-user shows it; set-user changes it.');
  }
  const u = v.user!;
  const user: User = { id: 0, ...u, enterpriseVoice: false, notifiedNumber: null, notifiedLocationId: null, notifiedAt: null };
  const record = { ...userRecord(user, [], null), Identity: v.objectId || null, Result: v.result };
  return {
    records: [record],
    columns: ['UserPrincipalName', 'DisplayName', 'UsageLocation', 'Identity', 'Result'],
    single: true,
    notices: whatIf ? [v.message] : [],
  };
}
