// Deps: everything a command may touch (store, clock, terminal, environment), built once by src/cli.ts. Types only,
// so the start-up path loads no store code.
import type { Clock } from './clock.js';
import type { DB } from './store/open.js';
import type { Tenant } from './store/tenants.js';
import type { Style } from './output/style.js';
import type { OutputFormat } from './output/render.js';
import type { Prompter } from './prompts/prompter.js';
import type { WriteGuard } from './files/output-file.js';

/** A writable text stream and whether it is a terminal. */
export interface OutStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** The process's streams, or test doubles. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Reports progress of a long job (a no-op when stderr is not a terminal). */
export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

/** This process as other runs sharing the store see it (notify-users claims users under its pid). */
export interface Self {
  pid: number;
  /** 'gone' when no process on this host has the pid; 'running' or 'unknown' (no permission) otherwise. */
  probe(pid: number): 'running' | 'gone' | 'unknown';
}

/** Global options after normalisation. */
export interface Globals {
  store?: string;
  tenant?: string;
  output: OutputFormat;
  properties?: string[];
}

/** What every command receives. Nothing below src/cli.ts reads process.* directly. */
export interface Deps {
  db: DB;
  storePath: string;
  clock: Clock;
  env: Readonly<Record<string, string | undefined>>;
  io: Io;
  globals: Globals;
  /** Style for stdout. */
  outStyle: Style;
  /** The tenant chosen by --tenant, else the store's default tenant. */
  tenant(): Tenant;
  /** A progress indicator on stderr when it is a terminal. */
  progress(label: string): Progress;
  /** What no file this run writes may be: the store, and the files the run reads. */
  guard: WriteGuard;
  /** This process (its pid, and a probe for other pids on this host). */
  self: Self;
  /** The interactive prompter (wizard only). */
  prompter(): Promise<Prompter>;
}
