// get-port-order (Get-CsOnlineNumberPortInOrder): the tenant's port orders with their state and allowed actions.
import { loadRun } from '../load.js';
import { PORT_ORDER_STATES } from '../../domain/port-order.js';
import { ORDER_ID } from '../port-order-params.js';
import type { CmdletDef } from '../types.js';

export const getPortOrderCommand: CmdletDef = {
  name: 'get-port-order',
  cmdlet: 'Get-CsOnlineNumberPortInOrder',
  summary: "The tenant's port (transfer) orders: state by the store's clock, FOC date, and what each state allows.",
  kind: 'listing',
  params: [
    ORDER_ID,
    {
      name: 'Status',
      flag: 'status',
      kind: 'enum',
      values: PORT_ORDER_STATES,
      valueName: 'STATE',
      help: `Only orders in this state: ${PORT_ORDER_STATES.join(', ')}.`,
    },
  ],
  examples: [
    'callplan get-port-order',
    'callplan get-port-order --status TransferApproved',
    'callplan Get-CsOnlineNumberPortInOrder -PortInOrderId <GUID> -o list',
  ],
  load: loadRun('get-port-order'),
};
