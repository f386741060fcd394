// set-address (Set-CsOnlineLisCivicAddress): edit a NotValidated address; a validated one is read-only.
import { type OptionsOf, use, each } from '../../../params/define.js';
import { CivicAddressId, CompanyName, ADDRESS_FIELD_PARAMS } from '../../../params/addresses.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(CivicAddressId, { required: true }),
  ...each(ADDRESS_FIELD_PARAMS, { nullable: true }),
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
