// clear-reservation (Clear-CsOnlineTelephoneNumberReservation): give reserved numbers back.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { InventoryType, ReservationId } from '../../../params/numbers.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(ReservationId, { help: 'The reservation to clear.', required: true, positional: 0 }),
  use(InventoryType, { help: "Accepted for compatibility; must match the reservation's type if given." }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const clearReservationCommand = defineCommand({
  name: 'clear-reservation',
  cmdlet: 'Clear-CsOnlineTelephoneNumberReservation',
  summary: 'Clear a reservation before it is acquired: its numbers go back to the pool.',
  kind: 'change',
  params,
  examples: [
    'callplan clear-reservation --reservation-id <GUID>',
    'callplan Clear-CsOnlineTelephoneNumberReservation -ReservationId <GUID> -InventoryType Service',
  ],
  load: async () => (await import('../../../runtime.js')).clearReservation,
});
