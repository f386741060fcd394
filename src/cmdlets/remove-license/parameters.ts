// remove-license: take units of a SKU off the tenant's subscription (never below the units assigned to users).
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const removeLicenseCommand: CmdletDef = {
  name: 'remove-license',
  summary: "Remove units of a licence SKU from the tenant's subscription; units assigned to users cannot be removed.",
  kind: 'change',
  params: [
    {
      name: 'Sku',
      flag: 'sku',
      aliases: ['SkuPartNumber', 'AccountSkuId'],
      kind: 'string',
      positional: 0,
      required: true,
      valueName: 'SKU',
      help: 'The SKU (see get-license).',
    },
    {
      name: 'Quantity',
      flag: 'quantity',
      kind: 'int',
      required: true,
      valueName: 'N',
      help: 'How many units to remove (at most the units not assigned to users).',
    },
    ...CHANGE_PARAMS,
  ],
  examples: ['callplan remove-license --sku MCOPSTN1 --quantity 5'],
  load: loadRun('remove-license'),
};
