// remove-license: take units of a SKU off the tenant's subscription (never below the units assigned to users).
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { Sku } from '../../../params/licenses.js';
import { Quantity } from '../../../params/numbers.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Sku, { help: 'The SKU (see get-license).', required: true, positional: 0 }),
  use(Quantity, { help: 'How many units to remove (at most the units not assigned to users).', required: true }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const removeLicenseCommand = defineCommand({
  name: 'remove-license',
  summary: "Remove units of a licence SKU from the tenant's subscription; units assigned to users cannot be removed.",
  kind: 'change',
  params,
  examples: ['callplan remove-license --sku MCOPSTN1 --quantity 5'],
  load: async () => (await import('../../../runtime.js')).removeLicense,
});
