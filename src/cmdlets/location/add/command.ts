// add-location (New-CsOnlineLisLocation): a named place inside an address, e.g. "Office 101, 1st Floor".
import { type OptionsOf, use } from '../../../params/define.js';
import {
  City,
  CityAlias,
  CivicAddressId,
  CompanyName,
  CompanyTaxId,
  Description,
  Elin,
  HouseNumber,
  HouseNumberSuffix,
  Latitude,
  Location,
  Longitude,
  PostDirectional,
  PostalCode,
  PreDirectional,
  StateOrProvince,
  StreetName,
  StreetSuffix,
} from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(CivicAddressId, { help: 'The address the location is in (required unless the address is given by its fields).' }),
  use(Location, { help: 'The place inside the address, e.g. "Office 101, 1st Floor" (unique within the address).', required: true }),
  use(Elin, { help: "The location's Emergency Location Identification Number (for Direct Routing emergency gateways)." }),
  use(HouseNumber, {
    help: 'House number, e.g. 3910. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(HouseNumberSuffix, {
    help: 'House number suffix, e.g. A in 425A. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(PreDirectional, {
    help: 'Direction before the street name, e.g. NE in NE 148th St. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(StreetName, {
    help: 'Street name, e.g. Smith or "Microsoft Way". A numbered street needs its ordinal (148th) in US, CA, GB and IE. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(StreetSuffix, {
    help: 'Street suffix, e.g. Street, Ave. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(PostDirectional, {
    help: 'Direction after the street name, e.g. NE in Smith Street NE. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(City, {
    help: 'City; a misspelling close to exactly one city of the state is corrected. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(CityAlias, {
    help: 'Another name of the city (stored, not validated). (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(StateOrProvince, {
    help: 'State or province: code or name (Washington becomes WA). (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(PostalCode, {
    help: "Postal code in the country's format; US ZIP codes must belong to the city and state. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)",
  }),
  use(Description, {
    help: 'A description of the address, e.g. "West Coast Headquarters". (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(CompanyTaxId, {
    help: "The company's tax id. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)",
  }),
  use(Latitude, {
    help: 'Latitude in decimal degrees (filled from the gazetteer when left out). (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(Longitude, {
    help: 'Longitude in decimal degrees (filled from the gazetteer when left out). (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(CountryOrRegion, {
    help: 'Country or region: ISO 3166-1 alpha-2 code (US, CA, GB, FR, DE, NL, IE, ES), or its name. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  use(CompanyName, {
    help: 'The company at the address. (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)',
  }),
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const addLocationCommand = defineCommand({
  name: 'add-location',
  cmdlet: 'New-CsOnlineLisLocation',
  summary: 'Add an emergency location (free text such as "Building 64, Floor 1", not validated) to a civic address.',
  kind: 'change',
  params,
  examples: [
    'callplan New-CsOnlineLisLocation -CivicAddressId b39ff77d-db51-4ce5-8d50-9e9c778e1617 -Location "Office 101, 1st Floor"',
    'callplan New-CsOnlineLisLocation -Location "Office 202, 2nd Floor" -CompanyName "Contoso" -HouseNumber 3910 -StreetName 163rd -StreetSuffix St -City Bellevue -StateOrProvince WA -CountryOrRegion US -PostalCode 98004 -Description "New civic address location" -Elin TEST_ELIN',
  ],
  load: async () => (await import('../../../runtime.js')).addLocation,
});
