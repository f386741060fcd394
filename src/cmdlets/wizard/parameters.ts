// wizard: the five setup steps as questions in a terminal. Every question can be answered by a flag instead.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const wizardCommand: CmdletDef = {
  name: 'wizard',
  summary: 'Walk the five setup steps in a terminal, resuming at the first step not done; each flag answers (and skips) a question.',
  kind: 'other',
  params: [
    { name: 'Step', flag: 'step', kind: 'int', valueName: 'N', help: 'Walk only this step (1-5, in walking order), done or not.' },
    { name: 'Yes', flag: 'yes', aliases: ['y'], kind: 'switch', help: 'Accept every confirmation (save the address, apply the assignments, send, search again) without asking.' },
    // Step 1: licences
    { name: 'Csv', flag: 'csv', kind: 'string', input: true, valueName: 'FILE', help: 'Licences: when the tenant has no users, import them from this CSV file (import-users columns); none skips.' },
    { name: 'Buy', flag: 'buy', kind: 'list', valueName: 'SKU=N,…', help: 'Licences: units to buy, e.g. MCOEV=10,MCOPSTN1=10; none buys nothing.' },
    { name: 'Users', flag: 'users', kind: 'list', valueName: 'U1,U2', help: 'Licences: the users to give Phone System and a Calling Plan (UPNs), all, or none.' },
    { name: 'Licenses', flag: 'licenses', kind: 'list', valueName: 'SKU,SKU', help: 'Licences: the Phone System SKU and the Calling Plan SKU to give, e.g. MCOEV,MCOPSTN1.' },
    { name: 'UsageLocation', flag: 'usage-location', kind: 'string', valueName: 'CC', help: 'Licences: the usage location for picked users that have none (default asked: the tenant country).' },
    // Step 2: numbers
    { name: 'InventoryType', flag: 'inventory-type', kind: 'enum', values: ['Subscriber', 'Service'], valueName: 'TYPE', help: 'Numbers: Subscriber (user numbers) or Service (toll / toll-free).' },
    { name: 'TollFree', flag: 'toll-free', kind: 'switch', help: 'Numbers, with Service: toll-free (-TollFree:$false for toll).' },
    { name: 'CountryOrRegion', flag: 'country', aliases: ['Country', 'country-or-region'], kind: 'string', valueName: 'CC', help: "Numbers: the country (code or name)." },
    { name: 'Area', flag: 'area', kind: 'string', valueName: 'CODE', help: 'Numbers: the state or region (WA, Washington).' },
    { name: 'CapitalOrMajorCity', flag: 'city', aliases: ['City', 'CityCode'], kind: 'string', valueName: 'CITY', help: 'Numbers: the city code (NOAM-US-WA-RD; settles country and area too) or name.' },
    { name: 'Quantity', flag: 'quantity', kind: 'int', valueName: 'N', help: 'Numbers: how many to reserve.' },
    { name: 'CivicAddressId', flag: 'civic-address-id', kind: 'string', valueName: 'GUID', help: 'Numbers outside the US: the validated address the numbers come with.' },
    { name: 'Acquire', flag: 'acquire', kind: 'list', valueName: 'all|N1,N2', help: 'Numbers: which reserved numbers to acquire (all, or a list); the rest go back.' },
    // Step 3: addresses
    { name: 'AddressCompanyName', flag: 'address-company-name', kind: 'string', valueName: 'TEXT', help: 'Address: company name (default: the tenant name).' },
    { name: 'AddressCountry', flag: 'address-country', kind: 'string', valueName: 'CC', help: 'Address: country or region (default: the tenant country). With any address flag, fields not given keep their defaults instead of being asked.' },
    { name: 'AddressHouseNumber', flag: 'address-house-number', kind: 'string', nullable: true, valueName: 'TEXT', help: 'Address: house number.' },
    { name: 'AddressStreetName', flag: 'address-street-name', kind: 'string', valueName: 'TEXT', help: 'Address: street name (a numbered street with its ordinal: 148th).' },
    { name: 'AddressStreetSuffix', flag: 'address-street-suffix', kind: 'string', nullable: true, valueName: 'TEXT', help: 'Address: street suffix (Street, Ave).' },
    { name: 'AddressCity', flag: 'address-city', kind: 'string', valueName: 'TEXT', help: 'Address: city.' },
    { name: 'AddressState', flag: 'address-state', aliases: ['address-state-or-province'], kind: 'string', nullable: true, valueName: 'TEXT', help: 'Address: state or province (empty: found from the city or postal code).' },
    { name: 'AddressPostalCode', flag: 'address-postal-code', kind: 'string', nullable: true, valueName: 'TEXT', help: 'Address: postal code.' },
    { name: 'AddressDescription', flag: 'address-description', kind: 'string', nullable: true, valueName: 'TEXT', help: 'Address: description.' },
    { name: 'Location', flag: 'location', kind: 'string', valueName: 'NAME;NAME', help: 'Address: named locations to add to it, separated by ; (none adds none).' },
    // Step 4: assign
    { name: 'AssignUsers', flag: 'assign-users', kind: 'list', valueName: 'U1,U2', help: 'Assign: the users to give a number (UPNs), all, or none.' },
    { name: 'AssignNumbers', flag: 'assign-numbers', kind: 'list', valueName: 'next-free|N1,N2', help: 'Assign: next-free, or one number per user in the order of --assign-users.' },
    { name: 'LocationId', flag: 'location-id', aliases: ['LocationID'], kind: 'list', valueName: 'GUID,…', help: "Assign: the emergency location (one per country of the users' numbers)." },
    // Step 5: notify
    { name: 'Smtp', flag: 'smtp', kind: 'string', valueName: 'URL', help: 'Notify: send through this SMTP server (default asked: $CALLPLAN_SMTP_URL).' },
    { name: 'Out', flag: 'out', kind: 'string', valueName: 'DIR', help: 'Notify: write .eml files into this folder instead of sending.' },
    { name: 'From', flag: 'from', kind: 'string', valueName: 'ADDRESS', help: 'Notify: the sender (default: Teams Phone <noreply@the primary domain>).' },
  ],
  examples: [
    'callplan wizard',
    'callplan wizard --buy MCOEV=10,MCOPSTN1=10 --users all --city NOAM-US-WA-RD --inventory-type Subscriber --quantity 5',
    'callplan wizard --step 5 --out ./messages --yes',
  ],
  load: loadRun('wizard'),
};
