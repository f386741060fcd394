// get-user: reads the directory with get-user's filters, with each user's licences and number.
import type { Deps } from '../../../deps.js';
import { parseCountryCode } from '../../../domain/countries.js';
import { UsageError } from '../../../errors.js';
import { requireUser } from '../../../services/users.js';
import { licensesOfUsers } from '../../../store/licenses.js';
import { queryUsers, type UserQuery } from '../../../store/users.js';
import { readPage } from '../../shared/paging.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';
import { USER_COLUMNS, userRecord } from './display.js';

/** A pair of opposite switches as one filter: true, false or undefined (neither). */
function either(yes: boolean | undefined, no: boolean | undefined, names: [string, string]): boolean | undefined {
  if (yes && no) throw new UsageError('ConflictingParameters', `give -${names[0]} or -${names[1]}, not both.`);
  return yes ? true : no ? false : undefined;
}

/** Runs get-user. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const page = readPage(o.resultSize, o.skip);
  const q: UserQuery = { tenantId: tenant.id, limit: page.limit, offset: page.offset };
  const identity = o.identity;
  if (identity) q.userId = requireUser(deps.db, tenant, identity).id;
  const loc = o.usageLocation;
  if (loc) {
    const c = parseCountryCode(loc);
    if ('message' in c) throw new UsageError('InvalidValue', c.message);
    q.usageLocation = c.code;
  }
  const licensed = either(o.licensed, o.unlicensed, ['Licensed', 'Unlicensed']);
  if (licensed !== undefined) q.licensed = licensed;
  const hasNumber = either(o.hasNumber, o.noNumber, ['HasNumber', 'NoNumber']);
  if (hasNumber !== undefined) q.hasNumber = hasNumber;

  const { rows, total } = queryUsers(deps.db, q);
  const licenses = licensesOfUsers(
    deps.db,
    rows.map((r) => r.id),
  );
  const records = rows.map((u) => userRecord(u, licenses.get(u.id) ?? [], u.number));
  return { records, columns: USER_COLUMNS, notices: page.notice(rows.length, total, 'users'), single: identity !== undefined };
}
