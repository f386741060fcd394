// set-port-order (Set-CsOnlineNumberPortInOrder): edit an order as its state allows.
import { type OptionsOf, use } from '../../../params/define.js';
import {
  City,
  CityAlias,
  CompanyName,
  HouseNumber,
  HouseNumberSuffix,
  PostDirectional,
  PostalCode,
  PreDirectional,
  StateOrProvince,
  StreetName,
  StreetSuffix,
} from '../../../params/addresses.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { CountryOrRegion } from '../../../params/places.js';
import {
  AccountNumber,
  AuthorizingPerson,
  BillingTelephoneNumber,
  IsPartialPort,
  Notify,
  OrderId,
  Pin,
  PortType,
  TransferDate,
} from '../../../params/port-orders.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(OrderId, { required: true, positional: 0 }),
  AccountNumber,
  BillingTelephoneNumber,
  Pin,
  CompanyName,
  AuthorizingPerson,
  PortType,
  TransferDate,
  Notify,
  IsPartialPort,
  use(HouseNumber, { help: 'Service address: house number, e.g. 3910.' }),
  use(HouseNumberSuffix, { help: 'Service address: house number suffix, e.g. A in 425A.' }),
  use(PreDirectional, { help: 'Service address: direction before the street name, e.g. NE in NE 148th St.' }),
  use(StreetName, { help: 'Service address: street name, e.g. Smith or "Microsoft Way". A numbered street needs its ordinal (148th) in US, CA, GB and IE.' }),
  use(StreetSuffix, { help: 'Service address: street suffix, e.g. Street, Ave.' }),
  use(PostDirectional, { help: 'Service address: direction after the street name, e.g. NE in Smith Street NE.' }),
  use(City, { help: 'Service address: city; a misspelling close to exactly one city of the state is corrected.' }),
  use(CityAlias, { help: 'Service address: another name of the city (stored, not validated).' }),
  use(StateOrProvince, { help: 'Service address: state or province: code or name (Washington becomes WA).' }),
  use(PostalCode, { help: "Service address: postal code in the country's format; US ZIP codes must belong to the city and state." }),
  CountryOrRegion,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setPortOrderCommand = defineCommand({
  name: 'set-port-order',
  cmdlet: 'Set-CsOnlineNumberPortInOrder',
  summary: 'Edit a port order: the FOC date while the transfer is approved; any detail (which resubmits it) in Error or Cancelled.',
  kind: 'change',
  params,
  examples: [
    'callplan set-port-order <GUID> --transfer-date 2026-12-17',
    'callplan set-port-order --order-id <GUID> --pin 4321            # an order in Error: fix it and resubmit',
    'callplan Set-CsOnlineNumberPortInOrder -PortInOrderId <GUID> -RequestedFocDate 2026-12-17T15:00:00Z -WhatIf',
  ],
  load: async () => (await import('../../../runtime.js')).setPortOrder,
});
