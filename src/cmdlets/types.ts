// The shape of a cmdlet's parameter table and of what a command returns.
import type { Deps } from '../deps.js';
import type { AnyOptions, OptionsOf, ParamDef } from '../params/define.js';

export type { ParamDef, ParamKind } from '../params/define.js';

/** What kind of command: listings get -o/--properties, changes get -WhatIf/-Confirm. */
export type CommandKind = 'listing' | 'change' | 'other';

/** A command's definition: names, parameters, help, and a lazy loader for its run function (typed from its parameters). */
export interface CmdletDef {
  /** Kebab command name, e.g. set-voice-user. */
  name: string;
  /** The PowerShell cmdlet this command mirrors, e.g. Set-CsOnlineVoiceUser. */
  cmdlet?: string;
  /** Further names (any case). */
  aliases?: readonly string[];
  summary: string;
  kind: CommandKind;
  params: readonly ParamDef[];
  /** Example command lines for --help and the README. */
  examples: readonly string[];
  /** Loads the command's implementation only when it runs. */
  load: () => Promise<CommandModule>;
}

/**
 * A command's definition, typed from its parameter list: `load` names a property of the one runtime module
 * (src/runtime.ts), so a misspelt or missing run module, or a run() that reads an option its list does not declare,
 * fails the typecheck.
 */
export function defineCommand<const P extends readonly ParamDef[]>(
  def: Omit<CmdletDef, 'params' | 'load'> & { params: P; load: () => Promise<CommandModule<OptionsOf<P>>> },
): CmdletDef {
  // The one widening: every option value OptionsOf<P> can hold is a value of AnyOptions, which the CLI passes.
  return def as unknown as CmdletDef;
}

/** Parsed option values of no particular command, keyed by the camelCase of each parameter's flag. */
export type Options = AnyOptions;

/** What a command's module exports. */
export interface CommandModule<O = AnyOptions> {
  run(options: O, deps: Deps): Promise<CommandResult> | CommandResult;
}

/** A typed record with the cmdlet's property names. */
export type OutputRecord = Record<string, unknown>;

/** What a command returns; the CLI renders it. */
export interface CommandResult {
  records: OutputRecord[];
  /** Default display set for table/list output. */
  columns?: readonly string[];
  /** Lines for stderr (notices such as "more results matched"). */
  notices?: string[];
  /** A human-readable rendering for table output that replaces the table (e.g. status bars). */
  text?: string;
  /** Non-zero when part of the operation failed (any row failed). */
  exitCode?: number;
  /** Render a single record as an object rather than an array in JSON. */
  single?: boolean;
  /** A value to print for -o json/jsonl instead of the records (a structured summary). */
  json?: unknown;
  /**
   * Every row, page by page, for -o csv/json/jsonl when there are too many to hold (bulk results); `columns` names them.
   * Table output then uses `records`/`text`, which the command keeps short.
   */
  pages?: () => Iterable<OutputRecord[]>;
  /** The request failed, yet its result row is printed first (set-voice-user prints a Failed row per user). */
  failure?: Error;
}
