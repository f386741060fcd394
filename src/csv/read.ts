// Streaming readers for bulk files: CSV (BOM, CRLF, quoted cells) and JSONL, with columns mapped through a parameter table.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import { coerceValue, optionKey } from '../argv/coerce.js';
import type { Options, ParamDef } from '../cmdlets/types.js';
import type { OptionsOf } from '../params/define.js';
import { CallplanError, UsageError, type Problem } from '../errors.js';
import { safeText } from '../text/sanitize.js';
import { mapHeader } from './headers.js';
import { inputGuard, MAX_LINE } from './input-guard.js';

/** The two bulk formats: CSV with a header line, or one JSON object per line. */
export type BulkFormat = 'csv' | 'jsonl';

/** One data row of a bulk file: its line number (the CSV header is line 1), its raw cells by option key, and a problem reading it. */
export interface SourceRow {
  row: number;
  values: Record<string, string>;
  problem?: Problem;
}

/** A bulk row after coercion: typed option values (as the command's flags would give) and every problem found so far. */
export interface BulkRow<O = Options> {
  row: number;
  /** The row's cells, parsed by the command's table (only the columns the file has). */
  options: O;
  problems: Problem[];
}

/** How to read a bulk file. */
export interface ReadOptions {
  format: BulkFormat;
  /** The command's parameter table; parameters marked csv are the accepted columns. */
  params: readonly ParamDef[];
  /** Parameter names that must have a CSV column (JSONL rows are checked row by row instead). */
  required?: readonly string[];
  /** Read when the source is '-'. */
  stdin: NodeJS.ReadableStream;
}

/** True when a bulk source may block while it is read (standard input, a pipe, a device): it is staged before the write lock. */
export function isStreamedSource(source: string): boolean {
  if (source === '-') return true;
  try {
    return !fs.statSync(source).isFile();
  } catch {
    return false; // a missing file is reported when it is opened
  }
}

/** Opens a path or '-' (standard input); a missing or unreadable file is a usage error, raised before anything is read. */
function openSource(source: string, stdin: NodeJS.ReadableStream): { stream: Readable; what: string } {
  if (source === '-') return { stream: stdin as Readable, what: 'standard input' };
  let fd: number;
  try {
    fd = fs.openSync(source, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError('FileNotFound', `cannot read ${safeText(source)} (${code}).`, 'Give the path of a CSV file, or - for standard input.');
  }
  if (fs.fstatSync(fd).isDirectory()) {
    fs.closeSync(fd);
    throw new UsageError('FileNotFound', `${safeText(source)} is a folder, not a file.`);
  }
  return { stream: fs.createReadStream('', { fd }), what: source };
}

/** The source's bytes through the encoding and line-length guard; an error of the source passes on to the reader. */
function guarded(source: string, stdin: NodeJS.ReadableStream): { stream: Readable; what: string } {
  const { stream, what } = openSource(source, stdin);
  const guard = inputGuard(what);
  stream.on('error', (err) => guard.destroy(err));
  guard.on('error', () => stream.unpipe(guard));
  return { stream: stream.pipe(guard), what };
}

const QUOTE_REASONS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (the file ends inside quotes)',
  CSV_INVALID_CLOSING_QUOTE: 'a quoted cell goes on after its closing quote; a quote inside a quoted cell is written twice ("")',
  INVALID_OPENING_QUOTE: 'a quote in the middle of an unquoted cell; quote the whole cell and write the quote twice ("")',
};

/** Turns csv-parse's error into a one-line usage error with the line number. */
function malformed(err: unknown, what: string, line: number): never {
  const e = err as { code?: string; message?: string; lines?: number };
  if (err instanceof CallplanError || !e.code || !(e.code.startsWith('CSV_') || e.code.startsWith('INVALID_'))) throw err;
  const reason = QUOTE_REASONS[e.code] ?? (e.message ?? e.code).replace(/ at line \d+.*$/s, '');
  const at = e.code === 'CSV_QUOTE_NOT_CLOSED' ? line : (e.lines ?? line);
  throw new UsageError('MalformedCsv', `${safeText(what)}, line ${at}: ${reason}.`, 'Fix the file; nothing was changed.');
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * A stream's records, then its error: a Readable's own iterator throws as soon as the error comes and drops the records
 * before it, so a file that ends inside quotes would name the wrong line.
 */
async function* inOrder<T>(stream: Readable): AsyncGenerator<T> {
  const queue: T[] = [];
  let failure: { err: unknown } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const poke = () => wake?.();
  stream.on('data', (r: T) => {
    if (queue.push(r) >= 1024) stream.pause();
    poke();
  });
  stream.on('error', (err) => {
    failure = { err };
    poke();
  });
  stream.on('end', () => {
    ended = true;
    poke();
  });
  try {
    for (;;) {
      const next = queue.shift();
      if (next !== undefined) {
        if (queue.length < 256 && stream.isPaused()) stream.resume();
        yield next;
        continue;
      }
      if (failure) throw failure.err;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    if (!ended) stream.destroy(); // the reader stopped early
  }
}

async function* csvRows(stream: Readable, what: string, opts: ReadOptions): AsyncGenerator<SourceRow> {
  const { parse } = await import('csv-parse');
  // Line numbers are counted here rather than with csv-parse's `info` (which costs ~40% of the parse): every record,
  // blank ones included, takes one line plus the line breaks inside its quoted cells.
  const parser = parse({ bom: true, relax_column_count: true, max_record_size: 16 * MAX_LINE });
  stream.on('error', (err) => parser.destroy(err));
  if (stream.errored) parser.destroy(stream.errored); // the guard may have refused the first bytes before this ran
  stream.pipe(parser);
  let keys: (string | undefined)[] | undefined;
  let lastLine = 0;
  try {
    for await (const record of inOrder<string[]>(parser)) {
      const row = lastLine + 1;
      lastLine += 1 + newlines(record);
      if (record.every((c) => c.trim() === '')) continue; // a blank line, or only separators
      if (!keys) {
        keys = mapHeader(record, opts.params, opts.required ?? [], what);
        continue;
      }
      const values: Record<string, string> = {};
      keys.forEach((k, i) => {
        if (k !== undefined) values[k] = record[i] ?? '';
      });
      const extra = record.slice(keys.length).some((c) => c.trim() !== '');
      if (record.length < keys.length || extra) {
        const problem = {
          field: 'Row',
          errorId: 'InvalidRow',
          message: `line ${row} has ${record.length} cells but the header has ${keys.length}; check the commas and quotes.`,
        };
        yield { row, values, problem };
      } else {
        yield { row, values };
      }
    }
  } catch (err) {
    malformed(err, what, lastLine + 1);
  }
  if (!keys)
    throw new UsageError(
      'EmptyFile',
      `${safeText(what)} is empty; it needs a header line and a row per request.`,
      `Columns: ${opts.params
        .filter((p) => p.csv)
        .map((p) => p.name)
        .join(',')}`,
    );
}

/** One JSON value as cell text (lists joined with commas), or undefined when it cannot be a cell. */
function cellText(v: unknown): string | undefined {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x))) return v.map(String).join(',');
  return undefined;
}

