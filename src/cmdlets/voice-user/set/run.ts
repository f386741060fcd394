// set-voice-user: one request from flags or many from a file, through the same batch service.
import { notifyNotices } from '../../notification/notify-users/display.js';
import { notifyUsers } from '../../../services/notify.js';
import { coerceRow, readRows, type BulkFormat } from '../../../csv/read.js';
import type { Deps } from '../../../deps.js';
import { OperationError, UsageError } from '../../../errors.js';
import { notifyDestination, type Destination } from '../../../notify/destination.js';
import { runVoiceBatch, type VoiceRunOptions } from '../../../services/voice.js';
import type { BatchResult, RawRequest } from '../../../store/voice-batch.js';
import { bulkSource, pagedBulkResult, recordsOf, reportOf, withReport } from '../../shared/bulk-result.js';
import { digitPrefixOption } from '../../number/shared/input.js';
import type { CommandResult } from '../../types.js';
import { params, type Options } from './command.js';
import { RESULT_COLUMNS, SINGLE_COLUMNS, toRecord } from './display.js';

/** The bulk file's rows as requests (cells coerced by the same table as the flags). */
async function* fileRequests(source: string, format: BulkFormat, deps: Deps): AsyncGenerator<RawRequest> {
  for await (const src of readRows(source, { format, params, required: ['Identity'], stdin: deps.io.stdin })) {
    const r = coerceRow(params, src);
    // A bad identity cell is still shown (escaped) in the result, so the admin can find the row.
    const identity = (r.options.identity ?? src.values.identity ?? '').trim();
    const first = r.problems[0] ?? (identity === '' ? { errorId: 'MissingParameter', message: `row ${r.row} has no Identity.` } : undefined);
    yield {
      row: r.row,
      identity,
      number: 'telephoneNumber' in r.options ? String(r.options.telephoneNumber ?? '') : undefined,
      location: r.options.locationId,
      force: r.options.force === true,
      errorId: first?.errorId,
      message: first?.message,
    };
  }
}

/** --notify: tells the users whose rows were Assigned, through the notify service; notices + failed flag. */
async function notifyAssigned(deps: Deps, destination: Destination, userIds: number[]): Promise<{ notices: string[]; failed: boolean }> {
  if (!userIds.length) return { notices: [], failed: false };
  const s = await notifyUsers(deps.db, deps.tenant(), deps.clock, {
    selection: { kind: 'users', userIds },
    destination,
    force: false,
    whatIf: false,
    guard: deps.guard,
    self: deps.self,
  });
  return { notices: notifyNotices(s), failed: s.failed > 0 };
}

/** Runs set-voice-user. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const bulk = bulkSource(o);
  const tenant = deps.tenant();
  if (!bulk && (o.identity === undefined || o.identity === '')) {
    throw new UsageError('MissingParameter', 'Set-CsOnlineVoiceUser needs -Identity (or --csv FILE for many users).');
  }
  if (bulk && o.identity !== undefined) throw new UsageError('ConflictingParameters', 'give -Identity or a file (--csv/--jsonl), not both.');
  if (o.nextFree && !bulk) throw new UsageError('ConflictingParameters', '--next-free is for bulk files; for one user give -TelephoneNumber.');
  // --notify needs an SMTP server: refuse before anything changes when none is configured.
  const notify = o.notifyUser === true && o.whatif !== true ? notifyDestination(deps.env) : undefined;
  const report = reportOf(o, deps);

  const progress = deps.progress(bulk ? 'Reading rows' : 'Checking');
  try {
    const single: RawRequest = {
      row: 1,
      identity: String(o.identity ?? '').trim(),
      number: o.telephoneNumber === undefined ? undefined : String(o.telephoneNumber),
      location: o.locationId,
      force: o.force === true,
    };
    const source = () => (bulk ? fileRequests(bulk.source, bulk.format, deps) : [single]);
    const options: VoiceRunOptions = {
      whatIf: o.whatif === true,
      continueOnError: o.continueOnError === true,
      stage: bulk?.stage,
      nextFree: o.nextFree ? { cityCode: o.capitalOrMajorCity?.toUpperCase(), prefix: digitPrefixOption(o.telephoneNumberStartsWith) } : undefined,
      progress,
    };
    const summary = await withReport(
      report,
      RESULT_COLUMNS,
      (r: BatchResult) => toRecord(r),
      (beforeCommit) => runVoiceBatch(deps.db, tenant, deps.clock(), source(), { ...options, beforeCommit }),
    );
    progress.stop();
    const told = notify && summary.applied ? await notifyAssigned(deps, notify, summary.assignedUserIds()) : undefined;

    if (!bulk) {
      const [row] = summary.page(0, 1);
      const record = toRecord(row!, false);
      // SPEC: one result row per user, a Failed one too; the error line follows it on stderr.
      const failure = row!.status === 'Failed' ? new OperationError(row!.errorId ?? 'Failed', row!.message ?? 'failed.') : undefined;
      return { records: [record], columns: SINGLE_COLUMNS, notices: told?.notices ?? [], exitCode: told?.failed ? 1 : 0, ...(failure ? { failure } : {}) };
    }
    const result = pagedBulkResult(
      recordsOf(summary, (r) => toRecord(r)),
      RESULT_COLUMNS,
      deps.outStyle,
      told?.notices,
    );
    if (told?.failed) result.exitCode = 1;
    return result;
  } finally {
    progress.stop();
  }
}
