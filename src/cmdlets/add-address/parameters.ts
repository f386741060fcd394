// add-address (New-CsOnlineLisCivicAddress): validate a civic address and save it with its default location.
import { loadRun } from '../load.js';
import { ADDRESS_FIELD_PARAMS, COMPANY_NAME, COUNTRY_OR_REGION, FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const addAddressCommand: CmdletDef = {
  name: 'add-address',
  cmdlet: 'New-CsOnlineLisCivicAddress',
  summary: 'Validate an emergency (civic) address against the gazetteer and save it with its default location.',
  kind: 'change',
  params: [
    ...ADDRESS_FIELD_PARAMS,
    { ...COUNTRY_OR_REGION, required: true },
    { ...COMPANY_NAME, required: true },
    {
      name: 'AllowUnvalidated',
      flag: 'allow-unvalidated',
      kind: 'switch',
      help: 'Save a rejected address anyway, as NotValidated (it cannot be assigned until test-address --civic-address-id validates it).',
    },
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan New-CsOnlineLisCivicAddress -HouseNumber 1 -StreetName \'Microsoft Way\' -City Redmond -StateorProvince Washington -CountryOrRegion US -PostalCode 98052 -Description "West Coast Headquarters" -CompanyName Contoso -Latitude 47.63952 -Longitude -122.12781 -Elin MICROSOFT_ELIN',
    'callplan add-address --house-number 10 --street-name "Downing Street" --city London --postal-code sw1a2aa --country GB --company-name Contoso',
  ],
  load: loadRun('add-address'),
};
