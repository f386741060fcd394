// add-location (New-CsOnlineLisLocation): a named place inside an address, e.g. "Office 101, 1st Floor".
import { loadRun } from '../load.js';
import { ADDRESS_FIELD_PARAMS, CIVIC_ADDRESS_ID, COMPANY_NAME, COUNTRY_OR_REGION, FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

const NEW_ADDRESS = ' (old parameter set: with -CountryOrRegion instead of -CivicAddressId, the address is validated and created too)';

export const addLocationCommand: CmdletDef = {
  name: 'add-location',
  cmdlet: 'New-CsOnlineLisLocation',
  summary: 'Add an emergency location (free text such as "Building 64, Floor 1", not validated) to a civic address.',
  kind: 'change',
  params: [
    { ...CIVIC_ADDRESS_ID, help: 'The address the location is in (required unless the address is given by its fields).' },
    {
      name: 'Location',
      flag: 'location',
      kind: 'string',
      valueName: 'TEXT',
      required: true,
      help: 'The place inside the address, e.g. "Office 101, 1st Floor" (unique within the address).',
    },
    {
      name: 'Elin',
      flag: 'elin',
      kind: 'string',
      valueName: 'TEXT',
      help: "The location's Emergency Location Identification Number (for Direct Routing emergency gateways).",
    },
    ...ADDRESS_FIELD_PARAMS.filter((p) => p.flag !== 'elin').map((p) => ({ ...p, help: p.help + NEW_ADDRESS })),
    { ...COUNTRY_OR_REGION, help: COUNTRY_OR_REGION.help + NEW_ADDRESS },
    { ...COMPANY_NAME, aliases: ['Name'], help: COMPANY_NAME.help + NEW_ADDRESS },
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan New-CsOnlineLisLocation -CivicAddressId b39ff77d-db51-4ce5-8d50-9e9c778e1617 -Location "Office 101, 1st Floor"',
    'callplan New-CsOnlineLisLocation -Location "Office 202, 2nd Floor" -CompanyName "Contoso" -HouseNumber 3910 -StreetName 163rd -StreetSuffix St -City Bellevue -StateOrProvince WA -CountryOrRegion US -PostalCode 98004 -Description "New civic address location" -Elin TEST_ELIN',
  ],
  load: loadRun('add-location'),
};
