// reserve (Search-CsOnlineTelephoneNumberInventory): hold numbers for 10 minutes.
import { type OptionsOf, many, use } from '../../../params/define.js';
import { CivicAddressId } from '../../../params/addresses.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { AreaCode, InventoryType, Quantity, TelephoneNumber, TelephoneNumberStartsWith, TollFree } from '../../../params/numbers.js';
import { Area, CapitalOrMajorCity, CountryOrRegion, RegionalGroup } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(InventoryType, {
    help: 'Subscriber (user numbers) or Service (toll / toll-free numbers for conferencing, auto attendants, call queues).',
    required: true,
  }),
  use(TollFree, { help: 'With Service: toll-free numbers (needs Communications Credits) instead of toll numbers.' }),
  use(RegionalGroup, { help: 'Region code (NOAM, EMEA).' }),
  use(CountryOrRegion, { help: 'Country code or name.' }),
  use(Area, { help: 'Area/state code or name (WA, Washington).' }),
  use(CapitalOrMajorCity, { help: 'City code (NOAM-US-WA-RD), its last part (RD) within the area, or the city name.' }),
  use(Quantity, { help: 'How many numbers (at most 500 per search).' }),
  AreaCode,
  TelephoneNumberStartsWith,
  many(TelephoneNumber),
  use(CivicAddressId, { help: 'Outside the US: the validated emergency address (same country) the numbers come with.' }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const reserveCommand = defineCommand({
  name: 'reserve',
  cmdlet: 'Search-CsOnlineTelephoneNumberInventory',
  summary: 'Reserve numbers from the pool for 10 minutes (then acquire all or some of them).',
  kind: 'change',
  params,
  examples: [
    'callplan reserve --inventory-type Subscriber --country US --area WA --city NOAM-US-WA-RD --quantity 10',
    'callplan Search-CsOnlineTelephoneNumberInventory -InventoryType Service -Region NOAM -Country US -Area NY -City NY -Quantity 10',
    'callplan reserve --inventory-type Subscriber --city EMEA-GB-ENG-LND --quantity 5 --civic-address-id <GUID>',
  ],
  load: async () => (await import('../../../runtime.js')).reserve,
});
