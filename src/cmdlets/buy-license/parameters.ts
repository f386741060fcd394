// buy-license: add units of a SKU to the tenant's subscription.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const buyLicenseCommand: CmdletDef = {
  name: 'buy-license',
  summary: "Buy units of a licence SKU (adds them to the tenant's subscription).",
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
      help: 'The SKU: MCOEV, MCOPSTN1, MCOPSTN2, MCOMEETADV, ENTERPRISEPREMIUM, MCOPSTNC (see get-license).',
    },
    { name: 'Quantity', flag: 'quantity', kind: 'int', required: true, valueName: 'N', help: 'How many units to add (a whole number from 1 to 1,000,000).' },
    ...CHANGE_PARAMS,
  ],
  examples: ['callplan buy-license --sku MCOEV --quantity 25', 'callplan buy-license MCOPSTN1 -Quantity 25 -WhatIf'],
  load: loadRun('buy-license'),
};
