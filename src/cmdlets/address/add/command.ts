// add-address (New-CsOnlineLisCivicAddress): validate a civic address and save it with its default location.
import { type OptionsOf, use } from '../../../params/define.js';
import { ADDRESS_FIELD_PARAMS, AllowUnvalidated, CompanyName } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  ...ADDRESS_FIELD_PARAMS,
  use(CountryOrRegion, { help: 'Country or region: ISO 3166-1 alpha-2 code (US, CA, GB, FR, DE, NL, IE, ES), or its name.', required: true }),
  use(CompanyName, { help: 'The company at the address.', required: true }),
  AllowUnvalidated,
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const addAddressCommand = defineCommand({
  name: 'add-address',
  cmdlet: 'New-CsOnlineLisCivicAddress',
  summary: 'Validate an emergency (civic) address against the gazetteer and save it with its default location.',
  kind: 'change',
  params,
  examples: [
    'callplan New-CsOnlineLisCivicAddress -HouseNumber 1 -StreetName \'Microsoft Way\' -City Redmond -StateorProvince Washington -CountryOrRegion US -PostalCode 98052 -Description "West Coast Headquarters" -CompanyName Contoso -Latitude 47.63952 -Longitude -122.12781 -Elin MICROSOFT_ELIN',
    'callplan add-address --house-number 10 --street-name "Downing Street" --city London --postal-code sw1a2aa --country GB --company-name Contoso',
  ],
  load: async () => (await import('../../../runtime.js')).addAddress,
});
