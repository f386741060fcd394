// cancel-port-order: cancel an order while its state allows; its numbers leave the tenant. (No cmdlet alias: the
// module's Remove-CsOnlineNumberPortInOrder is undocumented, and the admin docs tell cancelling from deleting.)
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import { ORDER_ID } from '../port-order-params.js';
import type { CmdletDef } from '../types.js';

export const cancelPortOrderCommand: CmdletDef = {
  name: 'cancel-port-order',
  summary: 'Cancel a port order (Processing, Contacting carrier, Transfer approved or Error); its pending numbers leave the tenant.',
  kind: 'change',
  params: [{ ...ORDER_ID, required: true }, ...CHANGE_PARAMS],
  examples: ['callplan cancel-port-order <GUID>', 'callplan cancel-port-order --order-id <GUID> --whatif'],
  load: loadRun('cancel-port-order'),
};
