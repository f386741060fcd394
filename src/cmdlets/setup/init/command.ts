// init: create the store, a tenant, and load the provider catalog.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import { Catalog, TenantName } from '../../../params/setup.js';
import { defineCommand } from '../../types.js';

export const params = [
  TenantName,
  use(CountryOrRegion, { help: "The tenant's country: the default usage location (ISO 3166-1 alpha-2; default US)." }),
  Catalog,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Create the store (mode 0600) and a tenant, and load the provider catalog.',
  kind: 'change',
  params,
  examples: [
    'callplan init --store ./contoso.db --tenant-name Contoso --country US',
    'callplan init --catalog ./my-catalog.json -o json',
    'callplan init --tenant-name Fabrikam --country GB -WhatIf',
  ],
  load: async () => (await import('../../../runtime.js')).init,
});
