// get-port-order (Get-CsOnlineNumberPortInOrder): the tenant's port orders with their state and allowed actions.
import { type OptionsOf, use } from '../../../params/define.js';
import { OrderId, Status } from '../../../params/port-orders.js';
import { defineCommand } from '../../types.js';

export const params = [use(OrderId, { positional: 0 }), Status] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getPortOrderCommand = defineCommand({
  name: 'get-port-order',
  cmdlet: 'Get-CsOnlineNumberPortInOrder',
  summary: "The tenant's port (transfer) orders: state by the store's clock, FOC date, and what each state allows.",
  kind: 'listing',
  params,
  examples: [
    'callplan get-port-order',
    'callplan get-port-order --status TransferApproved',
    'callplan Get-CsOnlineNumberPortInOrder -PortInOrderId <GUID> -o list',
  ],
  load: async () => (await import('../../../runtime.js')).getPortOrder,
});
