// set-port-order (Set-CsOnlineNumberPortInOrder): edit an order as its state allows.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import { ORDER_DETAIL_PARAMS, ORDER_ID, SERVICE_ADDRESS_PARAMS } from '../port-order-params.js';
import type { CmdletDef } from '../types.js';

export const setPortOrderCommand: CmdletDef = {
  name: 'set-port-order',
  cmdlet: 'Set-CsOnlineNumberPortInOrder',
  summary: 'Edit a port order: the FOC date while the transfer is approved; any detail (which resubmits it) in Error or Cancelled.',
  kind: 'change',
  params: [
    { ...ORDER_ID, required: true },
    ...ORDER_DETAIL_PARAMS,
    { name: 'IsPartialPort', flag: 'is-partial-port', kind: 'switch', help: "The same as -PortType Partial (the cmdlet's switch)." },
    ...SERVICE_ADDRESS_PARAMS,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan set-port-order <GUID> --transfer-date 2026-12-17',
    'callplan set-port-order --order-id <GUID> --pin 4321            # an order in Error: fix it and resubmit',
    'callplan Set-CsOnlineNumberPortInOrder -PortInOrderId <GUID> -RequestedFocDate 2026-12-17T15:00:00Z -WhatIf',
  ],
  load: loadRun('set-port-order'),
};
