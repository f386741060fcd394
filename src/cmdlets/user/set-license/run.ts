// set-user-license: one user from flags, or a file of users streamed in; both go through the same check-then-apply service.
import { coerceRow, readRows, type BulkFormat } from '../../../csv/read.js';
import type { Deps } from '../../../deps.js';
import { UsageError } from '../../../errors.js';
import { changeUserLicenses, type LicenseRequestRow, type LicenseResult } from '../../../services/user-licenses.js';
import { bulkSource, pagedBulkResult, recordsOf, problemError, reportOf, withReport, withRowProgress } from '../../shared/bulk-result.js';
import type { CommandResult, OutputRecord } from '../../types.js';
import { params, type Options } from './command.js';

/** Columns of the per-row result (and of the --report file). */
export const LICENSE_RESULT_COLUMNS = ['Row', 'Identity', 'Added', 'Removed', 'Result', 'ErrorId', 'Message'];

function record(r: LicenseResult): OutputRecord {
  return {
    Row: r.row,
    Identity: r.identity,
    Added: r.added,
    Removed: r.removed,
    Licenses: r.licenses,
    Result: r.result,
    ErrorId: r.errorId,
    Message: r.message,
  };
}

/** Streams a CSV or JSONL file of licence requests (Identity required), one per row. */
async function* licenseRequests(source: string, opts: { format: BulkFormat; stdin: NodeJS.ReadableStream }): AsyncGenerator<LicenseRequestRow> {
  for await (const src of readRows(source, { ...opts, params, required: ['Identity'] })) {
    const r = coerceRow(params, src);
    yield {
      row: r.row,
      identity: r.options.identity ?? '',
      add: r.options.addLicenses ?? [],
      remove: r.options.removeLicenses ?? [],
      problems: r.problems,
    };
  }
}

async function bulk(o: Options, deps: Deps, src: NonNullable<ReturnType<typeof bulkSource>>): Promise<CommandResult> {
  const tenant = deps.tenant();
  const report = reportOf(o, deps);
  const requests = licenseRequests(src.source, { format: src.format, stdin: deps.io.stdin });
  const summary = await withReport(report, LICENSE_RESULT_COLUMNS, record, (beforeCommit) =>
    withRowProgress(deps, (onRow) =>
      changeUserLicenses(
        deps.db,
        tenant,
        deps.clock,
        requests,
        { whatIf: o.whatif === true, continueOnError: o.continueOnError === true, stage: src.stage, beforeCommit },
        onRow,
      ),
    ),
  );
  const more = [...summary.shortfall].map(
    ([sku, n]) => `${sku}: the failed rows need ${n} more unit${n === 1 ? '' : 's'} — callplan buy-license --sku ${sku} --quantity ${n}`,
  );
  return pagedBulkResult(recordsOf(summary, record), LICENSE_RESULT_COLUMNS, deps.outStyle, more);
}

/** Runs set-user-license. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const src = bulkSource(o);
  const identity = o.identity;
  if (src && (identity || o.addLicenses || o.removeLicenses)) {
    throw new UsageError('ConflictingParameters', 'give either -Csv/-Jsonl (a file of users) or -Identity with -AddLicenses/-RemoveLicenses, not both.');
  }
  if (src) return bulk(o, deps, src);
  if (!identity) throw new UsageError('MissingParameter', 'Set-MsolUserLicense needs -Identity (or -Csv FILE).', 'See callplan set-user-license --help.');
  const add = o.addLicenses ?? [];
  const remove = o.removeLicenses ?? [];
  if (!add.length && !remove.length)
    throw new UsageError('MissingParameter', 'Set-MsolUserLicense needs -AddLicenses or -RemoveLicenses.', 'e.g. --add-licenses MCOEV,MCOPSTN1');
  const run = await changeUserLicenses(deps.db, deps.tenant(), deps.clock, [{ row: 1, identity, add, remove, problems: [] }], {
    whatIf: o.whatif === true,
    continueOnError: false,
  });
  const r = run.page(0, 1)[0]!;
  run.close();
  if (r.result === 'Failed') throw problemError([{ field: '', errorId: r.errorId, message: r.message }]);
  const { Row: _row, ...rest } = record(r);
  return { records: [rest], columns: ['Identity', 'Added', 'Removed', 'Licenses', 'Result'], single: true };
}
