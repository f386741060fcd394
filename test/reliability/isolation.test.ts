// Two tenants in one store: every command run with --tenant A can neither see nor change anything of tenant B.
// The table below must name every command of the registry (a new command without a case fails the test).
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { tenantDigest } from '../helpers/digest.js';
import { cp, peek } from '../helpers/store.js';
import { voiceTenant } from '../voice/fixtures.js';

interface B {
  upn: string;
  objectId: string;
  number: string;
  reservationId: string;
  reserved: string;
  civicAddressId: string;
  locationId: string;
  portOrderId: string;
  ported: string;
}

let store: string;
let b: B;
const A = ['--tenant', 'Fabrikam'];

beforeAll(async () => {
  // Tenant B (Contoso, row 1) with users, numbers, an address, a reservation; tenant A (Fabrikam) beside it.
  const t = await voiceTenant();
  store = t.store;
  await cp(store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation]);
  const r = (await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-SE', '--quantity', '1', '-o', 'json'])).json<{
    ReservationId: string;
    TelephoneNumbers: string[];
  }>();
  b = {
    upn: 'ann@contoso.com',
    objectId: peek<{ object_id: string }>(store, "SELECT object_id FROM users WHERE upn_key = 'ann@contoso.com'")[0]!.object_id,
    number: t.us[0]!,
    reservationId: r.ReservationId,
    reserved: r.TelephoneNumbers[0]!,
    civicAddressId: peek<{ civic_address_id: string }>(
      store,
      'SELECT a.civic_address_id FROM addresses a JOIN locations l ON l.address_id = a.id WHERE l.location_id = ?',
      t.usLocation,
    )[0]!.civic_address_id,
    locationId: t.usLocation,
    portOrderId: '',
    ported: '',
  };
  // A pending port order of B.
  const order = await cp(store, [
    'new-port-order',
    '--telephone-numbers',
    '+14255550200',
    '--losing-carrier',
    'Northwind',
    '--account-number',
    '1',
    '--billing-telephone-number',
    '+14255550299',
    '--port-type',
    'Partial',
    '--company-name',
    'Contoso',
    '--authorizing-person',
    'Ken Myer',
    '--house-number',
    '1',
    '--street-name',
    'Microsoft Way',
    '--city',
    'Redmond',
    '--state-or-province',
    'WA',
    '--postal-code',
    '98052',
    '--transfer-date',
    '2026-12-10',
    '-o',
    'json',
  ]);
  b.portOrderId = order.json<{ OrderId: string }>().OrderId;
  b.ported = '+14255550200';
  await cp(store, ['init', '--tenant-name', 'Fabrikam', '--country', 'US']);
  await cp(store, [...A, 'buy-license', '--sku', 'MCOEV', '--quantity', '5']);
  await cp(store, [...A, 'buy-license', '--sku', 'MCOPSTN1', '--quantity', '5']);
}, 120_000);

/** What must hold after a command: B unchanged, and B's identifiers not in A's output. */
type Case = (run: (args: string[], stdin?: string) => Promise<{ code: number; out: string; err: string }>) => Promise<void>;

const notFound = (id: RegExp) => async (r: { code: number; err: string }) => {
  expect(r.code).not.toBe(0);
  expect(r.err).toMatch(id);
};

