// get-reservation: active reservations with the time left.
import { type OptionsOf, use } from '../../../params/define.js';
import { ReservationId } from '../../../params/numbers.js';
import { defineCommand } from '../../types.js';

export const params = [use(ReservationId, { positional: 0 })] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getReservationCommand = defineCommand({
  name: 'get-reservation',
  cmdlet: 'Get-CsOnlineTelephoneNumberReservationsInformation',
  summary: 'Active reservations with the time left (or one reservation, in any state, by id).',
  kind: 'listing',
  params,
  examples: ['callplan get-reservation', 'callplan get-reservation 6f1c…  -o json'],
  load: async () => (await import('../../../runtime.js')).getReservation,
});
