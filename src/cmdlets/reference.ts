// The command reference (docs/reference/commands.md), generated from the parameter tables; a test keeps it in step.
import { GLOBAL_PARAMS } from '../params/common.js';
import type { CmdletDef, ParamDef } from './types.js';

function flagCell(p: ParamDef): string {
  const value = p.kind === 'switch' ? '' : ` ${p.valueName ?? 'VALUE'}`;
  return `\`${p.short ? `-${p.short}, ` : ''}--${p.flag}${value}\``;
}

function psCell(p: ParamDef): string {
  return [p.name, ...(p.aliases ?? [])].map((n) => `\`-${n}\``).join(', ');
}

function notes(p: ParamDef): string {
  const n: string[] = [];
  if (p.required) n.push('required');
  if (p.positional !== undefined) n.push(`positional ${p.positional + 1}`);
  if (p.values) n.push(p.values.join(' \\| '));
  if (p.default !== undefined && p.default !== false) n.push(`default ${String(p.default)}`);
  if (p.csv) n.push('CSV column');
  return n.join('; ');
}

function table(params: readonly ParamDef[]): string {
  const rows = params.map((p) => `| ${flagCell(p)} | ${psCell(p)} | ${p.help.replace(/\|/g, '\\|')} | ${notes(p)} |`);
  return ['| Flag | PowerShell | What it does | Notes |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Markdown for every command: names, summary, parameter table and examples. */
export function commandReference(registry: readonly CmdletDef[]): string {
  const parts: string[] = [];
  parts.push('Global options (every command):', '', table(GLOBAL_PARAMS.filter((p) => p.flag !== 'help')), '');
  for (const def of registry) {
    const names = [def.cmdlet, ...(def.aliases ?? [])].filter(Boolean).map((n) => `\`${n}\``);
    parts.push(`## \`${def.name}\`${names.length ? ` (${names.join(', ')})` : ''}`, '', def.summary, '');
    if (def.params.length) parts.push(table(def.params), '');
    if (def.examples.length) parts.push('```sh', ...def.examples, '```', '');
  }
  return parts.join('\n').trimEnd() + '\n';
}

/** The whole reference page: written by `npm run docs`, compared by test/unit/docs.test.ts. */
export function referencePage(registry: readonly CmdletDef[]): string {
  return [
    '# Command reference',
    '',
    'Every command with its PowerShell name, parameters (kebab flag, PowerShell name and aliases), and examples.',
    'Generated from the parameter tables (`src/params/`, `src/cmdlets/<noun>/<verb>/command.ts`) by `npm run docs`; do not edit by hand.',
    '',
    commandReference(registry),
  ].join('\n');
}
