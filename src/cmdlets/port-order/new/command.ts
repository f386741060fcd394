// new-port-order (New-CsOnlineNumberPortInOrder): transfer (port in) numbers from another carrier.
import { type OptionsOf, use, about } from '../../../params/define.js';
import { CompanyName, STREET_ADDRESS_PARAMS } from '../../../params/addresses.js';
import { Csv } from '../../../params/bulk.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { InventoryType, TelephoneNumber, TelephoneNumberRanges, TelephoneNumbers } from '../../../params/numbers.js';
import { CountryOrRegion } from '../../../params/places.js';
import {
  AccountNumber,
  AuthorizingPerson,
  BillingTelephoneNumber,
  IsPartialPort,
  LosingCarrier,
  Notify,
  Pin,
  PortType,
  TransferDate,
} from '../../../params/port-orders.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(TelephoneNumbers, { help: 'The numbers (US: 10 or 11 digits, formatting ignored; other countries: E.164).' }),
  TelephoneNumberRanges,
  use(Csv, { help: 'A CSV file (- = standard input) with a TelephoneNumber column, one number per row.' }),
  use(LosingCarrier, { required: true }),
  use(InventoryType, {
    help: 'Subscriber (user numbers; default for local and mobile numbers) or Service (local numbers as toll service numbers; toll-free numbers always are).',
  }),
  use(AccountNumber, { required: true }),
  use(BillingTelephoneNumber, { required: true }),
  Pin,
  use(CompanyName, { required: true }),
  use(AuthorizingPerson, { required: true }),
  PortType,
  use(TransferDate, { required: true }),
  Notify,
  IsPartialPort,
  ...about('Service address', STREET_ADDRESS_PARAMS),
  CountryOrRegion,
  Force,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

/** The one column of a -Csv file of numbers. */
export const PORT_CSV_COLUMNS = [use(TelephoneNumber, { csv: true, help: 'One number per row.' })] as const;

export const newPortOrderCommand = defineCommand({
  name: 'new-port-order',
  cmdlet: 'New-CsOnlineNumberPortInOrder',
  summary: 'Transfer (port in) numbers from another carrier: one order per losing carrier and number type, at most 999 numbers.',
  kind: 'change',
  params,
  examples: [
    'callplan new-port-order --telephone-numbers 425-555-0200,425-555-0201 --losing-carrier "Northwind Telecom" --account-number 77001234 --billing-telephone-number 4255550200 --company-name Contoso --authorizing-person "Ken Myer" --house-number 1 --street-name "Microsoft Way" --city Redmond --state-or-province WA --postal-code 98052 --port-type Full --transfer-date 2026-12-10',
    'callplan new-port-order --range +14255550200-+14255550299 --port-type Partial --billing-telephone-number +14255550100 … --whatif',
    'callplan New-CsOnlineNumberPortInOrder -TelephoneNumbers +442079460123 -IsPartialPort -BillingTelephoneNumber +442079460100 -LosingTelcoAccountId 123 -LOAAuthorizingPerson "Ken Myer" -SubscriberCompanyName Contoso -SubscriberBuildingNumber 10 -SubscriberStreetName "Downing Street" -SubscriberCity London -SubscriberZipCode "SW1A 2AA" -RequestedFocDate 2026-12-10 -LosingCarrier BT',
    'callplan new-port-order --csv numbers.csv … --notify ken.myer@contoso.com,it@contoso.com',
  ],
  load: async () => (await import('../../../runtime.js')).newPortOrder,
});
