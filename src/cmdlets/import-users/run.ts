// import-users: reads the whole file, checks every row (shape, duplicates, the store), then creates users in one transaction.
import { openReport } from '../../csv/report.js';
import type { Deps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { bulkResult, bulkSource } from '../bulk-result.js';
import { createUsers } from '../../services/users.js';
import type { CommandResult, Options } from '../types.js';
import { readUserRequests } from '../user-input.js';

/** Columns of import-users' per-row result (and of its --report file). */
export const IMPORT_COLUMNS = ['Row', 'UserPrincipalName', 'ObjectId', 'Result', 'ErrorId', 'Message'];

/** Runs import-users. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const src = bulkSource(o);
  if (!src) throw new UsageError('MissingParameter', 'import-users needs -Csv FILE (or -Jsonl FILE); - reads standard input.', 'Columns: UserPrincipalName, DisplayName, UsageLocation, Email, ObjectId, SipAddress.');
  const tenant = deps.tenant();
  const progress = deps.progress('Reading');
  const requests = await readUserRequests(src.source, { format: src.format, stdin: deps.io.stdin, onRow: (n) => progress.update(n) }).finally(() => progress.stop());
  const report = o.report ? openReport(o.report as string) : undefined;
  const verdicts = createUsers(deps.db, tenant, deps.clock, requests, { whatIf: o.whatif === true, continueOnError: o.continueOnError === true });
  const records = verdicts.map((v) => ({ Row: v.row, UserPrincipalName: v.upn, ObjectId: v.objectId, Result: v.result, ErrorId: v.errorId, Message: v.message }));
  await report?.write(records, IMPORT_COLUMNS);
  return bulkResult(records, IMPORT_COLUMNS, verdicts, deps.outStyle);
}
