// reserve (Search-CsOnlineTelephoneNumberInventory): hold numbers for 10 minutes.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const reserveCommand: CmdletDef = {
  name: 'reserve',
  cmdlet: 'Search-CsOnlineTelephoneNumberInventory',
  summary: 'Reserve numbers from the pool for 10 minutes (then acquire all or some of them).',
  kind: 'change',
  params: [
    {
      name: 'InventoryType',
      flag: 'inventory-type',
      kind: 'enum',
      values: ['Subscriber', 'Service'],
      required: true,
      valueName: 'TYPE',
      help: 'Subscriber (user numbers) or Service (toll / toll-free numbers for conferencing, auto attendants, call queues).',
    },
    { name: 'TollFree', flag: 'toll-free', kind: 'switch', help: 'With Service: toll-free numbers (needs Communications Credits) instead of toll numbers.' },
    { name: 'RegionalGroup', flag: 'region', aliases: ['Region', 'regional-group'], kind: 'string', valueName: 'CODE', help: 'Region code (NOAM, EMEA).' },
    { name: 'CountryOrRegion', flag: 'country', aliases: ['Country', 'country-or-region'], kind: 'string', valueName: 'CC', help: 'Country code or name.' },
    { name: 'Area', flag: 'area', kind: 'string', valueName: 'CODE', help: 'Area/state code or name (WA, Washington).' },
    {
      name: 'CapitalOrMajorCity',
      flag: 'city',
      aliases: ['City', 'CityCode', 'capital-or-major-city'],
      kind: 'string',
      valueName: 'CITY',
      help: 'City code (NOAM-US-WA-RD), its last part (RD) within the area, or the city name.',
    },
    { name: 'Quantity', flag: 'quantity', kind: 'int', valueName: 'N', help: 'How many numbers (at most 500 per search).' },
    { name: 'AreaCode', flag: 'area-code', kind: 'string', valueName: 'CODE', help: 'Only numbers with this area code (e.g. 425, or 800 for toll-free).' },
    {
      name: 'TelephoneNumberStartsWith',
      flag: 'telephone-number-starts-with',
      kind: 'string',
      valueName: 'DIGITS',
      help: 'Only numbers starting with these digits (country code included, e.g. 1425555).',
    },
    {
      name: 'TelephoneNumber',
      flag: 'telephone-number',
      aliases: ['TelephoneNumbers'],
      kind: 'list',
      valueName: 'N1,N2',
      help: 'Reserve exactly these free numbers.',
    },
    {
      name: 'CivicAddressId',
      flag: 'civic-address-id',
      kind: 'string',
      valueName: 'GUID',
      help: 'Outside the US: the validated emergency address (same country) the numbers come with.',
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan reserve --inventory-type Subscriber --country US --area WA --city NOAM-US-WA-RD --quantity 10',
    'callplan Search-CsOnlineTelephoneNumberInventory -InventoryType Service -Region NOAM -Country US -Area NY -City NY -Quantity 10',
    'callplan reserve --inventory-type Subscriber --city EMEA-GB-ENG-LND --quantity 5 --civic-address-id <GUID>',
  ],
  load: loadRun('reserve'),
};
