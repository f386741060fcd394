// test-address (Test-CsOnlineLisCivicAddress): validate an address, or validate a saved NotValidated one and save it.
import { loadRun } from '../load.js';
import { ADDRESS_FIELD_PARAMS, CIVIC_ADDRESS_ID, COMPANY_NAME, COUNTRY_OR_REGION, FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const testAddressCommand: CmdletDef = {
  name: 'test-address',
  cmdlet: 'Test-CsOnlineLisCivicAddress',
  summary:
    'Validate an address without saving it (accepted as is, accepted with changes, or rejected with the reason), or with --civic-address-id validate a saved NotValidated address and save it as Validated.',
  kind: 'change',
  params: [
    { ...CIVIC_ADDRESS_ID, help: 'Validate this saved address and, when it passes, save it (corrected) as Validated. Give no address fields with it.' },
    ...ADDRESS_FIELD_PARAMS,
    { ...COUNTRY_OR_REGION, help: `${COUNTRY_OR_REGION.help} Required unless --civic-address-id is given.` },
    { ...COMPANY_NAME, help: `${COMPANY_NAME.help} Required unless --civic-address-id is given.` },
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan Test-CsOnlineLisCivicAddress -HouseNumber 3910 -StreetName Smith -StreetSuffix Street -PostDirectional NE -City Redmond -StateorProvince Washington -CountryOrRegion US -PostalCode 98052 -Description "Puget Sound" -CompanyName Contoso',
    'callplan test-address --civic-address-id a363a9b8-1acd-41de-916a-296c7998a024',
  ],
  load: loadRun('test-address'),
};
