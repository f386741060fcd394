// get-reservation: active reservations with the time left.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getReservationCommand: CmdletDef = {
  name: 'get-reservation',
  cmdlet: 'Get-CsOnlineTelephoneNumberReservationsInformation',
  summary: 'Active reservations with the time left (or one reservation, in any state, by id).',
  kind: 'listing',
  params: [
    { name: 'ReservationId', flag: 'reservation-id', kind: 'string', positional: 0, valueName: 'GUID', help: 'Show this reservation, whatever its state.' },
  ],
  examples: ['callplan get-reservation', 'callplan get-reservation 6f1c…  -o json'],
  load: loadRun('get-reservation'),
};
