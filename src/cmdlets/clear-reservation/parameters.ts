// clear-reservation (Clear-CsOnlineTelephoneNumberReservation): give reserved numbers back.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const clearReservationCommand: CmdletDef = {
  name: 'clear-reservation',
  cmdlet: 'Clear-CsOnlineTelephoneNumberReservation',
  summary: 'Clear a reservation before it is acquired: its numbers go back to the pool.',
  kind: 'change',
  params: [
    { name: 'ReservationId', flag: 'reservation-id', kind: 'string', required: true, positional: 0, valueName: 'GUID', help: 'The reservation to clear.' },
    {
      name: 'InventoryType',
      flag: 'inventory-type',
      kind: 'enum',
      values: ['Subscriber', 'Service'],
      valueName: 'TYPE',
      help: "Accepted for compatibility; must match the reservation's type if given.",
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan clear-reservation --reservation-id <GUID>',
    'callplan Clear-CsOnlineTelephoneNumberReservation -ReservationId <GUID> -InventoryType Service',
  ],
  load: loadRun('clear-reservation'),
};
