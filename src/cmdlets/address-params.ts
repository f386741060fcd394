// Parameter rows shared by the civic-address commands (plain data; each command's table spreads what it takes).
import type { ParamDef } from './types.js';

/** -CompanyName (required by New-/Test-CsOnlineLisCivicAddress). */
export const COMPANY_NAME: ParamDef = { name: 'CompanyName', flag: 'company-name', kind: 'string', valueName: 'TEXT', help: 'The company at the address.' };

/** -CountryOrRegion, alias -Country (the documented old example writes -Country US). */
export const COUNTRY_OR_REGION: ParamDef = {
  name: 'CountryOrRegion',
  flag: 'country-or-region',
  aliases: ['Country'],
  kind: 'string',
  valueName: 'CC',
  help: 'Country or region: ISO 3166-1 alpha-2 code (US, CA, GB, FR, DE, NL, IE, ES), or its name.',
};

/** -CivicAddressId. */
export const CIVIC_ADDRESS_ID: ParamDef = {
  name: 'CivicAddressId',
  flag: 'civic-address-id',
  kind: 'string',
  valueName: 'GUID',
  help: 'The address (CivicAddressId).',
};

/** -LocationId. */
export const LOCATION_ID: ParamDef = { name: 'LocationId', flag: 'location-id', kind: 'string', valueName: 'GUID', help: 'The location (LocationId).' };

/** -Force: accepted from pasted scripts; callplan never prompts without -Confirm. */
export const FORCE: ParamDef = { name: 'Force', flag: 'force', kind: 'switch', help: 'Accepted for PowerShell compatibility; has no effect.' };

/** The address fields other than CompanyName and CountryOrRegion, in the order an address is written. */
export const ADDRESS_FIELD_PARAMS: readonly ParamDef[] = [
  { name: 'HouseNumber', flag: 'house-number', kind: 'string', valueName: 'TEXT', help: 'House number, e.g. 3910.' },
  { name: 'HouseNumberSuffix', flag: 'house-number-suffix', kind: 'string', valueName: 'TEXT', help: 'House number suffix, e.g. A in 425A.' },
  { name: 'PreDirectional', flag: 'pre-directional', kind: 'string', valueName: 'TEXT', help: 'Direction before the street name, e.g. NE in NE 148th St.' },
  {
    name: 'StreetName',
    flag: 'street-name',
    kind: 'string',
    valueName: 'TEXT',
    help: 'Street name, e.g. Smith or "Microsoft Way". A numbered street needs its ordinal (148th) in US, CA, GB and IE.',
  },
  { name: 'StreetSuffix', flag: 'street-suffix', kind: 'string', valueName: 'TEXT', help: 'Street suffix, e.g. Street, Ave.' },
  {
    name: 'PostDirectional',
    flag: 'post-directional',
    kind: 'string',
    valueName: 'TEXT',
    help: 'Direction after the street name, e.g. NE in Smith Street NE.',
  },
  { name: 'City', flag: 'city', kind: 'string', valueName: 'TEXT', help: 'City; a misspelling close to exactly one city of the state is corrected.' },
  { name: 'CityAlias', flag: 'city-alias', kind: 'string', valueName: 'TEXT', help: 'Another name of the city (stored, not validated).' },
  {
    name: 'StateOrProvince',
    flag: 'state-or-province',
    aliases: ['State'],
    kind: 'string',
    valueName: 'TEXT',
    help: 'State or province: code or name (Washington becomes WA).',
  },
  {
    name: 'PostalCode',
    flag: 'postal-code',
    kind: 'string',
    valueName: 'TEXT',
    help: "Postal code in the country's format; US ZIP codes must belong to the city and state.",
  },
  { name: 'Description', flag: 'description', kind: 'string', valueName: 'TEXT', help: 'A description of the address, e.g. "West Coast Headquarters".' },
  { name: 'CompanyTaxId', flag: 'company-tax-id', kind: 'string', valueName: 'TEXT', help: "The company's tax id." },
  { name: 'Latitude', flag: 'latitude', kind: 'string', valueName: 'DEG', help: 'Latitude in decimal degrees (filled from the gazetteer when left out).' },
  { name: 'Longitude', flag: 'longitude', kind: 'string', valueName: 'DEG', help: 'Longitude in decimal degrees (filled from the gazetteer when left out).' },
  { name: 'Elin', flag: 'elin', kind: 'string', valueName: 'TEXT', help: 'Emergency Location Identification Number (for Direct Routing emergency gateways).' },
];

/** Filters and paging shared by get-address and get-location. */
export const PLACE_FILTER_PARAMS: readonly ParamDef[] = [
  { name: 'City', flag: 'city', kind: 'string', valueName: 'TEXT', help: 'Only addresses in this city (any case).' },
  { ...COUNTRY_OR_REGION, help: 'Only addresses in this country or region (ISO code).' },
  { name: 'Description', flag: 'description', kind: 'string', valueName: 'TEXT', help: 'Only addresses whose description contains this text (any case).' },
  {
    name: 'ValidationStatus',
    flag: 'validation-status',
    kind: 'enum',
    values: ['Validated', 'NotValidated', 'Valid', 'Invalid'],
    valueName: 'STATUS',
    help: 'Only Validated (also written Valid) or NotValidated addresses; Invalid matches none (callplan never stores an invalid address).',
  },
  {
    name: 'AssignmentStatus',
    flag: 'assignment-status',
    kind: 'enum',
    values: ['Assigned', 'Unassigned'],
    valueName: 'STATUS',
    help: 'Only those used (Assigned) or not used (Unassigned) by any number or user.',
  },
  {
    name: 'ResultSize',
    flag: 'result-size',
    kind: 'string',
    valueName: 'N|Unlimited',
    help: 'At most N results (default: all; Unlimited for all); a notice on stderr says when more matched.',
  },
  {
    name: 'NumberOfResultsToSkip',
    flag: 'number-of-results-to-skip',
    kind: 'int',
    valueName: 'N',
    default: 0,
    help: 'Skip the first N results (paging with -ResultSize).',
  },
  {
    name: 'PopulateNumberOfVoiceUsers',
    flag: 'populate-number-of-voice-users',
    kind: 'switch',
    help: 'Accepted for compatibility: NumberOfVoiceUsers is always filled.',
  },
  {
    name: 'PopulateNumberOfTelephoneNumbers',
    flag: 'populate-number-of-telephone-numbers',
    kind: 'switch',
    help: 'Accepted for compatibility: NumberOfTelephoneNumbers is always filled.',
  },
  FORCE,
];
