// import-users: streams the file, checks every row (shape, duplicates, the store), then creates users in one transaction.
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { createUsers } from '../../../services/users.js';
import type { UserResult } from '../../../store/user-batch.js';
import { bulkSource, pagedBulkResult, recordsOf, reportOf, withReport, withRowProgress } from '../../shared/bulk-result.js';
import type { CommandResult, OutputRecord } from '../../types.js';
import type { Options } from './command.js';
import { userRequests } from '../shared/input.js';

/** Columns of import-users' per-row result (and of its --report file). */
export const IMPORT_COLUMNS = ['Row', 'UserPrincipalName', 'ObjectId', 'Result', 'ErrorId', 'Message'];

/** A finished row as a result record. */
function toRecord(r: UserResult): OutputRecord {
  return { Row: r.row, UserPrincipalName: r.upn, ObjectId: r.objectId, Result: r.result, ErrorId: r.errorId, Message: r.message };
}

/** Runs import-users. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const src = bulkSource(o);
  if (!src)
    throw new UsageError(
      'MissingParameter',
      'import-users needs -Csv FILE (or -Jsonl FILE); - reads standard input.',
      'Columns: UserPrincipalName, DisplayName, UsageLocation, Email, ObjectId, SipAddress.',
    );
  const tenant = deps.tenant();
  const report = reportOf(o, deps);
  const requests = userRequests(src.source, { format: src.format, stdin: deps.io.stdin });
  const summary = await withReport(report, IMPORT_COLUMNS, toRecord, (beforeCommit) =>
    withRowProgress(deps, (onRow) =>
      createUsers(
        deps.db,
        tenant,
        deps.clock,
        requests,
        { whatIf: o.whatif === true, continueOnError: o.continueOnError === true, stage: src.stage, beforeCommit },
        undefined,
        onRow,
      ),
    ),
  );
  return pagedBulkResult(recordsOf(summary, toRecord), IMPORT_COLUMNS, deps.outStyle);
}
