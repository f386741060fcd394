// init: create the store, a tenant, and load the provider catalog.
import { CHANGE_PARAMS } from '../common.js';
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const initCommand: CmdletDef = {
  name: 'init',
  summary: 'Create the store (mode 0600) and a tenant, and load the provider catalog.',
  kind: 'change',
  params: [
    { name: 'TenantName', flag: 'tenant-name', kind: 'string', valueName: 'NAME', help: 'Name of the tenant to create (default: Contoso on a new store).' },
    {
      name: 'Country',
      flag: 'country',
      kind: 'string',
      valueName: 'CC',
      help: "The tenant's country: the default usage location (ISO 3166-1 alpha-2; default US).",
    },
    {
      name: 'Catalog',
      flag: 'catalog',
      kind: 'string',
      input: true,
      valueName: 'FILE',
      help: 'Load this provider catalog instead of the default (fixtures/catalog.json).',
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan init --store ./contoso.db --tenant-name Contoso --country US',
    'callplan init --catalog ./my-catalog.json -o json',
    'callplan init --tenant-name Fabrikam --country GB -WhatIf',
  ],
  load: loadRun('init'),
};
