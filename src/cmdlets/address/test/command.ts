// test-address (Test-CsOnlineLisCivicAddress): validate an address, or validate a saved NotValidated one and save it.
import { type OptionsOf, use } from '../../../params/define.js';
import { ADDRESS_FIELD_PARAMS, CivicAddressId, CompanyName } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(CivicAddressId, { help: 'Validate this saved address and, when it passes, save it (corrected) as Validated. Give no address fields with it.' }),
  ...ADDRESS_FIELD_PARAMS,
  use(CountryOrRegion, {
    help: 'Country or region: ISO 3166-1 alpha-2 code (US, CA, GB, FR, DE, NL, IE, ES), or its name. Required unless --civic-address-id is given.',
  }),
  use(CompanyName, { help: 'The company at the address. Required unless --civic-address-id is given.' }),
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const testAddressCommand = defineCommand({
  name: 'test-address',
  cmdlet: 'Test-CsOnlineLisCivicAddress',
  summary:
    'Validate an address without saving it (accepted as is, accepted with changes, or rejected with the reason), or with --civic-address-id validate a saved NotValidated address and save it as Validated.',
  kind: 'change',
  params,
  examples: [
    'callplan Test-CsOnlineLisCivicAddress -HouseNumber 3910 -StreetName Smith -StreetSuffix Street -PostDirectional NE -City Redmond -StateorProvince Washington -CountryOrRegion US -PostalCode 98052 -Description "Puget Sound" -CompanyName Contoso',
    'callplan test-address --civic-address-id a363a9b8-1acd-41de-916a-296c7998a024',
  ],
  load: async () => (await import('../../../runtime.js')).testAddress,
});
