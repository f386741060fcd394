// get-license: the tenant's licences and the number quotas they give.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getLicenseCommand: CmdletDef = {
  name: 'get-license',
  cmdlet: 'Get-MsolAccountSku',
  summary: 'Licences bought and assigned per SKU, and the number quotas they give (user, toll and toll-free numbers).',
  kind: 'listing',
  params: [{ name: 'Sku', flag: 'sku', aliases: ['SkuPartNumber', 'AccountSkuId'], kind: 'string', positional: 0, valueName: 'SKU', help: 'Only this SKU.' }],
  examples: ['callplan get-license', 'callplan get-license -o json'],
  load: loadRun('get-license'),
};
