// --help for the program and for each command, built with commander from the parameter tables.
import { Command, Option } from 'commander';
import { GLOBAL_PARAMS, CHANGE_PARAMS } from '../params/common.js';
import type { CmdletDef, ParamDef } from './types.js';

/** commander's flag syntax for a parameter: "-o, --output <FORMAT>". */
export function flagSyntax(p: ParamDef): string {
  const value = p.kind === 'switch' ? '' : ` <${p.valueName ?? 'VALUE'}>`;
  return `${p.short ? `-${p.short}, ` : ''}--${p.flag}${value}`;
}

/** The PowerShell spelling and aliases shown next to each flag. */
function psNames(p: ParamDef): string {
  const names = [`-${p.name}`, ...(p.aliases ?? []).map((a) => `-${a}`)];
  return names.join(', ');
}

function describe(p: ParamDef): string {
  const extra: string[] = [`PowerShell: ${psNames(p)}`];
  if (p.positional !== undefined) extra.push(`positional ${p.positional + 1}`);
  if (p.values) extra.push(`one of ${p.values.join('|')}`);
  if (p.default !== undefined && p.default !== false) extra.push(`default ${String(p.default)}`);
  if (p.csv) extra.push('CSV column');
  return `${p.help} (${extra.join('; ')})`;
}

/** Help for the whole program: every command with its cmdlet alias. */
export function programHelp(registry: readonly CmdletDef[], version: string): string {
  const program = new Command('callplan')
    .description(
      `Set up Microsoft Teams Calling Plans from the command line (v${version}).\nCommands take kebab flags or PowerShell syntax: callplan Set-CsOnlineVoiceUser -Identity u@contoso.com -TelephoneNumber +14255550100`,
    )
    .usage('<command> [options]')
    .helpOption('-h, --help', 'Show help (also: callplan <command> --help)')
    .version(version, '-V, --version', 'Show the version');
  for (const p of GLOBAL_PARAMS.filter((q) => q.flag !== 'help')) program.addOption(new Option(flagSyntax(p), describe(p)));
  for (const def of registry) {
    const c = program.command(def.name).description(def.summary);
    if (def.cmdlet) c.alias(def.cmdlet);
  }
  program.addHelpText('after', '\nExit codes: 0 ok, 1 operation failed, 2 usage error, 3 store unusable, 130 cancelled.');
  return program.helpInformation();
}

/** Help for one command: its parameters from the table, the global options, and examples. */
export function commandHelp(def: CmdletDef): string {
  const c = new Command(def.name).description(
    def.summary + (def.cmdlet ? `\nPowerShell: ${def.cmdlet}${(def.aliases ?? []).length ? `, ${def.aliases!.join(', ')}` : ''}` : ''),
  );
  c.helpOption(false);
  const positional = def.params.filter((p) => p.positional !== undefined);
  c.usage(`${positional.map((p) => `[${p.valueName ?? p.flag}]`).join(' ')}${positional.length ? ' ' : ''}[options]`);
  for (const p of def.params) c.addOption(new Option(flagSyntax(p), describe(p)));
  const globals = GLOBAL_PARAMS.filter((p) => !['verbose', 'error-action'].includes(p.flag));
  for (const p of globals) c.addOption(new Option(flagSyntax(p), p.help));
  const examples = def.examples.length ? `\nExamples:\n${def.examples.map((e) => `  ${e}`).join('\n')}\n` : '';
  return c.helpInformation() + examples;
}

/** Re-exported for the README generator: the change parameters every change command carries. */
export { CHANGE_PARAMS };
