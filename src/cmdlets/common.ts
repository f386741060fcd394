// Parameters shared by many commands: the global options, and the common parameters of listings and changes.
import type { ParamDef } from './types.js';

/** Accepted anywhere on the command line, for every command. */
export const GLOBAL_PARAMS: readonly ParamDef[] = [
  {
    name: 'Store',
    flag: 'store',
    kind: 'string',
    valueName: 'PATH',
    global: true,
    help: 'The store file (default: $CALLPLAN_STORE, else the per-user data folder).',
  },
  {
    name: 'Tenant',
    flag: 'tenant',
    kind: 'string',
    valueName: 'NAME|ID',
    global: true,
    help: "The tenant to work on (name or TenantId; default: the store's first tenant).",
  },
  {
    name: 'Output',
    flag: 'output',
    short: 'o',
    kind: 'enum',
    values: ['table', 'list', 'json', 'jsonl', 'csv'],
    valueName: 'FORMAT',
    global: true,
    help: 'Output format: table (default), list, json, jsonl or csv.',
  },
  { name: 'Properties', flag: 'properties', kind: 'list', valueName: 'A,B', global: true, help: 'The properties (columns) to show; JSON always carries all.' },
  { name: 'Help', flag: 'help', short: 'h', kind: 'switch', global: true, help: 'Show help for the command.' },
  // PowerShell common parameters that pasted scripts carry; accepted and ignored.
  { name: 'Verbose', flag: 'verbose', kind: 'switch', global: true, help: 'Accepted for PowerShell compatibility; has no effect.' },
  {
    name: 'ErrorAction',
    flag: 'error-action',
    aliases: ['ea'],
    kind: 'string',
    global: true,
    help: 'Accepted for PowerShell compatibility; has no effect (errors always stop and set the exit code).',
  },
];

/** -WhatIf and -Confirm of every change. */
export const CHANGE_PARAMS: readonly ParamDef[] = [
  { name: 'WhatIf', flag: 'whatif', aliases: ['wi', 'what-if'], kind: 'switch', help: 'Show what would change and change nothing.' },
  { name: 'Confirm', flag: 'confirm', aliases: ['cf'], kind: 'switch', help: 'Ask before changing (only on a terminal).' },
];

/** -First N|Unlimited (default `first`) and -Skip N of a listing that pages; `what` names its rows ("users"). */
export function pagingParams(first: number, what: string, opts: { firstAliases?: string[]; skipHelp?: string } = {}): ParamDef[] {
  return [
    {
      name: 'First',
      flag: 'first',
      ...(opts.firstAliases ? { aliases: opts.firstAliases } : {}),
      kind: 'string',
      valueName: 'N|Unlimited',
      default: String(first),
      help: `At most N ${what} (default ${first}); Unlimited for all.`,
    },
    { name: 'Skip', flag: 'skip', kind: 'int', valueName: 'N', default: 0, help: opts.skipHelp ?? `Skip the first N ${what}.` },
  ];
}

/**
 * -Identity: one user by UserPrincipalName, sip: address or ObjectId (the one resolver, store/users.ts), with the same
 * aliases everywhere; a command spreads it and adds positional, csv, required or its own help.
 */
export const USER_IDENTITY: ParamDef = {
  name: 'Identity',
  flag: 'identity',
  aliases: ['UserPrincipalName', 'UPN', 'ObjectId'],
  kind: 'string',
  valueName: 'USER',
  help: 'The user: UserPrincipalName, sip: address or ObjectId.',
};
