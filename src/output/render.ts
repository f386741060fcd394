// render(records, format, properties): table | list | json | jsonl | csv.
import { createRequire } from 'node:module';
import type * as CsvSync from 'csv-stringify/sync';
import { UsageError } from '../errors.js';
import type { OutputRecord } from '../cmdlets/types.js';
import { jsonSafe, neutraliseFormula, safeText } from '../text/sanitize.js';
import type { Style } from './style.js';

export const OUTPUT_FORMATS = ['table', 'list', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What to render and how. */
export interface RenderOptions {
  format: OutputFormat;
  /** --properties: the columns to show (any case); JSON ignores it and carries every property. */
  properties?: readonly string[] | undefined;
  /** The command's default display set. */
  columns?: readonly string[] | undefined;
  style: Style;
  /** Render JSON as one object instead of an array. */
  single?: boolean | undefined;
}

type Stringify = typeof CsvSync.stringify;
let csvStringify: Stringify | undefined;

/** csv-stringify, loaded (synchronously, through its CommonJS build) only when CSV is written. */
function stringify(...args: Parameters<Stringify>): string {
  csvStringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as { stringify: Stringify }).stringify;
  return csvStringify(...args);
}

/** Turns one value into display text (PowerShell-like: True/False, lists joined, nested objects compact). */
export function displayValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return v.map(displayValue).join(', ');
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== null && x !== undefined && x !== '')
      .map(([k, x]) => `${k}=${displayValue(x)}`)
      .join('; ');
  }
  return String(v);
}

/** Picks the columns: --properties (validated against the records), else the default set, else every key. */
export function pickColumns(records: readonly OutputRecord[], opts: Pick<RenderOptions, 'properties' | 'columns'>): string[] {
  const all = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const known = opts.columns ? [...new Set([...opts.columns, ...all])] : all;
  if (opts.properties && opts.properties.length) {
    return opts.properties.map((want) => {
      const hit = known.find((k) => k.toLowerCase() === want.toLowerCase());
      if (!hit) {
        throw new UsageError('UnknownProperty', `there is no property '${want}'.`, `Properties: ${known.join(', ')}`);
      }
      return hit;
    });
  }
  return opts.columns ? [...opts.columns] : all;
}

/** Characters a cell takes on screen (code points; good enough for the Latin and CJK-free data we store). */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function renderTable(records: readonly OutputRecord[], columns: string[], style: Style): string {
  const cells = records.map((r) => columns.map((c) => safeText(displayValue(r[c]))));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  const header = style.bold(line(columns));
  const rule = style.dim(line(widths.map((w) => '-'.repeat(w))));
  return [header, rule, ...cells.map(line)].join('\n') + '\n';
}

function renderList(records: readonly OutputRecord[], columns: string[], style: Style): string {
  const w = Math.max(...columns.map(width));
  return records.map((r) => columns.map((c) => `${style.bold(pad(c, w))} : ${safeText(displayValue(r[c]))}`.trimEnd()).join('\n')).join('\n\n') + '\n';
}

function renderCsv(records: readonly OutputRecord[], columns: string[]): string {
  const rows = records.map((r) => columns.map((c) => neutraliseFormula(safeText(displayValue(r[c])))));
  return stringify([columns, ...rows], { record_delimiter: 'unix' });
}

/** Renders records in the chosen format. Text formats escape control characters; JSON escapes them by itself. */
export function render(records: readonly OutputRecord[], opts: RenderOptions): string {
  switch (opts.format) {
    case 'json':
      return jsonSafe(JSON.stringify(opts.single ? (records[0] ?? null) : records, null, 2)) + '\n';
    case 'jsonl':
      return records.map((r) => jsonSafe(JSON.stringify(r)) + '\n').join('');
    case 'csv':
      return renderCsv(records, pickColumns(records, opts));
    case 'list':
      return records.length ? renderList(records, pickColumns(records, opts), opts.style) : '';
    case 'table':
      return records.length ? renderTable(records, pickColumns(records, opts), opts.style) : '';
  }
}

/**
 * Streams pages of records as csv, json or jsonl through `write` (bulk results too large to build as one string); a
 * write that returns a promise (a full pipe) is waited for, so memory stays flat however slow the reader is.
 */
export async function renderPages(
  pages: Iterable<readonly OutputRecord[]>,
  format: 'csv' | 'json' | 'jsonl',
  columns: readonly string[],
  write: (s: string) => Promise<void> | undefined,
): Promise<void> {
  let first = true;
  if (format === 'csv') await write(stringify([[...columns]], { record_delimiter: 'unix' }));
  if (format === 'json') await write('[');
  for (const page of pages) {
    if (!page.length) continue;
    if (format === 'csv') {
      await write(
        stringify(
          page.map((r) => columns.map((c) => neutraliseFormula(safeText(displayValue(r[c]))))),
          { record_delimiter: 'unix' },
        ),
      );
    } else if (format === 'jsonl') {
      await write(page.map((r) => jsonSafe(JSON.stringify(r)) + '\n').join(''));
    } else {
      await write(page.map((r) => (first ? ((first = false), '\n  ') : ',\n  ') + jsonSafe(JSON.stringify(r))).join(''));
    }
  }
  if (format === 'json') await write(first ? ']\n' : '\n]\n');
}
