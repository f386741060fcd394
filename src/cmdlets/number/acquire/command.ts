// acquire (Select-CsOnlineTelephoneNumberInventory): take all or some numbers of a reservation.
import { type OptionsOf, use } from '../../../params/define.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { All, ReservationId, TelephoneNumbers } from '../../../params/numbers.js';
import { Area, CapitalOrMajorCity, CountryOrRegion, RegionalGroup } from '../../../params/places.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(ReservationId, { help: 'The reservation made by reserve.', required: true, positional: 0 }),
  TelephoneNumbers,
  All,
  use(RegionalGroup, { help: 'Accepted for compatibility; must match the reservation if given.' }),
  use(CountryOrRegion, { help: 'Accepted for compatibility; must match the reservation if given.' }),
  use(Area, { help: 'Accepted for compatibility; must match the reservation if given.' }),
  use(CapitalOrMajorCity, { help: 'Accepted for compatibility; must match the reservation if given.' }),
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const acquireCommand = defineCommand({
  name: 'acquire',
  cmdlet: 'Select-CsOnlineTelephoneNumberInventory',
  summary: 'Acquire all or some numbers of a reservation; the rest go back to the pool.',
  kind: 'change',
  params,
  examples: [
    'callplan acquire --reservation-id <GUID> --all',
    'callplan Select-CsOnlineTelephoneNumberInventory -ReservationId <GUID> -TelephoneNumbers 14255550100,14255550101 -Region NOAM -Country US -Area WA -City RD',
  ],
  load: async () => (await import('../../../runtime.js')).acquire,
});
