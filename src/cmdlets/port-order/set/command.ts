// set-port-order (Set-CsOnlineNumberPortInOrder): edit an order as its state allows.
import { type OptionsOf, use, about } from '../../../params/define.js';
import { CompanyName, STREET_ADDRESS_PARAMS } from '../../../params/addresses.js';
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
  ...about('Service address', STREET_ADDRESS_PARAMS),
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
