// get-number (Get-CsOnlineTelephoneNumber): the tenant's numbers with the cmdlet's filters.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getNumberCommand: CmdletDef = {
  name: 'get-number',
  cmdlet: 'Get-CsOnlineTelephoneNumber',
  summary: "The tenant's telephone numbers, with the cmdlet's filters and properties.",
  kind: 'listing',
  params: [
    {
      name: 'TelephoneNumber',
      flag: 'telephone-number',
      kind: 'string',
      valueName: 'NUMBER',
      help: 'Exactly this number (+E.164, digits with country code, or tel:+…).',
    },
    {
      name: 'TelephoneNumberStartsWith',
      flag: 'telephone-number-starts-with',
      kind: 'string',
      valueName: 'DIGITS',
      help: 'Numbers starting with these digits (country code included, e.g. 1425).',
    },
    {
      name: 'TelephoneNumberGreaterThan',
      flag: 'telephone-number-greater-than',
      kind: 'string',
      valueName: 'NUMBER',
      help: 'Numbers greater than this one (exclusive).',
    },
    {
      name: 'TelephoneNumberLessThan',
      flag: 'telephone-number-less-than',
      kind: 'string',
      valueName: 'NUMBER',
      help: 'Numbers less than this one (exclusive).',
    },
    { name: 'IsNotAssigned', flag: 'is-not-assigned', kind: 'switch', help: 'Only numbers assigned to nobody.' },
    { name: 'InventoryType', flag: 'inventory-type', kind: 'list', valueName: 'TYPE', help: 'Subscriber and/or Service (comma list).' },
    {
      name: 'CapitalOrMajorCity',
      flag: 'capital-or-major-city',
      aliases: ['CityCode', 'city-code'],
      kind: 'string',
      valueName: 'CODE',
      help: 'Only numbers of this city code (e.g. NOAM-US-NY-NY).',
    },
    { name: 'Country', flag: 'country', aliases: ['CountryOrRegion'], kind: 'string', valueName: 'CC', help: 'Only numbers of this country.' },
    {
      name: 'ActivationState',
      flag: 'activation-state',
      kind: 'enum',
      values: ['Activated', 'PortPending'],
      valueName: 'STATE',
      help: 'Activated, or PortPending for numbers of an unfinished port order.',
    },
    {
      name: 'Assigned',
      flag: 'assigned',
      kind: 'enum',
      values: ['user', 'caa'],
      valueName: 'TARGET',
      help: 'Only numbers assigned to a user, or to a conferencing bridge (caa).',
    },
    { name: 'ExpandLocation', flag: 'expand-location', kind: 'switch', help: 'Show the emergency location with its address instead of its id.' },
    {
      name: 'ResultSize',
      flag: 'result-size',
      kind: 'string',
      valueName: 'N|Unlimited',
      default: '500',
      help: 'At most N numbers (default 500); Unlimited for all. When more match, stderr says so.',
    },
  ],
  examples: [
    'callplan Get-CsOnlineTelephoneNumber -TelephoneNumber 19294450177',
    'callplan Get-CsOnlineTelephoneNumber -CapitalOrMajorCity NOAM-US-NY-NY',
    'callplan get-number --telephone-number-starts-with 1425 --is-not-assigned -o json',
    'callplan get-number --result-size Unlimited -o csv > numbers.csv',
  ],
  load: loadRun('get-number'),
};
