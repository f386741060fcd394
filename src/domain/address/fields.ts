// The fields of a civic address, their cmdlet property names, and the shape of a validation verdict.

/** A civic address as callplan handles it (text trimmed; coordinates as numbers or null). */
export interface AddressFields {
  houseNumber: string;
  houseNumberSuffix: string;
  preDirectional: string;
  streetName: string;
  streetSuffix: string;
  postDirectional: string;
  city: string;
  cityAlias: string;
  postalCode: string;
  stateOrProvince: string;
  countryOrRegion: string;
  description: string;
  companyName: string;
  companyTaxId: string;
  latitude: number | null;
  longitude: number | null;
  elin: string;
}

/** Each field's cmdlet property (and PowerShell parameter) name, in the cmdlets' order. */
export const ADDRESS_PROPERTY: Readonly<Record<keyof AddressFields, string>> = {
  houseNumber: 'HouseNumber',
  houseNumberSuffix: 'HouseNumberSuffix',
  preDirectional: 'PreDirectional',
  streetName: 'StreetName',
  streetSuffix: 'StreetSuffix',
  postDirectional: 'PostDirectional',
  city: 'City',
  cityAlias: 'CityAlias',
  postalCode: 'PostalCode',
  stateOrProvince: 'StateOrProvince',
  countryOrRegion: 'CountryOrRegion',
  description: 'Description',
  companyName: 'CompanyName',
  companyTaxId: 'CompanyTaxId',
  latitude: 'Latitude',
  longitude: 'Longitude',
  elin: 'Elin',
};

/** The field names in the order above. */
export const ADDRESS_FIELDS = Object.keys(ADDRESS_PROPERTY) as (keyof AddressFields)[];

/** An address with every field empty (the base that input is laid over). */
export function emptyAddress(): AddressFields {
  return {
    houseNumber: '',
    houseNumberSuffix: '',
    preDirectional: '',
    streetName: '',
    streetSuffix: '',
    postDirectional: '',
    city: '',
    cityAlias: '',
    postalCode: '',
    stateOrProvince: '',
    countryOrRegion: '',
    description: '',
    companyName: '',
    companyTaxId: '',
    latitude: null,
    longitude: null,
    elin: '',
  };
}

/** The three documented results of Test-CsOnlineLisCivicAddress. */
export type ValidationResult = 'AcceptedAsIs' | 'AcceptedWithChanges' | 'Rejected';

/** Why an address was rejected (stable codes, shown as Reason). */
export type RejectReason =
  | 'UnknownCountry'
  | 'StreetNameRequired'
  | 'StreetNumberNeedsOrdinal'
  | 'PostalCodeRequired'
  | 'PostalCodeFormat'
  | 'UnknownPostalCode'
  | 'UnknownState'
  | 'StateRequired'
  | 'CityRequired'
  | 'UnknownCity'
  | 'AmbiguousCity'
  | 'PostalCodeMismatch'
  | 'InvalidCoordinates'
  | 'CoordinatesMismatch';

/** One correction: the property, the value given and the value saved. */
export interface AddressChange {
  field: string;
  old: string;
  new: string;
}

/** One reason for rejecting an address. */
export interface Rejection {
  reason: RejectReason;
  field: string;
  message: string;
  hint?: string;
}

/** What validation concluded. */
export interface AddressVerdict {
  result: ValidationResult;
  /** The address as it would be saved (normalised and corrected); the input unchanged when rejected. */
  address: AddressFields;
  changes: AddressChange[];
  /** Every problem found, most basic first; empty unless rejected. */
  rejections: Rejection[];
  /** The first rejection's reason, message and hint. */
  reason?: RejectReason;
  message?: string;
  hint?: string;
  errorId?: 'AddressRejected';
}

/** The fields keyed by their cmdlet property names, in the cmdlets' order (HouseNumber … Elin). */
export function addressProperties(a: AddressFields): Record<string, string | number | null> {
  return Object.fromEntries(ADDRESS_FIELDS.map((f) => [ADDRESS_PROPERTY[f], a[f]]));
}

/** Only the address fields of a larger object (a stored address carries ids and status too). */
export function pickAddressFields(a: AddressFields): AddressFields {
  return Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, a[f]])) as unknown as AddressFields;
}
