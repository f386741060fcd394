// init's human output: the tenant, then the catalog's countries and cities.
import { render } from '../../../output/render.js';
import type { Style } from '../../../output/style.js';
import type { OutputRecord } from '../../types.js';

interface InitSummary {
  Store: string;
  Tenant: { TenantId: string; Name: string; Country: string; Created: boolean };
  Catalog: { Name: string; Countries: { Code: string; Name: string; DialCode: string }[] };
}

/** Default columns of the cities table. */
export const CITY_COLUMNS = ['CityCode', 'City', 'Country', 'Area', 'AreaCodes', 'Subscriber', 'Toll', 'TollFree'];

/** The text init prints for -o table. */
export function initText(s: InitSummary, cities: OutputRecord[], style: Style): string {
  const t = s.Tenant;
  const head = [
    `${style.bold('Store')}    ${s.Store}`,
    `${style.bold('Tenant')}   ${t.Name} (${t.TenantId}), country ${t.Country}${t.Created ? style.ok(' — created') : ''}`,
    `${style.bold('Catalog')}  ${s.Catalog.Name}: ${s.Catalog.Countries.map((c) => `${c.Code} ${c.Name} (${c.DialCode})`).join(', ')}`,
    '',
  ].join('\n');
  return head + '\n' + render(cities, { format: 'table', columns: CITY_COLUMNS, style });
}
