// set-address (Set-CsOnlineLisCivicAddress): edit a NotValidated address; a validated one is read-only.
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
  use(CivicAddressId, { required: true }),
  use(HouseNumber, { nullable: true }),
  use(HouseNumberSuffix, { nullable: true }),
  use(PreDirectional, { nullable: true }),
  use(StreetName, { nullable: true }),
  use(StreetSuffix, { nullable: true }),
  use(PostDirectional, { nullable: true }),
  use(City, { nullable: true }),
  use(CityAlias, { nullable: true }),
  use(StateOrProvince, { nullable: true }),
  use(PostalCode, { nullable: true }),
  use(Description, { nullable: true }),
  use(CompanyTaxId, { nullable: true }),
  use(Latitude, { nullable: true }),
  use(Longitude, { nullable: true }),
  use(Elin, { nullable: true }),
  use(CountryOrRegion, { help: 'Country or region: ISO 3166-1 alpha-2 code (US, CA, GB, FR, DE, NL, IE, ES), or its name.', nullable: true }),
  use(CompanyName, { help: 'The company at the address.', nullable: true }),
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setAddressCommand = defineCommand({
  name: 'set-address',
  cmdlet: 'Set-CsOnlineLisCivicAddress',
  summary: 'Edit a NotValidated civic address (then validate it with test-address --civic-address-id); a Validated address cannot be edited.',
  kind: 'change',
  params,
  examples: [
    'callplan Set-CsOnlineLisCivicAddress -CivicAddressId a363a9b8-1acd-41de-916a-296c7998a024 -Description "City Center" -CompanyName Contoso',
    'callplan set-address --civic-address-id a363a9b8-1acd-41de-916a-296c7998a024 --city Redmond --postal-code 98052',
  ],
  load: async () => (await import('../../../runtime.js')).setAddress,
});
