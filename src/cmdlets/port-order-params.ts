// Parameter rows shared by the port-order commands (plain data). PowerShell names follow the MicrosoftTeams module's
// New-/Set-CsOnlineNumberPortInOrder where it has one (as aliases), so pasted lines keep working.
import { ADDRESS_FIELD_PARAMS, COUNTRY_OR_REGION } from './address-params.js';
import type { ParamDef } from './types.js';

/** -OrderId (alias -PortInOrderId), the first positional argument. */
export const ORDER_ID: ParamDef = {
  name: 'OrderId',
  flag: 'order-id',
  aliases: ['PortInOrderId', 'Identity'],
  kind: 'string',
  positional: 0,
  valueName: 'GUID',
  help: 'The port order (OrderId, as new-port-order printed it).',
};

/** The cmdlet's Subscriber* names of the service-address fields. */
const SUBSCRIBER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  HouseNumber: ['SubscriberBuildingNumber'],
  HouseNumberSuffix: ['SubscriberBuildingNumberSuffix'],
  PreDirectional: ['SubscriberPreDirectional'],
  StreetName: ['SubscriberStreetName'],
  StreetSuffix: ['SubscriberStreetSuffix'],
  PostDirectional: ['SubscriberPostDirectional'],
  City: ['SubscriberCity'],
  CityAlias: ['SubscriberCityAlias'],
  StateOrProvince: ['SubscriberArea'],
  PostalCode: ['SubscriberZipCode'],
};

/** The service-address fields (the emergency-address rows, with the cmdlet's Subscriber* names as aliases). */
export const SERVICE_ADDRESS_PARAMS: readonly ParamDef[] = [
  ...ADDRESS_FIELD_PARAMS.filter((p) => SUBSCRIBER_ALIASES[p.name]).map((p) => ({
    ...p,
    aliases: [...(p.aliases ?? []), ...SUBSCRIBER_ALIASES[p.name]!],
    help: `Service address: ${p.help.charAt(0).toLowerCase()}${p.help.slice(1)}`,
  })),
  {
    ...COUNTRY_OR_REGION,
    aliases: [...(COUNTRY_OR_REGION.aliases ?? []), 'SubscriberCountry'],
    help: "Service address: country or region (ISO code or name); default: the numbers' country, which it must match.",
  },
];

/** The details of an order: carrier account, authorisation, port type, transfer date, people to notify. */
export const ORDER_DETAIL_PARAMS: readonly ParamDef[] = [
  {
    name: 'AccountNumber',
    flag: 'account-number',
    aliases: ['LosingTelcoAccountId'],
    kind: 'string',
    valueName: 'TEXT',
    help: 'The account number with the losing carrier.',
  },
  {
    name: 'BillingTelephoneNumber',
    flag: 'billing-telephone-number',
    aliases: ['BTN'],
    kind: 'string',
    valueName: 'NUMBER',
    help: 'The billing telephone number (BTN) of the carrier account: among the numbers for a full port, not among them for a partial port.',
  },
  {
    name: 'Pin',
    flag: 'pin',
    aliases: ['LosingTelcoPin'],
    kind: 'string',
    valueName: 'TEXT',
    help: "The account's transfer PIN (needed for mobile numbers; never shown back).",
  },
  {
    name: 'CompanyName',
    flag: 'company-name',
    aliases: ['SubscriberCompanyName', 'SubscriberBusinessName'],
    kind: 'string',
    valueName: 'TEXT',
    help: 'The company as the carrier account names it.',
  },
  {
    name: 'AuthorizingPerson',
    flag: 'authorizing-person',
    aliases: ['LOAAuthorizingPerson'],
    kind: 'string',
    valueName: 'NAME',
    help: 'Who signs the letter of authorization for the carrier account.',
  },
  {
    name: 'PortType',
    flag: 'port-type',
    kind: 'enum',
    values: ['Full', 'Partial'],
    valueName: 'TYPE',
    help: 'Full: every number of the account moves, the BTN included, and the account closes. Partial: some numbers stay with the carrier (the BTN among them).',
  },
  {
    name: 'TransferDate',
    flag: 'transfer-date',
    aliases: ['RequestedFocDate', 'FocDate'],
    kind: 'string',
    valueName: 'DATE',
    help: "When the numbers move: an ISO date (00:00 UTC) or date-time, at least the catalog's lead time (7 days) ahead.",
  },
  {
    name: 'Notify',
    flag: 'notify',
    aliases: ['EmailAddresses'],
    kind: 'list',
    valueName: 'A,B',
    help: 'E-mail addresses to keep informed about the order (stored with it).',
  },
];
