// Maps the columns of a bulk file to parameters: a column answers to a CSV parameter's name, flag or alias,
// ignoring case, '-', '_' and spaces (UserPrincipalName, user_principal_name, "User Principal Name").
import { optionKey } from '../argv/coerce.js';
import type { ParamDef } from '../cmdlets/types.js';
import { UsageError } from '../errors.js';
import { safeText } from '../text/sanitize.js';

/** The key a header and a parameter name share: lower case without '-', '_' or spaces. */
export function columnKey(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

/** The parameters a bulk file may carry as columns (those marked csv). */
export function csvParams(params: readonly ParamDef[]): ParamDef[] {
  return params.filter((p) => p.csv);
}

/** The names a column may have, for messages: "UserPrincipalName (UPN), DisplayName". */
export function acceptedColumns(params: readonly ParamDef[]): string {
  return csvParams(params)
    .map((p) => (p.aliases?.length ? `${p.name} (or ${p.aliases.join(', ')})` : p.name))
    .join(', ');
}

/**
 * Maps header cells to option keys (undefined for a blank header cell, whose column is ignored).
 * Throws UsageError UnknownColumn, DuplicateColumn or MissingColumn (required = parameter names that must have a column).
 */
export function mapHeader(header: readonly string[], params: readonly ParamDef[], required: readonly string[], what: string): (string | undefined)[] {
  const columns = csvParams(params);
  const byKey = new Map<string, ParamDef>();
  for (const p of columns) for (const n of [p.name, p.flag, ...(p.aliases ?? [])]) byKey.set(columnKey(n), p);
  const seen = new Map<string, string>();
  const keys = header.map((raw) => {
    const cell = raw.trim();
    if (cell === '') return undefined;
    const p = byKey.get(columnKey(cell));
    if (!p) {
      throw new UsageError(
        'UnknownColumn',
        `${what} has a column '${safeText(cell)}' that is not a parameter.`,
        `Columns: ${acceptedColumns(params)} (any case; - _ and spaces ignored).`,
      );
    }
    const earlier = seen.get(p.name);
    if (earlier !== undefined) {
      throw new UsageError('DuplicateColumn', `${what} has two columns for ${p.name}: '${safeText(earlier)}' and '${safeText(cell)}'.`, 'Keep one of them.');
    }
    seen.set(p.name, cell);
    return optionKey(p.flag);
  });
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length) {
    throw new UsageError('MissingColumn', `${what} has no ${missing.join(', ')} column.`, `Columns: ${acceptedColumns(params)}; the header is the first line.`);
  }
  return keys;
}
