// set-user-license: one user from flags, or a file of users; both go through the same check-then-apply service.
import { openReport } from '../../csv/report.js';
import { readBulk } from '../../csv/read.js';
import type { Deps } from '../../deps.js';
import { UsageError } from '../../errors.js';
import { bulkResult, bulkSource, problemError } from '../bulk-result.js';
import { changeUserLicenses, type LicenseRequestRow, type LicenseVerdict } from '../../services/licensing.js';
import type { CommandResult, Options, OutputRecord } from '../types.js';
import { setUserLicenseCommand } from './parameters.js';

/** Columns of the per-row result (and of the --report file). */
export const LICENSE_RESULT_COLUMNS = ['Row', 'Identity', 'Added', 'Removed', 'Result', 'ErrorId', 'Message'];

function record(v: LicenseVerdict): OutputRecord {
  const c = v.result === 'Failed' ? undefined : v.change;
  return { Row: v.row, Identity: v.identity, Added: c?.added ?? [], Removed: c?.removed ?? [], Licenses: v.licenses, Result: v.result, ErrorId: v.errorId, Message: v.message };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

async function bulk(o: Options, deps: Deps, src: NonNullable<ReturnType<typeof bulkSource>>): Promise<CommandResult> {
  const tenant = deps.tenant();
  const progress = deps.progress('Reading');
  const rows = await readBulk(src.source, { format: src.format, params: setUserLicenseCommand.params, required: ['Identity'], stdin: deps.io.stdin, onRow: (n) => progress.update(n) }).finally(() =>
    progress.stop(),
  );
  const report = o.report ? openReport(o.report as string) : undefined;
  const requests: LicenseRequestRow[] = rows.map((r) => ({
    row: r.row,
    identity: (r.options.identity as string | undefined) ?? '',
    add: list(r.options.addLicenses),
    remove: list(r.options.removeLicenses),
    problems: r.problems,
  }));
  const { verdicts, shortfall } = changeUserLicenses(deps.db, tenant, deps.clock, requests, { whatIf: o.whatif === true, continueOnError: o.continueOnError === true });
  const records = verdicts.map(record);
  await report?.write(records, LICENSE_RESULT_COLUMNS);
  const more = [...shortfall].map(([sku, n]) => `${sku}: the failed rows need ${n} more unit${n === 1 ? '' : 's'} — callplan buy-license --sku ${sku} --quantity ${n}`);
  return bulkResult(records, LICENSE_RESULT_COLUMNS, verdicts, deps.outStyle, more);
}

/** Runs set-user-license. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  const src = bulkSource(o);
  const identity = o.identity as string | undefined;
  if (src && (identity || o.addLicenses || o.removeLicenses)) {
    throw new UsageError('ConflictingParameters', 'give either -Csv/-Jsonl (a file of users) or -Identity with -AddLicenses/-RemoveLicenses, not both.');
  }
  if (src) return bulk(o, deps, src);
  if (!identity) throw new UsageError('MissingParameter', 'Set-MsolUserLicense needs -Identity (or -Csv FILE).', 'See callplan set-user-license --help.');
  const add = list(o.addLicenses);
  const remove = list(o.removeLicenses);
  if (!add.length && !remove.length) throw new UsageError('MissingParameter', 'Set-MsolUserLicense needs -AddLicenses or -RemoveLicenses.', 'e.g. --add-licenses MCOEV,MCOPSTN1');
  const { verdicts } = changeUserLicenses(deps.db, deps.tenant(), deps.clock, [{ row: 1, identity, add, remove, problems: [] }], { whatIf: o.whatif === true, continueOnError: false });
  const v = verdicts[0]!;
  if (v.result === 'Failed') throw problemError(v.problems);
  const { Row: _row, ...rest } = record(v);
  return { records: [rest], columns: ['Identity', 'Added', 'Removed', 'Licenses', 'Result'], single: true };
}
