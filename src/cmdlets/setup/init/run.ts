// init: load the catalog (default or --catalog), create the tenant, and report the tenant and the catalog.
import type { Deps } from '../../../deps.js';
import { catalogInfo, hasCatalog, listCountries } from '../../../store/catalog.js';
import { listPlaces } from '../../../store/places.js';
import { availableCounts } from '../../../store/pool.js';
import { defaultTenant, findTenant } from '../../../store/tenants.js';
import { DEFAULT_COUNTRY, DEFAULT_TENANT_NAME, checkTenantCountry, checkTenantName, ensureTenant, installCatalog } from '../../../services/setup.js';
import type { CommandResult, OutputRecord } from '../../types.js';
import type { Options } from './command.js';
import { initText } from './display.js';

/** init -WhatIf: the catalog file is read and checked, the tenant looked up; nothing is written. */
async function preview(o: Options, deps: Deps): Promise<CommandResult> {
  const catalogFile = o.catalog;
  const records: OutputRecord[] = [];
  let known: string[] | undefined;
  if (catalogFile || !hasCatalog(deps.db)) {
    const { loadCatalogFile } = await import('../../../catalog/load.js');
    const loaded = catalogFile ? loadCatalogFile(catalogFile) : loadCatalogFile();
    known = loaded.catalog.regions.flatMap((r) => r.countries.map((c) => c.code));
    records.push({ Change: 'Load catalog', Target: `${loaded.catalog.name} (${loaded.source})`, Result: 'WhatIf' });
  }
  const wantedName = o.tenantName?.trim();
  if (wantedName || !defaultTenant(deps.db)) {
    const name = wantedName || DEFAULT_TENANT_NAME;
    checkTenantName(name);
    const country = checkTenantCountry(deps.db, o.countryOrRegion ?? DEFAULT_COUNTRY, known);
    const existing = findTenant(deps.db, name);
    records.push({ Change: 'Create tenant', Target: `${name} (${existing?.country ?? country})`, Result: existing ? 'Unchanged' : 'WhatIf' });
  }
  return { records, columns: ['Change', 'Target', 'Result'], notices: records.length ? [] : ['nothing to do: the store has its catalog and tenant.'] };
}

/** Runs init. */
export async function run(o: Options, deps: Deps): Promise<CommandResult> {
  if (o.whatif === true) return preview(o, deps);
  const { db, clock } = deps;
  const catalogFile = o.catalog;
  let catalogLoaded = false;
  if (catalogFile || !hasCatalog(db)) {
    await installCatalog(db, clock, catalogFile, 'Import-Catalog');
    catalogLoaded = true;
  }
  const wantedName = o.tenantName?.trim();
  const existingDefault = defaultTenant(db);
  let tenant;
  let created = false;
  if (!wantedName && existingDefault) {
    tenant = existingDefault;
  } else {
    const country = checkTenantCountry(db, o.countryOrRegion ?? DEFAULT_COUNTRY);
    ({ tenant, created } = ensureTenant(db, clock, wantedName || DEFAULT_TENANT_NAME, country, 'New-Tenant'));
  }

  const info = catalogInfo(db);
  const counts = availableCounts(db);
  const countOf = (city: string, type: string) => counts.find((c) => c.cityCode === city && c.numberType === type)?.available ?? 0;
  const cities = listPlaces(db).map((c) => ({
    CityCode: c.code,
    City: c.name,
    Area: c.area,
    Country: c.country,
    Region: c.region,
    AreaCodes: c.areaCodes,
    Subscriber: countOf(c.code, 'User'),
    Toll: countOf(c.code, 'Toll'),
    TollFree: countOf(c.code, 'TollFree'),
  }));
  const countries = listCountries(db).map((c) => ({ Code: c.code, Name: c.name, Region: c.region, DialCode: `+${c.dialCode}` }));
  const summary = {
    Store: deps.storePath,
    Tenant: { TenantId: tenant.tenantId, Name: tenant.name, Country: tenant.country, Created: created },
    Catalog: { Name: info.name, Source: info.source, Loaded: catalogLoaded, Countries: countries, Cities: cities },
  };
  return {
    records: cities,
    json: summary,
    text: initText(summary, cities, deps.outStyle),
  };
}