const CASES: Record<string, Case> = {
  init: async (run) => void expect((await run(['init', '--tenant-name', 'Fabrikam'])).code).toBe(0),
  status: async (run) => {
    const r = await run(['status', '-o', 'json']);
    expect(JSON.parse(r.out).Users.Total).toBe(0);
  },
  'get-inventory': async (run) => void expect((await run(['get-inventory'])).code).toBe(0),
  reserve: async (run) =>
    notFound(/NumberNotAvailable/)(await run(['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-SE', '--telephone-number', b.reserved])),
  'get-reservation': async (run) => notFound(/ReservationNotFound/)(await run(['get-reservation', b.reservationId])),
  acquire: async (run) => notFound(/ReservationNotFound/)(await run(['acquire', b.reservationId, '--all'])),
  'clear-reservation': async (run) => notFound(/ReservationNotFound/)(await run(['clear-reservation', b.reservationId])),
  'get-number': async (run) => expect(JSON.parse((await run(['get-number', '--telephone-number', b.number, '-o', 'json'])).out)).toEqual([]),
  'release-number': async (run) => {
    const r = await run(['release-number', b.number, '-o', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).NumberIdsNotOwnedByTenant).toEqual([b.number.slice(1)]);
  },
  'buy-license': async (run) => void expect((await run(['buy-license', '--sku', 'MCOMEETADV', '--quantity', '1'])).code).toBe(0),
  'remove-license': async (run) => void expect((await run(['remove-license', '--sku', 'MCOMEETADV', '--quantity', '1'])).code).toBe(0),
  'get-license': async (run) => {
    const rows = JSON.parse((await run(['get-license', '-o', 'json'])).out) as unknown;
    expect(JSON.stringify(rows)).not.toContain('"ActiveUnits":50');
  },
  'add-user': async (run) => notFound(/UserAlreadyExists|ObjectId/)(await run(['add-user', 'copy@fabrikam.com', '--object-id', b.objectId])),
  'import-users': async (run) => {
    const r = await run(['import-users', '--csv', '-', '-o', 'json'], `UserPrincipalName,ObjectId\ncopy2@fabrikam.com,${b.objectId}\n`);
    expect(r.code).not.toBe(0);
  },
  'get-user': async (run) => {
    const r = await run(['get-user', b.upn, '-o', 'json']);
    expect(r.code === 0 ? (JSON.parse(r.out) as unknown[]).length : 0).toBe(0);
  },
  'set-user': async (run) => notFound(/UserNotFound/)(await run(['set-user', b.upn, '--display-name', 'Hacked'])),
  'set-user-license': async (run) => notFound(/UserNotFound/)(await run(['set-user-license', b.upn, '--remove-licenses', 'MCOPSTN1'])),
  'add-address': async (run) =>
    void expect(
      (
        await run([
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
          'Fabrikam',
        ])
      ).code,
    ).toBe(0),
  'test-address': async (run) => notFound(/AddressNotFound/)(await run(['test-address', '--civic-address-id', b.civicAddressId])),
  'get-address': async (run) => expect(JSON.parse((await run(['get-address', '--civic-address-id', b.civicAddressId, '-o', 'json'])).out || '[]')).toEqual([]),
  'set-address': async (run) => notFound(/AddressNotFound/)(await run(['set-address', '--civic-address-id', b.civicAddressId, '--description', 'x'])),
  'remove-address': async (run) => notFound(/AddressNotFound/)(await run(['remove-address', '--civic-address-id', b.civicAddressId])),
  'add-location': async (run) => notFound(/AddressNotFound/)(await run(['add-location', '--civic-address-id', b.civicAddressId, '--location', 'Annex'])),
  'get-location': async (run) => expect(JSON.parse((await run(['get-location', '--location-id', b.locationId, '-o', 'json'])).out || '[]')).toEqual([]),
  'set-location': async (run) => notFound(/LocationNotFound/)(await run(['set-location', '--location-id', b.locationId, '--location', 'x'])),
  'remove-location': async (run) => notFound(/LocationNotFound/)(await run(['remove-location', '--location-id', b.locationId])),
  'set-voice-user': async (run) => {
    await notFound(/UserNotFound/)(await run(['set-voice-user', b.upn, '--telephone-number', '$null']));
    const bulk = await run(['set-voice-user', '--csv', '-', '-o', 'json'], `Identity,TelephoneNumber\n${b.upn},\n`);
    expect(JSON.parse(bulk.out)).toEqual([expect.objectContaining({ Result: 'Failed', ErrorId: 'UserNotFound' })]);
  },
  'get-voice-user': async (run) => notFound(/UserNotFound/)(await run(['get-voice-user', b.upn])),
  'notify-users': async (run) => {
    const one = await run(['notify-users', b.upn, '--out', `${store}.eml`, '-o', 'json']);
    expect(JSON.parse(one.out)).toEqual([expect.objectContaining({ Result: 'Failed', ErrorId: 'UserNotFound' })]);
    expect(JSON.parse((await run(['notify-users', '--all-pending', '--out', `${store}.eml`, '-o', 'json'])).out)).toEqual([]);
  },
  'get-notification': async (run) => {
    await notFound(/UserNotFound/)(await run(['get-notification', b.upn]));
    expect(JSON.parse((await run(['get-notification', '-o', 'json'])).out)).toEqual([]);
  },
  'new-port-order': async (run) => {
    const r = await run([
      'new-port-order',
      '--telephone-numbers',
      b.ported,
      '--losing-carrier',
      'Northwind',
      '--account-number',
      '1',
      '--billing-telephone-number',
      '+14255550299',
      '--port-type',
      'Partial',
      '--company-name',
      'Fabrikam',
      '--authorizing-person',
      'Lee Gu',
      '--house-number',
      '1',
      '--street-name',
      'Microsoft Way',
      '--city',
      'Redmond',
      '--state-or-province',
      'WA',
      '--postal-code',
      '98052',
      '--transfer-date',
      '2026-12-10',
    ]);
    await notFound(/NumberAlreadyInTenant/)(r);
    expect(r.err).not.toContain('Contoso');
  },
  'get-port-order': async (run) => {
    await notFound(/PortOrderNotFound/)(await run(['get-port-order', b.portOrderId]));
    expect(JSON.parse((await run(['get-port-order', '-o', 'json'])).out)).toEqual([]);
  },
  'set-port-order': async (run) => notFound(/PortOrderNotFound/)(await run(['set-port-order', b.portOrderId, '--pin', '1'])),
  'cancel-port-order': async (run) => notFound(/PortOrderNotFound/)(await run(['cancel-port-order', b.portOrderId])),
  // Without a terminal the wizard refuses before it reads anything (its steps call the services tested above).
  wizard: async (run) => {
    const r = await run(['wizard']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/WizardNeedsTerminal/);
  },
  'get-audit-log': async (run) => expect((await run(['get-audit-log', '--identity', b.upn, '-o', 'json'])).out).not.toContain(b.upn),
};

describe('tenant isolation', () => {
  it('every command has an isolation case', () => {
    expect(Object.keys(CASES).sort()).toEqual(REGISTRY.map((c) => c.name).sort());
  });

  it.each(REGISTRY.map((c) => c.name))('%s --tenant Fabrikam cannot see or change Contoso', async (name) => {
    const before = tenantDigest(store, 1);
    const run = (args: string[], stdin?: string) => cp(store, [...A, ...args], { stdin });
    await CASES[name]!(run);
    expect(tenantDigest(store, 1)).toBe(before);
  });
});
