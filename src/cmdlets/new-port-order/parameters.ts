// new-port-order (New-CsOnlineNumberPortInOrder): transfer (port in) numbers from another carrier.
import { loadRun } from '../load.js';
import { FORCE } from '../address-params.js';
import { CHANGE_PARAMS } from '../common.js';
import { ORDER_DETAIL_PARAMS, SERVICE_ADDRESS_PARAMS } from '../port-order-params.js';
import type { CmdletDef, ParamDef } from '../types.js';

/** The one column of a -Csv file of numbers. */
export const PORT_CSV_COLUMNS: readonly ParamDef[] = [
  {
    name: 'TelephoneNumber',
    flag: 'telephone-number',
    aliases: ['TelephoneNumbers', 'PhoneNumber', 'Number'],
    kind: 'string',
    csv: true,
    help: 'One number per row.',
  },
];

const required =
  (flags: readonly string[]) =>
  (p: ParamDef): ParamDef =>
    flags.includes(p.flag) ? { ...p, required: true } : p;

export const newPortOrderCommand: CmdletDef = {
  name: 'new-port-order',
  cmdlet: 'New-CsOnlineNumberPortInOrder',
  summary: 'Transfer (port in) numbers from another carrier: one order per losing carrier and number type, at most 999 numbers.',
  kind: 'change',
  params: [
    {
      name: 'TelephoneNumbers',
      flag: 'telephone-numbers',
      aliases: ['TelephoneNumber'],
      kind: 'list',
      valueName: 'N1,N2',
      help: 'The numbers (US: 10 or 11 digits, formatting ignored; other countries: E.164).',
    },
    {
      name: 'TelephoneNumberRanges',
      flag: 'range',
      kind: 'list',
      valueName: 'N1-N2',
      help: 'Ranges of numbers, the smaller first and both the same length (e.g. +14255550200-+14255550299).',
    },
    {
      name: 'Csv',
      flag: 'csv',
      kind: 'string',
      input: true,
      valueName: 'FILE|-',
      help: 'A CSV file (- = standard input) with a TelephoneNumber column, one number per row.',
    },
    {
      name: 'LosingCarrier',
      flag: 'losing-carrier',
      kind: 'string',
      required: true,
      valueName: 'NAME',
      help: 'The carrier the numbers leave (one order per losing carrier).',
    },
    {
      name: 'InventoryType',
      flag: 'inventory-type',
      kind: 'enum',
      values: ['Subscriber', 'Service'],
      valueName: 'TYPE',
      help: 'Subscriber (user numbers; default for local and mobile numbers) or Service (local numbers as toll service numbers; toll-free numbers always are).',
    },
    ...ORDER_DETAIL_PARAMS.map(required(['account-number', 'billing-telephone-number', 'company-name', 'authorizing-person', 'transfer-date'])),
    { name: 'IsPartialPort', flag: 'is-partial-port', kind: 'switch', help: "The same as -PortType Partial (the cmdlet's switch)." },
    ...SERVICE_ADDRESS_PARAMS,
    FORCE,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan new-port-order --telephone-numbers 425-555-0200,425-555-0201 --losing-carrier "Northwind Telecom" --account-number 77001234 --billing-telephone-number 4255550200 --company-name Contoso --authorizing-person "Ken Myer" --house-number 1 --street-name "Microsoft Way" --city Redmond --state-or-province WA --postal-code 98052 --port-type Full --transfer-date 2026-12-10',
    'callplan new-port-order --range +14255550200-+14255550299 --port-type Partial --billing-telephone-number +14255550100 … --whatif',
    'callplan New-CsOnlineNumberPortInOrder -TelephoneNumbers +442079460123 -IsPartialPort -BillingTelephoneNumber +442079460100 -LosingTelcoAccountId 123 -LOAAuthorizingPerson "Ken Myer" -SubscriberCompanyName Contoso -SubscriberBuildingNumber 10 -SubscriberStreetName "Downing Street" -SubscriberCity London -SubscriberZipCode "SW1A 2AA" -RequestedFocDate 2026-12-10 -LosingCarrier BT',
    'callplan new-port-order --csv numbers.csv … --notify ken.myer@contoso.com,it@contoso.com',
  ],
  load: loadRun('new-port-order'),
};
