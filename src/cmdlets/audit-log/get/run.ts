// get-audit-log: reads the audit table with the filters of its parameter table.
import type { Deps } from '../../../deps.js';
import { parseInstant } from '../../../domain/instant.js';
import { UsageError } from '../../../errors.js';
import { quoted } from '../../../text/sanitize.js';
import { parseNumberInput } from '../../../domain/phone.js';
import { queryAudit } from '../../../store/audit.js';
import { findUser } from '../../../store/users.js';
import { readPage } from '../../shared/paging.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Reads an ISO-8601 time filter. */
function timeFilter(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  // A time without a zone (and a bare date) is UTC, whatever the machine's TZ says: the same rows everywhere.
  const t = parseInstant(v, { dateOnly: true });
  if (t === undefined)
    throw new UsageError('InvalidValue', `-${name} must be an ISO-8601 time such as 2026-11-26T09:00:00Z (no zone means UTC), not ${quoted(v)}.`);
  return new Date(t).toISOString();
}

/** Runs get-audit-log. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const contains: string[] = [];
  const identity = o.identity;
  if (identity) {
    const u = findUser(deps.db, tenant.id, identity);
    contains.push(u ? u.upn : identity);
  }
  const tel = o.telephoneNumber;
  if (tel) {
    const p = parseNumberInput(tel);
    if (!p.ok) throw new UsageError('InvalidNumber', p.message);
    contains.push(p.digits);
  }
  const page = readPage(o.resultSize, o.skip);
  const { rows, total } = queryAudit(deps.db, {
    tenantId: tenant.id,
    contains,
    operation: o.operation,
    since: timeFilter('Since', o.since),
    until: timeFilter('Until', o.until),
    limit: page.limit,
    offset: page.offset,
  });
  const records = rows.map((r) => ({
    Id: r.id,
    Time: r.at,
    Operation: r.operation,
    Target: r.target,
    Parameters: JSON.parse(r.parameters) as unknown,
    Before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    After: r.after === null ? null : (JSON.parse(r.after) as unknown),
    Result: r.result,
  }));
  return { records, columns: ['Time', 'Operation', 'Target', 'Result', 'After'], notices: page.notice(rows.length, total, 'entries') };
}
