// The shape of a parameter declaration, and the types that turn a command's list of declarations into its options.
// Every PowerShell parameter is declared once, as plain data, in the files beside this one; a command lists the ones
// it takes (src/cmdlets/<noun>/<verb>/command.ts) and its run() is typed from that list. Nothing here costs time at start-up:
// param(), use(), each(), about(), many() and prefixed() only return the object they are given (or a spread of it).

/** How a parameter's value is read. */
export type ParamKind =
  | 'string' // one text value
  | 'int' // a whole number
  | 'switch' // present or not; -Switch:$false turns it off
  | 'list' // comma-separated values (-TelephoneNumbers 1,2); with `values`, each one of them, any case
  | 'enum'; // one of `values`, any case

/** One parameter: the single source for its flag, PowerShell name, aliases, CSV header and help. */
export interface ParamDef {
  /** PowerShell name, e.g. TelephoneNumber. Also the CSV header. */
  readonly name: string;
  /** Kebab flag without dashes, e.g. telephone-number; its camelCase is the key of the parsed options. */
  readonly flag: string;
  readonly kind: ParamKind;
  readonly help: string;
  /** Other PowerShell names accepted on the command line and as CSV headers (aliases like CityCode, wi). */
  readonly aliases?: readonly string[];
  /** A one-letter short flag (e.g. o for -o). */
  readonly short?: string;
  /** Allowed values for enum (and list) parameters, in their canonical spelling. */
  readonly values?: readonly string[];
  /** Bound from a bare positional argument at this index. */
  readonly positional?: number;
  /** Placeholder shown in help, e.g. UPN. */
  readonly valueName?: string;
  /** Accepted as a column of a bulk CSV/JSONL file. */
  readonly csv?: boolean;
  /** `$null` / empty string is a meaningful value (e.g. removing a number): it arrives as ''. */
  readonly nullable?: boolean;
  /** A global option (handled by the CLI for every command). */
  readonly global?: boolean;
  /** Default value (after coercion) when not given. */
  readonly default?: string | number | boolean;
  /** Must be given. */
  readonly required?: boolean;
  /** The value names a file this run reads: no file this run writes may be it. */
  readonly input?: boolean;
}

/** What a command may change about a declaration it takes: how it is described and bound, never how it is spelt or read. */
export type UseOverrides = Partial<Pick<ParamDef, 'help' | 'valueName' | 'default' | 'required' | 'positional' | 'nullable' | 'csv' | 'input'>>;

/** Declares a parameter (in src/params/ only); the literal type is kept so options can be typed from it. */
export function param<const P extends ParamDef>(p: P): P {
  return p;
}

/** A declaration as one command takes it: its own help, default, position or CSV use. */
export function use<const P extends ParamDef, const O extends UseOverrides>(p: P, o: O): Omit<P, keyof O> & O {
  return { ...p, ...o };
}

/** A list of declarations taken with the same overrides (set-address takes every field as nullable). */
export function each<const Ps extends readonly ParamDef[], const O extends UseOverrides>(ps: Ps, o: O): { readonly [K in keyof Ps]: Omit<Ps[K], keyof O> & O } {
  return ps.map((p) => ({ ...p, ...o })) as unknown as { readonly [K in keyof Ps]: Omit<Ps[K], keyof O> & O };
}

/** A list of declarations whose help says what they are the fields of: about('Service address', …) → "Service address: city; …". */
export function about<const Ps extends readonly ParamDef[]>(
  what: string,
  ps: Ps,
): { readonly [K in keyof Ps]: Omit<Ps[K], 'help'> & { readonly help: string } } {
  return ps.map((p) => ({ ...p, help: `${what}: ${p.help.charAt(0).toLowerCase()}${p.help.slice(1)}` })) as unknown as {
    readonly [K in keyof Ps]: Omit<Ps[K], 'help'> & { readonly help: string };
  };
}

/** A declaration taken as a comma list by a command that accepts several (Remove-CsOnlineTelephoneNumber -TelephoneNumber 1,2). */
export function many<const P extends ParamDef>(p: P): Omit<P, 'kind'> & { readonly kind: 'list' } {
  return { ...p, kind: 'list' };
}

/** A declaration under a prefix, for a command that takes several things' fields at once (the wizard's -AddressCity). */
export function prefixed<const X extends string, const P extends ParamDef>(
  prefix: X,
  p: P,
): Omit<P, 'name' | 'flag' | 'aliases'> & { readonly name: `${X}${P['name']}`; readonly flag: `${Lowercase<X>}-${P['flag']}` } {
  const { aliases: _aliases, ...rest } = p;
  const name = `${prefix}${p.name}` as `${X}${P['name']}`;
  const flag = `${prefix.toLowerCase()}-${p.flag}` as `${Lowercase<X>}-${P['flag']}`;
  return { ...rest, name, flag } as Omit<P, 'name' | 'flag' | 'aliases'> & { readonly name: typeof name; readonly flag: typeof flag };
}

/** telephone-number → telephoneNumber, at the type level (the runtime twin is optionKey in src/argv/coerce.ts). */
export type CamelOf<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelOf<T>>}` : S;

/** The value a parameter's kind parses to. */
export type ValueOf<P extends ParamDef> = P extends { kind: 'switch' }
  ? boolean
  : P extends { kind: 'int' }
    ? number
    : P extends { kind: 'list'; values: readonly (infer V)[] }
      ? V[]
      : P extends { kind: 'list' }
        ? string[]
        : P extends { kind: 'enum'; values: readonly (infer V)[] }
          ? V
          : string;

/** The value, with '' when $null is meaningful. */
type Parsed<P extends ParamDef> = P extends { nullable: true } ? ValueOf<P> | '' : ValueOf<P>;

/** True when the option is always there by the time run() sees it: it has a default or must be given. */
type Always<P extends ParamDef> = P extends { default: string | number | boolean } ? true : P extends { required: true } ? true : false;

type Flat<T> = { [K in keyof T]: T[K] };

/**
 * The parsed options of a command that takes the parameters Ps, keyed by the camelCase of each flag. Every key is
 * present in the type (undefined when not given), so a helper that reads `civicAddressId` only accepts the options of
 * a command that declares it: renaming a parameter fails the typecheck wherever its option is read.
 */
export type OptionsOf<Ps extends readonly ParamDef[]> = Flat<{
  readonly [P in Ps[number] as CamelOf<P['flag']>]: Always<P> extends true ? Parsed<P> : Parsed<P> | undefined;
}>;

/** Parsed options of no particular command (the CLI's generic path, CSV rows before a command reads them). */
export type AnyOptions = Record<string, string | number | boolean | string[] | undefined>;

/** What a parser returns for a table: its typed options, or AnyOptions when the table is of no particular command. */
export type ParsedOptions<Ps extends readonly ParamDef[]> = readonly ParamDef[] extends Ps ? AnyOptions : OptionsOf<Ps>;
