// get-inventory: browse the provider pool by region, country, area and city.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getInventoryCommand: CmdletDef = {
  name: 'get-inventory',
  aliases: ['Get-CsOnlineTelephoneNumberInventoryCities'],
  summary: 'Browse the provider pool: regions → countries → areas → cities, with city codes, area codes and free numbers per type.',
  kind: 'listing',
  params: [
    {
      name: 'RegionalGroup',
      flag: 'region',
      aliases: ['Region', 'regional-group'],
      kind: 'string',
      valueName: 'CODE',
      help: 'Only this region (e.g. NOAM, EMEA).',
    },
    {
      name: 'CountryOrRegion',
      flag: 'country',
      aliases: ['Country', 'country-or-region'],
      kind: 'string',
      valueName: 'CC',
      help: 'Only this country (code or name).',
    },
    { name: 'Area', flag: 'area', kind: 'string', valueName: 'CODE', help: 'Only this area/state (code or name).' },
    {
      name: 'CapitalOrMajorCity',
      flag: 'city',
      aliases: ['City', 'CityCode', 'capital-or-major-city'],
      kind: 'string',
      valueName: 'CITY',
      help: 'Only this city (city code, its last part, or name).',
    },
    {
      name: 'InventoryType',
      flag: 'inventory-type',
      kind: 'enum',
      values: ['Subscriber', 'Service'],
      valueName: 'TYPE',
      help: 'Only count this inventory type.',
    },
    {
      name: 'Level',
      flag: 'level',
      kind: 'enum',
      values: ['Region', 'Country', 'Area', 'City'],
      default: 'City',
      valueName: 'LEVEL',
      help: 'Group the counts by region, country, area or city.',
    },
  ],
  examples: ['callplan get-inventory --country US', 'callplan get-inventory --level Country', 'callplan get-inventory --city NOAM-US-NY-NY -o list'],
  load: loadRun('get-inventory'),
};
