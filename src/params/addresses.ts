import { param } from './define.js';

export const HouseNumber = param({
  name: 'HouseNumber',
  flag: 'house-number',
  aliases: ['SubscriberBuildingNumber'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'House number, e.g. 3910.',
});

export const HouseNumberSuffix = param({
  name: 'HouseNumberSuffix',
  flag: 'house-number-suffix',
  aliases: ['SubscriberBuildingNumberSuffix'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'House number suffix, e.g. A in 425A.',
});

export const PreDirectional = param({
  name: 'PreDirectional',
  flag: 'pre-directional',
  aliases: ['SubscriberPreDirectional'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'Direction before the street name, e.g. NE in NE 148th St.',
});

export const StreetName = param({
  name: 'StreetName',
  flag: 'street-name',
  aliases: ['SubscriberStreetName'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'Street name, e.g. Smith or "Microsoft Way". A numbered street needs its ordinal (148th) in US, CA, GB and IE.',
});

export const StreetSuffix = param({
  name: 'StreetSuffix',
  flag: 'street-suffix',
  aliases: ['SubscriberStreetSuffix'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'Street suffix, e.g. Street, Ave.',
});

export const PostDirectional = param({
  name: 'PostDirectional',
  flag: 'post-directional',
  aliases: ['SubscriberPostDirectional'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'Direction after the street name, e.g. NE in Smith Street NE.',
});

export const City = param({
  name: 'City',
  flag: 'city',
  aliases: ['SubscriberCity'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'City; a misspelling close to exactly one city of the state is corrected.',
});

export const CityAlias = param({
  name: 'CityAlias',
  flag: 'city-alias',
  aliases: ['SubscriberCityAlias'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'Another name of the city (stored, not validated).',
});

export const StateOrProvince = param({
  name: 'StateOrProvince',
  flag: 'state-or-province',
  aliases: ['State', 'SubscriberArea'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'State or province: code or name (Washington becomes WA).',
});

export const PostalCode = param({
  name: 'PostalCode',
  flag: 'postal-code',
  aliases: ['SubscriberZipCode'],
  kind: 'string',
  valueName: 'TEXT',
  help: "Postal code in the country's format; US ZIP codes must belong to the city and state.",
});

export const Description = param({
  name: 'Description',
  flag: 'description',
  kind: 'string',
  valueName: 'TEXT',
  help: 'A description of the address, e.g. "West Coast Headquarters".',
});

export const CompanyTaxId = param({ name: 'CompanyTaxId', flag: 'company-tax-id', kind: 'string', valueName: 'TEXT', help: "The company's tax id." });

export const Latitude = param({
  name: 'Latitude',
  flag: 'latitude',
  kind: 'string',
  valueName: 'DEG',
  help: 'Latitude in decimal degrees (filled from the gazetteer when left out).',
});

export const Longitude = param({
  name: 'Longitude',
  flag: 'longitude',
  kind: 'string',
  valueName: 'DEG',
  help: 'Longitude in decimal degrees (filled from the gazetteer when left out).',
});

export const Elin = param({
  name: 'Elin',
  flag: 'elin',
  kind: 'string',
  valueName: 'TEXT',
  help: 'Emergency Location Identification Number (for Direct Routing emergency gateways).',
});

export const CompanyName = param({
  name: 'CompanyName',
  flag: 'company-name',
  aliases: ['SubscriberCompanyName', 'SubscriberBusinessName', 'Name'],
  kind: 'string',
  valueName: 'TEXT',
  help: 'The company as the carrier account names it.',
});

export const CivicAddressId = param({
  name: 'CivicAddressId',
  flag: 'civic-address-id',
  kind: 'string',
  valueName: 'GUID',
  help: 'The address (CivicAddressId).',
});

export const LocationId = param({ name: 'LocationId', flag: 'location-id', kind: 'string', valueName: 'GUID', help: 'The location (LocationId).' });

export const Location = param({
  name: 'Location',
  flag: 'location',
  kind: 'string',
  valueName: 'TEXT',
  help: 'Address: named locations to add to it, separated by ; (none adds none).',
});

export const ValidationStatus = param({
  name: 'ValidationStatus',
  flag: 'validation-status',
  kind: 'enum',
  values: ['Validated', 'NotValidated', 'Valid', 'Invalid'],
  valueName: 'STATUS',
  help: 'Only Validated (also written Valid) or NotValidated addresses; Invalid matches none (callplan never stores an invalid address).',
});

export const AssignmentStatus = param({
  name: 'AssignmentStatus',
  flag: 'assignment-status',
  kind: 'enum',
  values: ['Assigned', 'Unassigned'],
  valueName: 'STATUS',
  help: 'Only those used (Assigned) or not used (Unassigned) by any number or user.',
});

export const PopulateNumberOfVoiceUsers = param({
  name: 'PopulateNumberOfVoiceUsers',
  flag: 'populate-number-of-voice-users',
  kind: 'switch',
  help: 'Accepted for compatibility: NumberOfVoiceUsers is always filled.',
});

export const PopulateNumberOfTelephoneNumbers = param({
  name: 'PopulateNumberOfTelephoneNumbers',
  flag: 'populate-number-of-telephone-numbers',
  kind: 'switch',
  help: 'Accepted for compatibility: NumberOfTelephoneNumbers is always filled.',
});

export const AllowUnvalidated = param({
  name: 'AllowUnvalidated',
  flag: 'allow-unvalidated',
  kind: 'switch',
  help: 'Save a rejected address anyway, as NotValidated (it cannot be assigned until test-address --civic-address-id validates it).',
});

export const ExpandLocation = param({
  name: 'ExpandLocation',
  flag: 'expand-location',
  kind: 'switch',
  help: 'Show the emergency location with its address instead of its id.',
});

/** The street address, in the order it is written (the port orders' service address takes these). */
export const STREET_ADDRESS_PARAMS = [
  HouseNumber,
  HouseNumberSuffix,
  PreDirectional,
  StreetName,
  StreetSuffix,
  PostDirectional,
  City,
  CityAlias,
  StateOrProvince,
  PostalCode,
] as const;

/** Every field of a civic address but CompanyName and CountryOrRegion (New-/Set-/Test-CsOnlineLisCivicAddress). */
export const ADDRESS_FIELD_PARAMS = [...STREET_ADDRESS_PARAMS, Description, CompanyTaxId, Latitude, Longitude, Elin] as const;
