// buy-license: add units of a SKU to the tenant's subscription.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { Sku } from '../../../params/licenses.js';
import { Quantity } from '../../../params/numbers.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Sku, { required: true, positional: 0 }),
  use(Quantity, { help: 'How many units to add (a whole number from 1 to 1,000,000).', required: true }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const buyLicenseCommand = defineCommand({
  name: 'buy-license',
  summary: "Buy units of a licence SKU (adds them to the tenant's subscription).",
  kind: 'change',
  params,
  examples: ['callplan buy-license --sku MCOEV --quantity 25', 'callplan buy-license MCOPSTN1 -Quantity 25 -WhatIf'],
  load: async () => (await import('../../../runtime.js')).buyLicense,
});
