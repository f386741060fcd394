// The program: argv normaliser -> command -> render. The only place that reads process.* and maps errors to exit codes.
import { count } from './text/count.js';
import fs from 'node:fs';
import path from 'node:path';
import { normalise } from './argv/normalise.js';
import { coerceValue, optionKey, parseCanonical } from './argv/coerce.js';
import { clockFromEnv } from './clock.js';
import { packagePath } from './paths.js';
import { GLOBAL_PARAMS } from './params/common.js';
import { REGISTRY } from './cmdlets/index.js';
import type { CmdletDef, CommandResult } from './cmdlets/types.js';
import type { Deps, Globals, Io, Progress } from './deps.js';
import { CallplanError, CancelledError, ExitCode, UsageError } from './errors.js';
import type { OutputFormat } from './output/render.js';
import { jsonText, safeText } from './text/sanitize.js';
import { PLAIN, loadStyle, type Style } from './output/style.js';
import type { DB } from './store/open.js';
import type { Tenant } from './store/tenants.js';
import { storeErrorFrom } from './store/store-errors.js';

/** The package version (read once from package.json). */
export function version(): string {
  const pkg = JSON.parse(fs.readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Colour only on a TTY, never with NO_COLOR (any value) or TERM=dumb; FORCE_COLOR forces it on. */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The default store: $CALLPLAN_STORE, else callplan.db in the per-user data folder. */
async function storeLocation(globals: Globals, env: Readonly<Record<string, string | undefined>>): Promise<{ file: string; isDefault: boolean }> {
  if (globals.store) return { file: globals.store, isDefault: false };
  if (env.CALLPLAN_STORE) return { file: env.CALLPLAN_STORE, isDefault: false };
  const { default: envPaths } = await import('env-paths');
  return { file: path.join(envPaths('callplan', { suffix: '' }).data, 'callplan.db'), isDefault: true };
}

/** Reads the global options out of the normaliser's raw values. */
function readGlobals(raw: Record<string, string | boolean>): Globals {
  const byFlag = (flag: string) => GLOBAL_PARAMS.find((p) => p.flag === flag)!;
  const g: Globals = { output: 'table' };
  for (const [key, what] of [
    ['store', 'a store path (or leave --store out for the default store)'],
    ['tenant', 'a tenant name or id (or leave --tenant out for the default tenant)'],
  ] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.trim() === '')
      throw new UsageError('InvalidValue', `--${key} needs ${what}; it was given an empty value.`, 'Check the variable the value came from.');
    g[key] = v;
  }
  if (raw.output !== undefined) g.output = coerceValue(byFlag('output'), raw.output) as OutputFormat;
  if (raw.properties !== undefined) g.properties = coerceValue(byFlag('properties'), raw.properties) as string[];
  return g;
}

/** A progress line on stderr (ora spinner) when stderr is a terminal; otherwise nothing. */
function progressFactory(io: Io): (label: string) => Progress {
  return (label) => {
    if (!io.stderr.isTTY) return { update: () => {}, stop: () => {} };
    let spinner: { text: string; stop(): void } | undefined;
    let pending = label;
    let stopped = false;
    void import('ora').then(({ default: ora }) => {
      // ora loads lazily: if the work already finished, never start the spinner at all.
      if (!stopped) spinner = ora({ text: pending, stream: io.stderr as NodeJS.WritableStream }).start();
    });
    return {
      update(done, total) {
        pending = `${label} ${count(done)}${total ? ` / ${count(total)}` : ''}`;
        if (spinner) spinner.text = pending;
      },
      stop() {
        stopped = true;
        spinner?.stop();
        spinner = undefined;
      },
    };
  };
}

/** Checks required parameters (after positional binding). */
function checkRequired(def: CmdletDef, options: Record<string, unknown>): void {
  for (const p of def.params) {
    const key = p.flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    if (p.required && (options[key] === undefined || options[key] === '')) {
      throw new UsageError('MissingParameter', `${def.cmdlet ?? def.name} needs -${p.name}.`, `See callplan ${def.name} --help.`);
    }
  }
}

/** Writes to a stream and, when its buffer is full (a slow pipe), waits until it drains or closes. */
function writeDrained(out: Io['stdout'], s: string): Promise<void> | undefined {
  const ee = out as Partial<Pick<NodeJS.EventEmitter, 'on' | 'off'>>;
  if (out.write(s) !== false || !ee.on || !ee.off) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      for (const e of ['drain', 'close', 'error']) ee.off!(e, done);
      resolve();
    };
    for (const e of ['drain', 'close', 'error']) ee.on!(e, done);
  });
}

