// PowerShell spelling -> canonical kebab argv. Pure and table-driven: every rule comes from the parameter tables.
import { closest } from '../domain/text.js';
import { UsageError } from '../errors.js';
import type { CmdletDef, ParamDef } from '../cmdlets/types.js';
import { quoted } from '../text/sanitize.js';

/** The result of normalising a command line. */
export interface Normalised {
  /** The command, or undefined when none was named (program help). */
  command: CmdletDef | undefined;
  /** Global option values keyed by flag (store, tenant, output, properties…). */
  globals: Record<string, string | boolean>;
  /** Canonical argv for commander: the command name, then options as --flag=value / --flag. */
  args: string[];
  /** --help, -h, -? or -Help was given. */
  help: boolean;
  /** --version was given before any command. */
  version: boolean;
}

/** Lower-case, without dashes or underscores: the key that PowerShell names and kebab flags share. */
export function paramKey(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

const HELP_TOKENS = new Set(['-h', '--help', '-?', '-help', '/?']);

/** True when a token is a parameter name rather than a value: -Name, --name, -Name:value (not "-", not "-5"). */
export function isParamToken(token: string): boolean {
  return /^--?[A-Za-z?]/.test(token);
}

/** Finds a command by kebab name, cmdlet name or alias, in any case. */
export function findCommand(registry: readonly CmdletDef[], token: string): CmdletDef | undefined {
  const key = token.toLowerCase();
  return registry.find((c) => c.name === key || c.cmdlet?.toLowerCase() === key || (c.aliases ?? []).some((a) => a.toLowerCase() === key));
}

/** Every name a command can be called by. */
function commandNames(c: CmdletDef): string[] {
  return [c.name, ...(c.cmdlet ? [c.cmdlet] : []), ...(c.aliases ?? [])];
}

/** The names (as keys) a parameter answers to. */
function keysOf(p: ParamDef): string[] {
  return [p.name, p.flag, ...(p.aliases ?? [])].map(paramKey);
}

/** How a parameter is written in messages: PowerShell style, as the admin most likely typed it. */
function display(p: ParamDef): string {
  return `-${p.name}`;
}

/** Resolves a typed parameter name: exact name/flag/alias, then short flag, then a unique prefix. */
export function resolveParam(params: readonly ParamDef[], typed: string, commandLabel: string): ParamDef {
  const bare = typed.replace(/^--?/, '');
  // One-letter short flags first (-o), case-sensitive, then any case.
  if (bare.length === 1) {
    const short = params.find((p) => p.short === bare) ?? params.find((p) => p.short?.toLowerCase() === bare.toLowerCase());
    if (short) return short;
  }
  const key = paramKey(bare);
  const exact = params.find((p) => keysOf(p).includes(key));
  if (exact) return exact;
  const matches = params.filter((p) => keysOf(p).some((k) => k.startsWith(key)));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new UsageError(
      'AmbiguousParameter',
      `parameter '${typed}' of ${commandLabel} is ambiguous: it could be ${matches.map(display).join(', ')}.`,
      'Type more of the name.',
    );
  }
  const names = params.filter((p) => !p.global || p.flag !== 'help').map((p) => p.name);
  const near = closest(bare, names, 3);
  throw new UsageError(
    'UnknownParameter',
    `${commandLabel} has no parameter '${typed}'.` + (near.length ? ` Did you mean ${near.map((n) => `-${n}`).join(', ')}?` : ''),
    `Parameters: ${names.map((n) => `-${n}`).join(' ')}`,
  );
}

/** Converts $null/$true/$false and keeps other values as they are. */
function psValue(raw: string): string {
  const low = raw.toLowerCase();
  if (low === '$null') return '';
  if (low === '$true') return 'true';
  if (low === '$false') return 'false';
  return raw;
}

/** Reads a switch's explicit value (-Force:$false, --force=false). */
function switchValue(raw: string, p: ParamDef): boolean {
  const v = psValue(raw).toLowerCase();
  if (v === 'true' || v === '1' || v === '') return true;
  if (v === 'false' || v === '0') return false;
  throw new UsageError('InvalidSwitchValue', `-${p.name} takes $true or $false, not ${quoted(raw)}.`);
}

