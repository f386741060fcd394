// The wizard's answers given as flags: each one skips the question it answers.
import type { Options } from '../cmdlets/types.js';

/** Address form fields the wizard asks (a subset of New-CsOnlineLisCivicAddress's, in the order asked). */
export const ADDRESS_FORM = [
  ['companyName', 'Company name'],
  ['countryOrRegion', 'Country or region'],
  ['houseNumber', 'House number'],
  ['streetName', 'Street name'],
  ['streetSuffix', 'Street suffix (Street, Ave…)'],
  ['city', 'City'],
  ['stateOrProvince', 'State or province (empty: found from the city or postal code)'],
  ['postalCode', 'Postal code'],
  ['description', 'Description (e.g. West Coast Headquarters)'],
] as const;

/** A field of the address form. */
export type AddressFormField = (typeof ADDRESS_FORM)[number][0];

/** Everything a flag can answer. Lists keep the words `all` / `none` as typed. */
export interface WizardAnswers {
  /** Walk only this step (its number in walking order). */
  step?: number | undefined;
  // Step 1
  buy?: string[] | undefined;
  csv?: string | undefined;
  users?: string[] | undefined;
  licenses?: string[] | undefined;
  usageLocation?: string | undefined;
  // Step 2
  inventoryType?: 'Subscriber' | 'Service' | undefined;
  tollFree?: boolean | undefined;
  country?: string | undefined;
  area?: string | undefined;
  city?: string | undefined;
  quantity?: number | undefined;
  civicAddressId?: string | undefined;
  acquire?: string[] | undefined;
  // Step 3
  address: Partial<Record<AddressFormField, string>>;
  locations?: string[] | undefined;
  // Step 4
  assignUsers?: string[] | undefined;
  assignNumbers?: string[] | undefined;
  locationIds?: string[] | undefined;
  // Step 5
  smtp?: string | undefined;
  out?: string | undefined;
  from?: string | undefined;
  /** Accept every confirmation (save, apply, send, search again). */
  yes: boolean;
}

/** The option key of each address form field's flag (--address-street-name -> addressStreetName). */
export const ADDRESS_OPTION: Readonly<Record<AddressFormField, string>> = {
  companyName: 'addressCompanyName',
  countryOrRegion: 'addressCountry',
  houseNumber: 'addressHouseNumber',
  streetName: 'addressStreetName',
  streetSuffix: 'addressStreetSuffix',
  city: 'addressCity',
  stateOrProvince: 'addressState',
  postalCode: 'addressPostalCode',
  description: 'addressDescription',
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);

/** Reads the wizard's parsed options into answers. */
export function answersFrom(o: Options): WizardAnswers {
  const address: Partial<Record<AddressFormField, string>> = {};
  for (const [field] of ADDRESS_FORM) {
    const v = str(o[ADDRESS_OPTION[field]]);
    if (v !== undefined) address[field] = v;
  }
  const location = str(o.location);
  return {
    step: typeof o.step === 'number' ? o.step : undefined,
    buy: list(o.buy),
    csv: str(o.csv),
    users: list(o.users),
    licenses: list(o.licenses),
    usageLocation: str(o.usageLocation),
    inventoryType: str(o.inventoryType) as WizardAnswers['inventoryType'],
    tollFree: typeof o.tollFree === 'boolean' ? o.tollFree : undefined,
    country: str(o.country),
    area: str(o.area),
    city: str(o.city),
    quantity: typeof o.quantity === 'number' ? o.quantity : undefined,
    civicAddressId: str(o.civicAddressId),
    acquire: list(o.acquire),
    address,
    // Location names may hold commas ("Building 64, Floor 1"): several are separated by ';'.
    locations:
      location === undefined
        ? undefined
        : location
            .split(';')
            .map((s) => s.trim())
            .filter((s) => s !== '' && s.toLowerCase() !== 'none'),
    assignUsers: list(o.assignUsers),
    assignNumbers: list(o.assignNumbers),
    locationIds: list(o.locationId),
    smtp: str(o.smtp),
    out: str(o.out),
    from: str(o.from),
    yes: o.yes === true,
  };
}

/** True when a list answer is the single word (any case), e.g. all or none. */
export function isWord(v: readonly string[] | undefined, word: string): boolean {
  return v !== undefined && v.length === 1 && v[0]!.toLowerCase() === word;
}
