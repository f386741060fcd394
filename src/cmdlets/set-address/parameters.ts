// set-address (Set-CsOnlineLisCivicAddress): edit a NotValidated address; a validated one is read-only.
import { loadRun } from '../load.js';
import { ADDRESS_FIELD_PARAMS, CIVIC_ADDRESS_ID, COMPANY_NAME, COUNTRY_OR_REGION, FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const setAddressCommand: CmdletDef = {
  name: 'set-address',
  cmdlet: 'Set-CsOnlineLisCivicAddress',
  summary: 'Edit a NotValidated civic address (then validate it with test-address --civic-address-id); a Validated address cannot be edited.',
  kind: 'change',
  params: [
    { ...CIVIC_ADDRESS_ID, required: true },
    // $null or '' clears a field.
    ...[...ADDRESS_FIELD_PARAMS, COUNTRY_OR_REGION, COMPANY_NAME].map((p) => ({ ...p, nullable: true })),
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan Set-CsOnlineLisCivicAddress -CivicAddressId a363a9b8-1acd-41de-916a-296c7998a024 -Description "City Center" -CompanyName Contoso',
    'callplan set-address --civic-address-id a363a9b8-1acd-41de-916a-296c7998a024 --city Redmond --postal-code 98052',
  ],
  load: loadRun('set-address'),
};
