// The parameters every command shares: the global options, -WhatIf/-Confirm of changes, and -Force.
import { param } from './define.js';

export const WhatIf = param({ name: 'WhatIf', flag: 'whatif', aliases: ['wi'], kind: 'switch', help: 'Show what would change and change nothing.' });

export const Confirm = param({ name: 'Confirm', flag: 'confirm', aliases: ['cf'], kind: 'switch', help: 'Ask before changing (only on a terminal).' });

export const Force = param({ name: 'Force', flag: 'force', kind: 'switch', help: 'Accepted for PowerShell compatibility; has no effect.' });

export const Store = param({
  name: 'Store',
  flag: 'store',
  kind: 'string',
  valueName: 'PATH',
  global: true,
  help: 'The store file (default: $CALLPLAN_STORE, else the per-user data folder).',
});

export const Tenant = param({
  name: 'Tenant',
  flag: 'tenant',
  kind: 'string',
  valueName: 'NAME|ID',
  global: true,
  help: "The tenant to work on (name or TenantId; default: the store's first tenant).",
});

export const Output = param({
  name: 'Output',
  flag: 'output',
  short: 'o',
  kind: 'enum',
  values: ['table', 'list', 'json', 'jsonl', 'csv'],
  valueName: 'FORMAT',
  global: true,
  help: 'Output format: table (default), list, json, jsonl or csv.',
});

export const Properties = param({
  name: 'Properties',
  flag: 'properties',
  kind: 'list',
  valueName: 'A,B',
  global: true,
  help: 'The properties (columns) to show; JSON always carries all.',
});

export const Help = param({ name: 'Help', flag: 'help', short: 'h', kind: 'switch', global: true, help: 'Show help for the command.' });

export const Verbose = param({ name: 'Verbose', flag: 'verbose', kind: 'switch', global: true, help: 'Accepted for PowerShell compatibility; has no effect.' });

export const ErrorAction = param({
  name: 'ErrorAction',
  flag: 'error-action',
  aliases: ['ea'],
  kind: 'string',
  global: true,
  help: 'Accepted for PowerShell compatibility; has no effect (errors always stop and set the exit code).',
});

/** Accepted anywhere on the command line, for every command. */
export const GLOBAL_PARAMS = [Store, Tenant, Output, Properties, Help, Verbose, ErrorAction] as const;

/** -WhatIf and -Confirm of every change. */
export const CHANGE_PARAMS = [WhatIf, Confirm] as const;
