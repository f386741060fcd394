// cancel-port-order: cancel an order while its state allows; its numbers leave the tenant. (No cmdlet alias: the
// module's Remove-CsOnlineNumberPortInOrder is undocumented, and the admin docs tell cancelling from deleting.)
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { OrderId } from '../../../params/port-orders.js';
import { defineCommand } from '../../types.js';

export const params = [use(OrderId, { required: true, positional: 0 }), WhatIf, Confirm] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const cancelPortOrderCommand = defineCommand({
  name: 'cancel-port-order',
  summary: 'Cancel a port order (Processing, Contacting carrier, Transfer approved or Error); its pending numbers leave the tenant.',
  kind: 'change',
  params,
  examples: ['callplan cancel-port-order <GUID>', 'callplan cancel-port-order --order-id <GUID> --whatif'],
  load: async () => (await import('../../../runtime.js')).cancelPortOrder,
});
