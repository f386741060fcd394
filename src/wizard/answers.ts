// The wizard's answers given as flags: each one skips the question it answers.
import type { Options } from '../cmdlets/setup/wizard/command.js';
import { parseNumberInput } from '../domain/phone.js';
import { UsageError } from '../errors.js';

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

/** The option key of each address form field's flag (--address-street-name -> addressStreetName), checked against the wizard's table. */
export const ADDRESS_OPTION = {
  companyName: 'addressCompanyName',
  countryOrRegion: 'addressCountryOrRegion',
  houseNumber: 'addressHouseNumber',
  streetName: 'addressStreetName',
  streetSuffix: 'addressStreetSuffix',
  city: 'addressCity',
  stateOrProvince: 'addressStateOrProvince',
  postalCode: 'addressPostalCode',
  description: 'addressDescription',
} as const satisfies Record<AddressFormField, keyof Options>;

/** Reads the wizard's parsed options into answers. */
export function answersFrom(o: Options): WizardAnswers {
  const address: Partial<Record<AddressFormField, string>> = {};
  for (const [field] of ADDRESS_FORM) {
    const v = o[ADDRESS_OPTION[field]];
    if (v !== undefined) address[field] = v;
  }
  const location = o.location;
  return {
    step: o.step,
    buy: o.buy,
    csv: o.csv,
    users: o.users,
    licenses: o.licenses,
    usageLocation: o.usageLocation,
    inventoryType: o.inventoryType,
    tollFree: o.tollFree,
    country: o.countryOrRegion,
    area: o.area,
    city: o.capitalOrMajorCity,
    quantity: o.quantity,
    civicAddressId: o.civicAddressId,
    acquire: o.acquire,
    address,
    // Location names may hold commas ("Building 64, Floor 1"): several are separated by ';'.
    locations:
      location === undefined
        ? undefined
        : location
            .split(';')
            .map((s) => s.trim())
            .filter((s) => s !== '' && s.toLowerCase() !== 'none'),
    assignUsers: o.assignUsers,
    assignNumbers: o.assignNumbers,
    locationIds: o.locationId,
    smtp: o.smtp,
    out: o.out,
    from: o.from,
    yes: o.yes === true,
  };
}

/** True when a list answer is the single word (any case), e.g. all or none. */
export function isWord(v: readonly string[] | undefined, word: string): boolean {
  return v !== undefined && v.length === 1 && v[0]!.toLowerCase() === word;
}

/** Numbers given to a flag (--acquire, --assign-numbers) as digits, read by the one number parser; a bad one is a usage error. */
export function flagNumbers(flag: string, values: readonly string[]): string[] {
  return values.map((v) => {
    const p = parseNumberInput(v);
    if (!p.ok) throw new UsageError('InvalidNumber', `${flag}: ${p.message}`, `Give ${flag} numbers such as +14255550100, separated by commas.`);
    return p.digits;
  });
}
