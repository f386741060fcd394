// get-inventory: browse the provider pool by region, country, area and city.
import { type OptionsOf, use } from '../../../params/define.js';
import { InventoryType } from '../../../params/numbers.js';
import { Area, CapitalOrMajorCity, CountryOrRegion, Level, RegionalGroup } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  RegionalGroup,
  use(CountryOrRegion, { help: 'Only this country (code or name).' }),
  use(Area, { help: 'Only this area/state (code or name).' }),
  use(CapitalOrMajorCity, { help: 'Only this city (city code, its last part, or name).' }),
  use(InventoryType, { help: 'Only count this inventory type.' }),
  use(Level, { default: 'City' }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getInventoryCommand = defineCommand({
  name: 'get-inventory',
  aliases: ['Get-CsOnlineTelephoneNumberInventoryCities'],
  summary: 'Browse the provider pool: regions → countries → areas → cities, with city codes, area codes and free numbers per type.',
  kind: 'listing',
  params,
  examples: ['callplan get-inventory --country US', 'callplan get-inventory --level Country', 'callplan get-inventory --city NOAM-US-NY-NY -o list'],
  load: async () => (await import('../../../runtime.js')).getInventory,
});