/** Splits "-Name:value" / "--name=value" into name and inline value. */
function splitInline(token: string): { name: string; inline: string | undefined } {
  const m = /^(--?[^:=]+)[:=]([\s\S]*)$/.exec(token);
  return m ? { name: m[1]!, inline: m[2]! } : { name: token, inline: undefined };
}

/**
 * Normalises argv. Before the command only global options are allowed; after it, the command's
 * parameters and the globals share one name space (so prefixes are checked across both).
 */
export function normalise(argv: readonly string[], registry: readonly CmdletDef[], globals: readonly ParamDef[]): Normalised {
  const out: Normalised = { command: undefined, globals: {}, args: [], help: false, version: false };
  const options: string[] = [];
  const positionals: string[] = [];
  const seen = new Set<string>();
  let params: readonly ParamDef[] = globals;
  let label = 'callplan';
  let endOfOptions = false;

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!endOfOptions && token === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && HELP_TOKENS.has(token.toLowerCase())) {
      out.help = true;
      continue;
    }
    if (!endOfOptions && !out.command && (token === '--version' || token === '-V' || token === '-v')) {
      out.version = true;
      continue;
    }
    if (endOfOptions || !isParamToken(token)) {
      if (!out.command) {
        const command = findCommand(registry, token);
        if (!command) {
          const near = closest(token, registry.flatMap(commandNames), 3);
          throw new UsageError(
            'UnknownCommand',
            `'${token}' is not a callplan command.` + (near.length ? ` Did you mean ${near.join(', ')}?` : ''),
            'Run callplan --help for the list of commands.',
          );
        }
        out.command = command;
        params = [...command.params, ...globals];
        label = command.cmdlet ?? command.name;
        continue;
      }
      positionals.push(token);
      continue;
    }

    // A parameter token.
    const { name, inline } = splitInline(token);
    let p: ParamDef;
    let negated = false;
    try {
      p = resolveParam(params, name, label);
    } catch (err) {
      // --no-force: the negated form of a switch.
      const m = /^--no-(.+)$/.exec(name);
      const target = m ? params.find((q) => q.kind === 'switch' && keysOf(q).includes(paramKey(m[1]!))) : undefined;
      if (!target) throw err;
      p = target;
      negated = true;
    }
    if (p.flag === 'help') {
      out.help = true;
      continue;
    }
    if (seen.has(p.flag)) {
      throw new UsageError('DuplicateParameter', `-${p.name} is given more than once.`);
    }
    seen.add(p.flag);

    if (p.kind === 'switch') {
      const on = negated ? false : inline === undefined ? true : switchValue(inline, p);
      if (p.global) out.globals[p.flag] = on;
      else if (on) options.push(`--${p.flag}`);
      continue;
    }

    let value: string;
    if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || (isParamToken(next) && !HELP_TOKENS.has(next.toLowerCase()) && next !== '--')) {
        // A Unix shell turns an unquoted $null into nothing, which lands here.
        const hint = p.nullable ? `To pass $null from a Unix shell, quote it: -${p.name} '$null'.` : undefined;
        throw new UsageError('MissingValue', `-${p.name} needs a value${p.valueName ? ` (${p.valueName})` : ''}.`, hint);
      }
      value = next;
      i++;
    }
    value = psValue(value);
    if (p.kind === 'list') {
      // PowerShell lists may be written "1, 2" (two shell words) or "1 ,2".
      while (i + 1 < argv.length && (value.endsWith(',') || argv[i + 1]!.startsWith(','))) {
        const next = argv[i + 1]!;
        if (isParamToken(next)) break;
        value += next;
        i++;
      }
    }
    if (p.global) out.globals[p.flag] = value;
    else options.push(`--${p.flag}=${value}`);
  }

  if (out.command) {
    // Bare arguments bind to the parameters that take them by position, as in PowerShell.
    positionals.forEach((value, index) => {
      const p = out.command!.params.find((q) => q.positional === index);
      if (!p) {
        throw new UsageError(
          'UnexpectedArgument',
          `${label} has no positional parameter that accepts ${quoted(value)}.`,
          'Name the parameter, e.g. -Identity.',
        );
      }
      if (seen.has(p.flag)) throw new UsageError('DuplicateParameter', `-${p.name} is given both by name and by position.`);
      seen.add(p.flag);
      options.push(`--${p.flag}=${psValue(value)}`);
    });
    out.args = [out.command.name, ...options];
  }
  return out;
}
