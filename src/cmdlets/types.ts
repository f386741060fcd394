// The shape of a cmdlet's parameter table and of what a command returns.
import type { Deps } from '../deps.js';

/** How a parameter's value is read. */
export type ParamKind =
  | 'string' // one text value
  | 'int' // a whole number
  | 'switch' // present or not; -Switch:$false turns it off
  | 'list' // comma-separated values (-TelephoneNumbers 1,2)
  | 'enum'; // one of `values`, any case

/** One row of a cmdlet's parameter table: the single source for flags, PowerShell names, CSV headers and help. */
export interface ParamDef {
  /** PowerShell name, e.g. TelephoneNumber. Also the CSV header and the key of the parsed options (camelCased). */
  name: string;
  /** Kebab flag without dashes, e.g. telephone-number. */
  flag: string;
  kind: ParamKind;
  help: string;
  /** Other names accepted on the command line and as CSV headers (PowerShell aliases like CityCode, wi). */
  aliases?: readonly string[];
  /** A one-letter short flag (e.g. o for -o). */
  short?: string;
  /** Allowed values for enum parameters (canonical spelling). */
  values?: readonly string[];
  /** Bound from a bare positional argument at this index. */
  positional?: number;
  /** Placeholder shown in help, e.g. UPN. */
  valueName?: string;
  /** Accepted as a column of a bulk CSV/JSONL file. */
  csv?: boolean;
  /** `$null` / empty string is a meaningful value (e.g. removing a number). */
  nullable?: boolean;
  /** Shown in the README/--help but resolved specially (global options are handled by the CLI). */
  global?: boolean;
  /** Default value (after coercion) when not given. */
  default?: string | number | boolean;
  /** Must be given. */
  required?: boolean;
  /** The value names a file this run reads: no file this run writes may be it. */
  input?: boolean;
}

/** What kind of command: listings get -o/--properties, changes get -WhatIf/-Confirm. */
export type CommandKind = 'listing' | 'change' | 'other';

/** A command's definition: names, parameters, help, and a lazy loader for its run function. */
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

/** Parsed option values keyed by the camelCase of each parameter's flag. */
export type Options = Record<string, string | number | boolean | string[] | undefined>;

/** What a command's module exports. */
export interface CommandModule {
  run(options: Options, deps: Deps): Promise<CommandResult> | CommandResult;
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
