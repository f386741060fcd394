// get-license: the tenant's licences and the number quotas they give.
import { type OptionsOf, use } from '../../../params/define.js';
import { Sku } from '../../../params/licenses.js';
import { defineCommand } from '../../types.js';

export const params = [use(Sku, { help: 'Only this SKU.', positional: 0 })] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getLicenseCommand = defineCommand({
  name: 'get-license',
  cmdlet: 'Get-MsolAccountSku',
  summary: 'Licences bought and assigned per SKU, and the number quotas they give (user, toll and toll-free numbers).',
  kind: 'listing',
  params,
  examples: ['callplan get-license', 'callplan get-license -o json'],
  load: async () => (await import('../../../runtime.js')).getLicense,
});
