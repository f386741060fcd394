// A tenant ready for voice assignments: licences, users, acquired US and GB numbers, validated addresses.
import { acquireNumbers, licensedUser, numberOf, ok } from '../helpers/arrange.js';
import { exec, newStore, peek } from '../helpers/store.js';

export interface VoiceTenant {
  store: string;
  us: string[];
  gb: string[];
  toll: string[];
  usLocation: string;
  usLocation2: string;
  gbLocation: string;
  gbCivic: string;
  unvalidatedLocation: string;
}

async function json<T>(store: string, args: string[]): Promise<T> {
  return JSON.parse(await ok(store, [...args, '-o', 'json'])) as T;
}

/** Builds the tenant. */
export async function voiceTenant(): Promise<VoiceTenant> {
  const store = newStore();
  await ok(store, ['buy-license', '--sku', 'MCOEV', '--quantity', '50']);
  await ok(store, ['buy-license', '--sku', 'MCOPSTN1', '--quantity', '50']);
  for (const u of ['ann', 'bob', 'cat', 'dan']) await licensedUser(store, `${u}@contoso.com`);
  await licensedUser(store, 'gus@contoso.com', 'GB');
  await ok(store, ['add-user', 'nolicence@contoso.com', '--usage-location', 'US']);
  await ok(store, ['add-user', 'psonly@contoso.com', '--usage-location', 'US']);
  await ok(store, ['set-user-license', 'psonly@contoso.com', '--add-licenses', 'MCOEV']);
  const addr = await json<{ CivicAddressId: string; DefaultLocationId: string }>(store, [
    'add-address',
    '--house-number',
    '1',
    '--street-name',
    'Microsoft Way',
    '--city',
    'Redmond',
    '--state-or-province',
    'WA',
    '--country-or-region',
    'US',
    '--postal-code',
    '98052',
    '--company-name',
    'Contoso',
  ]);
  const loc2 = await json<{ LocationId: string }>(store, ['add-location', '--civic-address-id', addr.CivicAddressId, '--location', 'Building 64, Floor 1']);
  const gbAddr = await json<{ CivicAddressId: string; DefaultLocationId: string }>(store, [
    'add-address',
    '--house-number',
    '10',
    '--street-name',
    'Downing',
    '--street-suffix',
    'Street',
    '--city',
    'London',
    '--state-or-province',
    'ENG',
    '--country-or-region',
    'GB',
    '--postal-code',
    'SW1A 2AA',
    '--company-name',
    'Contoso UK',
  ]);
  const bad = await json<{ DefaultLocationId: string }>(store, [
    'add-address',
    '--house-number',
    '148',
    '--street-name',
    '148',
    '--city',
    'Redmond',
    '--state-or-province',
    'WA',
    '--country-or-region',
    'US',
    '--postal-code',
    '98052',
    '--company-name',
    'Contoso',
    '--allow-unvalidated',
  ]);
  const us = await acquireNumbers(store, ['--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '8']);
  const gb = await acquireNumbers(store, [
    '--inventory-type',
    'Subscriber',
    '--city',
    'EMEA-GB-ENG-LND',
    '--quantity',
    '3',
    '--civic-address-id',
    gbAddr.CivicAddressId,
  ]);
  const toll = await acquireNumbers(store, ['--inventory-type', 'Service', '--city', 'NOAM-US-WA-RD', '--quantity', '1']);
  return {
    store,
    us,
    gb,
    toll,
    usLocation: addr.DefaultLocationId,
    usLocation2: loc2.LocationId,
    gbLocation: gbAddr.DefaultLocationId,
    gbCivic: gbAddr.CivicAddressId,
    unvalidatedLocation: bad.DefaultLocationId,
  };
}

/** A user's enterprise-voice flag. */
export function voiceEnabled(store: string, upn: string): boolean {
  return peek<{ ev: number }>(store, 'SELECT enterprise_voice AS ev FROM users WHERE upn_key = ?', upn.toLowerCase())[0]!.ev === 1;
}

export { exec, licensedUser, numberOf };
