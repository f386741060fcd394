import { param } from './define.js';

export const TelephoneNumber = param({
  name: 'TelephoneNumber',
  flag: 'telephone-number',
  aliases: ['Number', 'LineURI'],
  kind: 'string',
  valueName: 'N1,N2',
  help: 'Reserve exactly these free numbers.',
});

export const TelephoneNumbers = param({
  name: 'TelephoneNumbers',
  flag: 'telephone-numbers',
  aliases: ['TelephoneNumber'],
  kind: 'list',
  valueName: 'N1,N2',
  help: 'The numbers to acquire (E.164 or digits); the others are released.',
});

export const TelephoneNumberStartsWith = param({
  name: 'TelephoneNumberStartsWith',
  flag: 'telephone-number-starts-with',
  kind: 'string',
  valueName: 'DIGITS',
  help: 'Only numbers starting with these digits (country code included, e.g. 1425555).',
});

export const TelephoneNumberGreaterThan = param({
  name: 'TelephoneNumberGreaterThan',
  flag: 'telephone-number-greater-than',
  kind: 'string',
  valueName: 'NUMBER',
  help: 'Numbers greater than this one (exclusive).',
});

export const TelephoneNumberLessThan = param({
  name: 'TelephoneNumberLessThan',
  flag: 'telephone-number-less-than',
  kind: 'string',
  valueName: 'NUMBER',
  help: 'Numbers less than this one (exclusive).',
});

export const TelephoneNumberRanges = param({
  name: 'TelephoneNumberRanges',
  flag: 'range',
  kind: 'list',
  valueName: 'N1-N2',
  help: 'Ranges of numbers, the smaller first and both the same length (e.g. +14255550200-+14255550299).',
});

export const IsNotAssigned = param({ name: 'IsNotAssigned', flag: 'is-not-assigned', kind: 'switch', help: 'Only numbers assigned to nobody.' });

export const InventoryType = param({
  name: 'InventoryType',
  flag: 'inventory-type',
  kind: 'enum',
  values: ['Subscriber', 'Service'],
  valueName: 'TYPE',
  help: 'Numbers: Subscriber (user numbers) or Service (toll / toll-free).',
});

export const ActivationState = param({
  name: 'ActivationState',
  flag: 'activation-state',
  kind: 'enum',
  values: ['Activated', 'PortPending'],
  valueName: 'STATE',
  help: 'Activated, or PortPending for numbers of an unfinished port order.',
});

export const Assigned = param({
  name: 'Assigned',
  flag: 'assigned',
  kind: 'enum',
  values: ['user', 'caa'],
  valueName: 'TARGET',
  help: 'Only numbers assigned to a user, or to a conferencing bridge (caa).',
});

export const TollFree = param({ name: 'TollFree', flag: 'toll-free', kind: 'switch', help: 'Numbers, with Service: toll-free (-TollFree:$false for toll).' });

export const Quantity = param({ name: 'Quantity', flag: 'quantity', kind: 'int', valueName: 'N', help: 'Numbers: how many to reserve.' });

export const AreaCode = param({
  name: 'AreaCode',
  flag: 'area-code',
  kind: 'string',
  valueName: 'CODE',
  help: 'Only numbers with this area code (e.g. 425, or 800 for toll-free).',
});

export const ReservationId = param({
  name: 'ReservationId',
  flag: 'reservation-id',
  kind: 'string',
  valueName: 'GUID',
  help: 'Show this reservation, whatever its state.',
});

export const All = param({ name: 'All', flag: 'all', kind: 'switch', help: 'Acquire every number of the reservation.' });
