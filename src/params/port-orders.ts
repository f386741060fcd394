import { PORT_ORDER_STATES } from '../domain/port-order.js';
import { param } from './define.js';

export const OrderId = param({
  name: 'OrderId',
  flag: 'order-id',
  aliases: ['PortInOrderId', 'Identity'],
  kind: 'string',
  valueName: 'GUID',
  help: 'The port order (OrderId, as new-port-order printed it).',
});

export const AccountNumber = param({
  name: 'AccountNumber',
  flag: 'account-number',
  aliases: ['LosingTelcoAccountId'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'The account number with the losing carrier.',
});

export const BillingTelephoneNumber = param({
  name: 'BillingTelephoneNumber',
  flag: 'billing-telephone-number',
  aliases: ['BTN'],
  kind: 'string',
  valueName: 'NUMBER',
  help: 'The billing telephone number (BTN) of the carrier account: among the numbers for a full port, not among them for a partial port.',
});

export const Pin = param({
  name: 'Pin',
  flag: 'pin',
  aliases: ['LosingTelcoPin'],
  kind: 'string',
  valueName: 'TEXT',
  help: "The account's transfer PIN (needed for mobile numbers; never shown back).",
});

export const AuthorizingPerson = param({
  name: 'AuthorizingPerson',
  flag: 'authorizing-person',
  aliases: ['LOAAuthorizingPerson'],
  kind: 'string',
  valueName: 'NAME',
  help: 'Who signs the letter of authorization for the carrier account.',
});

export const PortType = param({
  name: 'PortType',
  flag: 'port-type',
  kind: 'enum',
  values: ['Full', 'Partial'],
  valueName: 'TYPE',
  help: 'Full: every number of the account moves, the BTN included, and the account closes. Partial: some numbers stay with the carrier (the BTN among them).',
});

export const TransferDate = param({
  name: 'TransferDate',
  flag: 'transfer-date',
  aliases: ['RequestedFocDate', 'FocDate'],
  kind: 'string',
  valueName: 'DATE',
  help: "When the numbers move: an ISO date (00:00 UTC) or date-time, at least the catalog's lead time (7 days) ahead.",
});

export const Notify = param({
  name: 'Notify',
  flag: 'notify',
  aliases: ['EmailAddresses'],
  kind: 'list',
  valueName: 'A,B',
  help: 'E-mail addresses to keep informed about the order (stored with it).',
});

export const IsPartialPort = param({
  name: 'IsPartialPort',
  flag: 'is-partial-port',
  kind: 'switch',
  help: "The same as -PortType Partial (the cmdlet's switch).",
});

export const LosingCarrier = param({
  name: 'LosingCarrier',
  flag: 'losing-carrier',
  kind: 'string',
  valueName: 'NAME',
  help: 'The carrier the numbers leave (one order per losing carrier).',
});

export const Status = param({
  name: 'Status',
  flag: 'status',
  kind: 'enum',
  values: PORT_ORDER_STATES,
  valueName: 'STATE',
  help: `Only orders in this state: ${PORT_ORDER_STATES.join(', ')}.`,
});
