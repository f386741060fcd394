// Turns raw text values (from argv or a CSV cell) into typed option values, driven by the parameter table.
import { UsageError } from '../errors.js';
import type { Options, ParamDef } from '../cmdlets/types.js';
import type { ParsedOptions } from '../params/define.js';
import { quoted } from '../text/sanitize.js';

/** Largest whole number a parameter takes (SQLite and PowerShell's [int] both stop here). */
export const INT_MAX = 2 ** 31 - 1;

/** Converts one raw value for a parameter; throws UsageError with a message that names the parameter. */
export function coerceValue(p: ParamDef, raw: string | boolean): string | number | boolean | string[] | undefined {
  if (p.kind === 'switch') {
    if (typeof raw === 'boolean') return raw;
    const v = raw.trim().toLowerCase();
    if (['', 'true', '$true', '1', 'yes'].includes(v)) return true;
    if (['false', '$false', '0', 'no'].includes(v)) return false;
    throw new UsageError('InvalidSwitchValue', `-${p.name} takes $true or $false, not ${quoted(raw)}.`);
  }
  const text = String(raw);
  if (text === '' || text.toLowerCase() === '$null') return p.nullable ? '' : undefined;
  switch (p.kind) {
    case 'string':
      return text;
    case 'int': {
      const t = text.trim().replace(/_/g, '');
      if (!/^-?\d+$/.test(t)) throw new UsageError('InvalidValue', `-${p.name} must be a whole number, not ${quoted(text)}.`);
      const n = Number(t);
      if (Math.abs(n) > INT_MAX)
        throw new UsageError('InvalidValue', `-${p.name} must be a whole number up to ${INT_MAX}, not ${quoted(text)}.`, `Give -${p.name} a smaller number.`);
      return n;
    }
    case 'list':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'enum': {
      const hit = (p.values ?? []).find((v) => v.toLowerCase() === text.trim().toLowerCase());
      if (!hit) throw new UsageError('InvalidValue', `-${p.name} must be one of ${(p.values ?? []).join(', ')}, not ${quoted(text)}.`);
      return hit;
    }
  }
}

/** camelCase key of a kebab flag: telephone-number -> telephoneNumber. */
export function optionKey(flag: string): string {
  return flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Parses canonical args (--flag=value / --flag) against a table into typed options, applying defaults. */
export function parseCanonical<const P extends readonly ParamDef[]>(params: P, args: readonly string[]): ParsedOptions<P> {
  const out: Options = {};
  for (const a of args) {
    const m = /^--([^=]+)(?:=([\s\S]*))?$/.exec(a);
    const p = m && params.find((q) => q.flag === m[1]);
    if (!m || !p) throw new UsageError('UnknownParameter', `unexpected argument '${a}'.`);
    out[optionKey(p.flag)] = coerceValue(p, m[2] === undefined ? true : m[2]);
  }
  for (const p of params) {
    const k = optionKey(p.flag);
    if (out[k] === undefined && p.default !== undefined) out[k] = p.default;
  }
  // The table drove every key and value: these are P's options (keys not given read as undefined).
  return out as ParsedOptions<P>;
}