/** Writes a command's result: notices to stderr, records to stdout in the chosen format (the renderer loads here). */
async function writeResult(result: CommandResult, globals: Globals, io: Io, outStyle: Style, errStyle: Style): Promise<void> {
  for (const n of result.notices ?? []) io.stderr.write(`${errStyle.warn('callplan:')} ${safeText(n)}\n`);
  const { pickColumns, render, renderPages } = await import('./runtime.js');
  const format = globals.output;
  if ((format === 'json' || format === 'jsonl') && result.json !== undefined) {
    io.stdout.write(format === 'json' ? jsonText(result.json, 2) + '\n' : jsonText(result.json) + '\n');
    return;
  }
  if (result.pages && (format === 'csv' || format === 'json' || format === 'jsonl')) {
    const columns = globals.properties?.length
      ? pickColumns(result.records, { properties: globals.properties, columns: result.columns })
      : [...(result.columns ?? [])];
    await renderPages(result.pages(), format, format === 'csv' ? columns : (result.columns ?? []), (s) => writeDrained(io.stdout, s));
    return;
  }
  if (format === 'table' && result.text !== undefined && !globals.properties) {
    io.stdout.write(result.text);
    return;
  }
  io.stdout.write(render(result.records, { format, properties: globals.properties, columns: result.columns, style: outStyle, single: result.single }));
}

/** Prints an error: one line (JSON object with -o json), and returns its exit code. */
function reportError(
  err: unknown,
  io: Io,
  style: Style,
  json: boolean,
  env: Readonly<Record<string, string | undefined>>,
  storePath: string | undefined,
): number {
  const e: CallplanError | undefined = err instanceof CallplanError ? err : storeErrorFrom(err, storePath ?? 'file');
  if (!e) {
    const message = err instanceof Error ? err.message : String(err);
    if (json) io.stderr.write(jsonText({ ErrorId: 'InternalError', Message: message, ExitCode: 1 }) + '\n');
    else io.stderr.write(`${style.bad('callplan: InternalError:')} ${safeText(message.split('\n')[0] ?? '')}\n`);
    if (env.CALLPLAN_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return ExitCode.Failed;
  }
  if (json) {
    io.stderr.write(jsonText({ ErrorId: e.errorId, Message: e.message, ...(e.hint ? { Hint: e.hint } : {}), ExitCode: e.exitCode }) + '\n');
  } else {
    // Messages may quote what the admin typed or stored: never let it drive the terminal.
    const hint = e.hint ? ` ${style.dim(`Hint: ${safeText(e.hint)}`)}` : '';
    io.stderr.write(`${style.bad(`callplan: ${e.errorId}:`)} ${safeText(e.message.replace(/\s*\n\s*/g, ' '))}${hint}\n`);
  }
  if (env.CALLPLAN_DEBUG) io.stderr.write(`${e.stack}\n`);
  return e.exitCode;
}

/** Runs callplan with the given argv/env/streams and returns the exit code (tests call this in-process). */
export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: Io): Promise<number> {
  // Every import below a command's needs is lazy, so --version and --help stay near bare node start-up.
  let errStyle: Style = PLAIN;
  let json = argv.some((a, i) => /^(-o|--output|-output)$/i.test(a) && /^jsonl?$/i.test(argv[i + 1] ?? ''));
  let db: DB | undefined;
  let storePath: string | undefined;
  try {
    errStyle = await loadStyle(wantsColor(io.stderr, env));
    const n = normalise(argv, REGISTRY, GLOBAL_PARAMS);
    const globals = readGlobals(n.globals);
    json = globals.output === 'json' || globals.output === 'jsonl';
    if (n.version) {
      io.stdout.write(`callplan ${version()}\n`);
      return ExitCode.Ok;
    }
    if (!n.command || n.help) {
      const { programHelp, commandHelp } = await import('./cmdlets/help.js');
      io.stdout.write(n.command ? commandHelp(n.command) : programHelp(REGISTRY, version()));
      return ExitCode.Ok;
    }
    const def = n.command;
    const options = parseCanonical(def.params, n.args.slice(1));
    checkRequired(def, options);

    const clock = clockFromEnv(env.CALLPLAN_NOW);
    const outStyle = await loadStyle(wantsColor(io.stdout, env));
    const where = await storeLocation(globals, env);
    const busy = Number(env.CALLPLAN_BUSY_TIMEOUT ?? 5000);
    const { openStore, settle, isSeeded, resolveTenant } = await import('./runtime.js');
    const opened = openStore(where.file, { createDirectory: where.isDefault, busyTimeoutMs: Number.isFinite(busy) ? busy : 5000 });
    db = opened.db;
    storePath = opened.path;
    if (opened.wasEmptyFile) io.stderr.write(`${errStyle.warn('callplan:')} ${safeText(opened.path)} was an empty file; it is now a new callplan store.\n`);
    if (def.name !== 'init' && !isSeeded(db)) {
      const { ensureSeeded } = await import('./services/setup.js');
      await ensureSeeded(db, clock);
    }
    settle(db, clock());
    const store = db;
    let tenantCache: Tenant | undefined;
    const deps: Deps = {
      db: store,
      storePath: opened.path,
      clock,
      env,
      io,
      globals,
      outStyle,
      tenant: () => (tenantCache ??= resolveTenant(store, globals.tenant)),
      guard: {
        store: opened.path,
        inputs: def.params
          .filter((p) => p.input)
          .map((p) => options[optionKey(p.flag)])
          .filter((v): v is string => typeof v === 'string' && v !== '-'),
      },
      progress: progressFactory(io),
      self: { pid: process.pid, probe: probePid },
      prompter: async () => (await import('./prompts/inquirer.js')).inquirerPrompter(io),
    };
    const mod = await def.load();
    if (options.confirm === true && options.whatif !== true) {
      // -Confirm, for every change command: the -WhatIf run first, then one question, then the real run.
      if (!io.stdin.isTTY || !io.stdout.isTTY) {
        throw new UsageError('ConfirmNeedsTerminal', '-Confirm asks a question, but this is not a terminal.', 'Drop -Confirm (use -WhatIf to preview).');
      }
      const preview = await mod.run({ ...options, whatif: true }, deps);
      await writeResult(preview, globals, io, outStyle, errStyle);
      if (preview.failure) throw preview.failure;
      const prompter = await deps.prompter();
      if (!(await prompter.confirm({ message: `${def.cmdlet ?? def.name}: apply these changes?`, default: false }))) {
        throw new CancelledError('Nothing was changed.');
      }
    }
    const result = await mod.run(options, deps);
    await writeResult(result, globals, io, outStyle, errStyle);
    if (result.failure) throw result.failure;
    return result.exitCode ?? ExitCode.Ok;
  } catch (err) {
    return reportError(err, io, errStyle, json, env, storePath);
  } finally {
    db?.close();
  }
}

