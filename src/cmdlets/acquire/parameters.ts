// acquire (Select-CsOnlineTelephoneNumberInventory): take all or some numbers of a reservation.
import { loadRun } from '../load.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const acquireCommand: CmdletDef = {
  name: 'acquire',
  cmdlet: 'Select-CsOnlineTelephoneNumberInventory',
  summary: 'Acquire all or some numbers of a reservation; the rest go back to the pool.',
  kind: 'change',
  params: [
    {
      name: 'ReservationId',
      flag: 'reservation-id',
      kind: 'string',
      required: true,
      positional: 0,
      valueName: 'GUID',
      help: 'The reservation made by reserve.',
    },
    {
      name: 'TelephoneNumbers',
      flag: 'telephone-numbers',
      aliases: ['TelephoneNumber'],
      kind: 'list',
      valueName: 'N1,N2',
      help: 'The numbers to acquire (E.164 or digits); the others are released.',
    },
    { name: 'All', flag: 'all', kind: 'switch', help: 'Acquire every number of the reservation.' },
    {
      name: 'RegionalGroup',
      flag: 'region',
      aliases: ['Region', 'regional-group'],
      kind: 'string',
      valueName: 'CODE',
      help: 'Accepted for compatibility; must match the reservation if given.',
    },
    {
      name: 'CountryOrRegion',
      flag: 'country',
      aliases: ['Country', 'country-or-region'],
      kind: 'string',
      valueName: 'CC',
      help: 'Accepted for compatibility; must match the reservation if given.',
    },
    { name: 'Area', flag: 'area', kind: 'string', valueName: 'CODE', help: 'Accepted for compatibility; must match the reservation if given.' },
    {
      name: 'CapitalOrMajorCity',
      flag: 'city',
      aliases: ['City', 'CityCode', 'capital-or-major-city'],
      kind: 'string',
      valueName: 'CITY',
      help: 'Accepted for compatibility; must match the reservation if given.',
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan acquire --reservation-id <GUID> --all',
    'callplan Select-CsOnlineTelephoneNumberInventory -ReservationId <GUID> -TelephoneNumbers 14255550100,14255550101 -Region NOAM -Country US -Area WA -City RD',
  ],
  load: loadRun('acquire'),
};
