// get-number (Get-CsOnlineTelephoneNumber): the tenant's numbers with the cmdlet's filters.
import { type OptionsOf, many, use } from '../../../params/define.js';
import { ExpandLocation } from '../../../params/addresses.js';
import {
  ActivationState,
  Assigned,
  InventoryType,
  IsNotAssigned,
  TelephoneNumber,
  TelephoneNumberGreaterThan,
  TelephoneNumberLessThan,
  TelephoneNumberStartsWith,
} from '../../../params/numbers.js';
import { ResultSize } from '../../../params/paging.js';
import { CapitalOrMajorCity, CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(TelephoneNumber, { help: 'Exactly this number (+E.164, digits with country code, or tel:+…).', valueName: 'NUMBER' }),
  use(TelephoneNumberStartsWith, { help: 'Numbers starting with these digits (country code included, e.g. 1425).' }),
  TelephoneNumberGreaterThan,
  TelephoneNumberLessThan,
  IsNotAssigned,
  use(many(InventoryType), { help: 'Subscriber and/or Service (comma list).' }),
  use(CapitalOrMajorCity, { help: 'Only numbers of this city code (e.g. NOAM-US-NY-NY).', valueName: 'CODE' }),
  use(CountryOrRegion, { help: 'Only numbers of this country.' }),
  ActivationState,
  Assigned,
  ExpandLocation,
  use(ResultSize, { help: 'At most N numbers (default 500); Unlimited for all. When more match, stderr says so.', default: '500' }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getNumberCommand = defineCommand({
  name: 'get-number',
  cmdlet: 'Get-CsOnlineTelephoneNumber',
  summary: "The tenant's telephone numbers, with the cmdlet's filters and properties.",
  kind: 'listing',
  params,
  examples: [
    'callplan Get-CsOnlineTelephoneNumber -TelephoneNumber 19294450177',
    'callplan Get-CsOnlineTelephoneNumber -CapitalOrMajorCity NOAM-US-NY-NY',
    'callplan get-number --telephone-number-starts-with 1425 --is-not-assigned -o json',
    'callplan get-number --result-size Unlimited -o csv > numbers.csv',
  ],
  load: async () => (await import('../../../runtime.js')).getNumber,
});