async function* jsonlRows(stream: Readable, what: string, opts: ReadOptions): AsyncGenerator<SourceRow> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const headerCache = new Map<string, (string | undefined)[]>();
  let row = 0;
  let any = false;
  for await (const raw of lines) {
    row++;
    const text = (row === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (text === '') continue;
    any = true;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (err) {
      yield { row, values: {}, problem: { field: 'Row', errorId: 'InvalidRow', message: `line ${row} is not JSON: ${(err as Error).message}.` } };
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      yield { row, values: {}, problem: { field: 'Row', errorId: 'InvalidRow', message: `line ${row} is not a JSON object ({"Identity": …}).` } };
      continue;
    }
    const names = Object.keys(obj);
    const sig = names.join('\u0000');
    let keys = headerCache.get(sig);
    if (!keys) headerCache.set(sig, (keys = mapHeader(names, opts.params, [], `${what}, line ${row},`)));
    const values: Record<string, string> = {};
    let problem: Problem | undefined;
    names.forEach((name, i) => {
      const k = keys[i];
      if (k === undefined) return;
      const cell = cellText((obj as Record<string, unknown>)[name]);
      if (cell === undefined)
        problem ??= {
          field: name,
          errorId: 'InvalidRow',
          message: `line ${row}: ${safeText(name)} must be a string, number, true/false, null or a list of those.`,
        };
      else values[k] = cell;
    });
    yield problem ? { row, values, problem } : { row, values };
  }
  if (!any) throw new UsageError('EmptyFile', `${safeText(what)} is empty; it needs one JSON object per line.`);
}

/** Reads a CSV or JSONL file (or '-' for stdin) row by row, mapping columns through the parameter table. */
export function readRows(source: string, opts: ReadOptions): AsyncGenerator<SourceRow> {
  const { stream, what } = guarded(source, opts.stdin);
  return opts.format === 'csv' ? csvRows(stream, what, opts) : jsonlRows(stream, what, opts);
}

// Control characters (tab excepted) and U+FFFD, which is what bytes that are not UTF-8 decode to.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Why a cell cannot be a value (control characters, or bytes that were not UTF-8), or undefined when it is fine. */
export function cellProblem(cell: string): string | undefined {
  if (cell.includes('\uFFFD')) return 'is not valid UTF-8 text (save the file as UTF-8)';
  const m = CONTROL.exec(cell);
  if (m) return `contains a control character (U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  return undefined;
}

const columnCache = new WeakMap<readonly ParamDef[], [ParamDef, string][]>();

/** Turns one row's cells into typed option values with the table's coercion (the same as for flags); bad cells become problems. */
export function coerceRow<const P extends readonly ParamDef[]>(params: P, source: SourceRow): BulkRow<Partial<OptionsOf<P>>> {
  let columns = columnCache.get(params);
  if (!columns) columnCache.set(params, (columns = params.filter((p) => p.csv).map((p) => [p, optionKey(p.flag)])));
  const options: Options = {};
  const problems: Problem[] = source.problem ? [source.problem] : [];
  for (const [p, key] of columns) {
    const raw = source.values[key];
    if (raw === undefined) continue;
    const bad = cellProblem(raw);
    if (bad) {
      problems.push({ field: p.name, errorId: 'InvalidValue', message: `line ${source.row}: ${p.name} ${bad}.` });
      continue;
    }
    try {
      options[key] = coerceValue(p, raw);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problems.push({ field: p.name, errorId: err.errorId, message: err.message });
    }
  }
  // The table drove every key and value above: the row holds P's options (those of its columns).
  return { row: source.row, options: options as Partial<OptionsOf<P>>, problems };
}
