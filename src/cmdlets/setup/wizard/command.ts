// wizard: the five setup steps as questions in a terminal. Every question can be answered by a flag instead.
import { type OptionsOf, many, prefixed, use } from '../../../params/define.js';
import {
  City,
  CivicAddressId,
  CompanyName,
  Description,
  HouseNumber,
  Location,
  LocationId,
  PostalCode,
  StateOrProvince,
  StreetName,
  StreetSuffix,
} from '../../../params/addresses.js';
import { Csv } from '../../../params/bulk.js';
import { From, Out, Smtp } from '../../../params/notify.js';
import { InventoryType, Quantity, TollFree } from '../../../params/numbers.js';
import { Area, CapitalOrMajorCity, CountryOrRegion } from '../../../params/places.js';
import { Acquire, AssignNumbers, AssignUsers, Buy, Licenses, Step, Users, Yes } from '../../../params/setup.js';
import { UsageLocation } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  Step,
  Yes,
  use(Csv, { help: 'Licences: when the tenant has no users, import them from this CSV file (import-users columns); none skips.', valueName: 'FILE' }),
  Buy,
  Users,
  Licenses,
  UsageLocation,
  InventoryType,
  TollFree,
  use(CountryOrRegion, { help: 'Numbers: the country (code or name).' }),
  Area,
  CapitalOrMajorCity,
  Quantity,
  use(CivicAddressId, { help: 'Numbers outside the US: the validated address the numbers come with.' }),
  Acquire,
  use(prefixed('Address', CompanyName), { help: 'Address: company name (default: the tenant name).' }),
  use(prefixed('Address', CountryOrRegion), {
    help: 'Address: country or region (default: the tenant country). With any address flag, fields not given keep their defaults instead of being asked.',
  }),
  use(prefixed('Address', HouseNumber), { help: 'Address: house number.', nullable: true }),
  use(prefixed('Address', StreetName), { help: 'Address: street name (a numbered street with its ordinal: 148th).' }),
  use(prefixed('Address', StreetSuffix), { help: 'Address: street suffix (Street, Ave).', nullable: true }),
  use(prefixed('Address', City), { help: 'Address: city.' }),
  use(prefixed('Address', StateOrProvince), { help: 'Address: state or province (empty: found from the city or postal code).', nullable: true }),
  use(prefixed('Address', PostalCode), { help: 'Address: postal code.', nullable: true }),
  use(prefixed('Address', Description), { help: 'Address: description.', nullable: true }),
  use(Location, { valueName: 'NAME;NAME' }),
  AssignUsers,
  AssignNumbers,
  use(many(LocationId), { help: "Assign: the emergency location (one per country of the users' numbers).", valueName: 'GUID,…' }),
  Smtp,
  Out,
  From,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const wizardCommand = defineCommand({
  name: 'wizard',
  summary: 'Walk the five setup steps in a terminal, resuming at the first step not done; each flag answers (and skips) a question.',
  kind: 'other',
  params,
  examples: [
    'callplan wizard',
    'callplan wizard --buy MCOEV=10,MCOPSTN1=10 --users all --city NOAM-US-WA-RD --inventory-type Subscriber --quantity 5',
    'callplan wizard --step 5 --out ./messages --yes',
  ],
  load: async () => (await import('../../../runtime.js')).wizard,
});