/** The one line for standard output that cannot be written (a full disk, a closed device): never a stack trace. */
export function outputFailure(err: NodeJS.ErrnoException, json: boolean): string {
  const reason = err.code === 'ENOSPC' ? 'ENOSPC: the disk is full' : (err.code ?? 'write error');
  const message = `cannot write to standard output (${reason}); whatever the command changed is saved, and get-audit-log lists it.`;
  const hint = 'Send the output somewhere with room (another file or disk), or run the listing again.';
  if (json) return jsonText({ ErrorId: 'OutputWriteFailed', Message: message, Hint: hint, ExitCode: ExitCode.Failed }) + '\n';
  return `callplan: OutputWriteFailed: ${message} Hint: ${hint}\n`;
}

/** Entry point for bin/callplan.js: real argv, env and streams; sets the exit code. */
export async function cliMain(): Promise<void> {
  const json = process.argv.some((a, i) => /^(-o|--output|-output)$/i.test(a) && /^jsonl?$/i.test(process.argv[i + 1] ?? ''));
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (callplan … | head) is not an error of ours.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(outputFailure(err, json));
    process.exit(ExitCode.Failed);
  });
  // Nothing is left to tell when standard error itself cannot be written.
  process.stderr.on('error', () => process.exit(process.exitCode ?? ExitCode.Failed));
  process.exitCode = await main(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
}

/** Whether a process with this pid runs on this host (signal 0 delivers nothing; ESRCH means none has the pid). */
function probePid(pid: number): 'running' | 'gone' | 'unknown' {
  try {
    process.kill(pid, 0);
    return 'running';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'unknown';
  }
}
