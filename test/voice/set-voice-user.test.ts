// Set-CsOnlineVoiceUser for one user: every rule of SPEC §1 step 4 with its ErrorId, and the documented examples.
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { exec, licensedUser, numberOf, voiceEnabled, voiceTenant, type VoiceTenant } from './fixtures.js';

let t: VoiceTenant;
beforeEach(async () => {
  t = await voiceTenant();
});

const svu = (...args: string[]) => cp(t.store, ['Set-CsOnlineVoiceUser', ...args]);
const failsWith = async (id: string, args: string[], re?: RegExp) => {
  const r = await svu(...args);
  expect(r.code, r.out).toBe(1);
  expect(r.err).toMatch(new RegExp(`^callplan: ${id}: `));
  if (re) expect(r.err).toMatch(re);
};

describe('set-voice-user rules', () => {
  it('assigns a number with a US location, enables enterprise voice, and records it in the audit log', async () => {
    const r = await svu('-Identity', 'ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-o', 'json');
    expect(r.code, r.err).toBe(0);
    expect(r.json()).toEqual([
      {
        Identity: 'ann@contoso.com',
        TelephoneNumber: t.us[0],
        LocationID: t.usLocation,
        Result: 'Assigned',
        ErrorId: '',
        Message: expect.stringContaining('assigned') as unknown,
      },
    ]);
    expect(numberOf(t.store, 'ann@contoso.com')).toBe(t.us[0]!.slice(1));
    expect(voiceEnabled(t.store, 'ann@contoso.com')).toBe(true);
    const log = (await cp(t.store, ['get-audit-log', '--identity', 'ann@contoso.com', '--operation', 'Set-CsOnlineVoiceUser', '-o', 'json'])).json<
      { After: { TelephoneNumber: string } }[]
    >();
    expect(log[0]!.After.TelephoneNumber).toBe(t.us[0]);
  });

  it('accepts the user by sip: address and ObjectId, and the number as digits or tel:', async () => {
    const objectId = peek<{ object_id: string }>(t.store, "SELECT object_id FROM users WHERE upn_key = 'bob@contoso.com'")[0]!.object_id;
    expect((await svu('sip:ann@contoso.com', '-TelephoneNumber', t.us[0]!.slice(1), '-LocationID', t.usLocation)).code).toBe(0);
    expect((await svu('-Identity', objectId.toUpperCase(), '-TelephoneNumber', `tel:${t.us[1]}`, '-LocationID', t.usLocation)).code).toBe(0);
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[1]!.slice(1));
  });

  it('a re-run of the same assignment is Unchanged', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    const r = await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-o', 'json');
    expect(r.json<{ Result: string }[]>()[0]!.Result).toBe('Unchanged');
  });

  it('a new number returns the old one to the unassigned numbers', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[1]!, '-LocationID', t.usLocation);
    expect(numberOf(t.store, 'ann@contoso.com')).toBe(t.us[1]!.slice(1));
    const free = (await cp(t.store, ['get-number', '--is-not-assigned', '-o', 'json'])).json<{ TelephoneNumber: string; LocationId: string | null }[]>();
    expect(free.find((n) => n.TelephoneNumber === t.us[0])).toMatchObject({ LocationId: null });
  });

  it('$null removes the number and disables enterprise voice', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    const r = await svu('ann@contoso.com', '-TelephoneNumber', '$null', '-o', 'json');
    expect(r.json<{ Result: string }[]>()[0]!.Result).toBe('Removed');
    expect(numberOf(t.store, 'ann@contoso.com')).toBeNull();
    expect(voiceEnabled(t.store, 'ann@contoso.com')).toBe(false);
    const again = await svu('ann@contoso.com', '-TelephoneNumber', '');
    expect(again.out).toContain('Unchanged');
  });

  it('-LocationID alone moves the current number to another location', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    expect((await svu('ann@contoso.com', '-LocationID', t.usLocation2)).code).toBe(0);
    const [n] = (await cp(t.store, ['get-number', '--telephone-number', t.us[0]!, '-o', 'json'])).json<{ LocationId: string }[]>();
    expect(n!.LocationId).toBe(t.usLocation2);
    await failsWith('NoNumberAssigned', ['bob@contoso.com', '-LocationID', t.usLocation]);
  });

  it('outside the US the number keeps the location it came with unless another is given', async () => {
    const r = await svu('gus@contoso.com', '-TelephoneNumber', t.gb[0]!, '-o', 'json');
    expect(r.code, r.err).toBe(0);
    expect(r.json<{ Result: string }[]>()[0]!.Result).toBe('Assigned');
    const [n] = (await cp(t.store, ['get-number', '--telephone-number', t.gb[0]!, '-o', 'json'])).json<{ LocationId: string }[]>();
    expect(n!.LocationId).toBe(t.gbLocation);
  });

  it.each([
    ['UserNotFound', () => ['nobody@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation], /nobody@contoso.com/],
    ['UserNotLicensed', () => ['nolicence@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation], /no Phone System licence/],
    ['UserNotLicensed', () => ['psonly@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation], /no Calling Plan/],
    ['CountryMismatch', () => ['gus@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation], /usage location GB, but .* is a US number/],
    ['CountryMismatch', () => ['ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.gbLocation], /is in GB, but .* is a US number/],
    ['LocationRequired', () => ['ann@contoso.com', '-TelephoneNumber', t.us[0]!], /US number: give -LocationID/],
    ['LocationNotFound', () => ['ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', 'c7c5a17f-00d7-47c0-9ddb-3383229d606b'], /c7c5a17f/],
    ['AddressNotValidated', () => ['ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.unvalidatedLocation], /not validated/],
    ['NumberNotFound', () => ['ann@contoso.com', '-TelephoneNumber', '+12065550100', '-LocationID', t.usLocation], /not a number of this tenant/],
    ['NumberNotSubscriber', () => ['ann@contoso.com', '-TelephoneNumber', t.toll[0]!, '-LocationID', t.usLocation], /service \(toll\) number/],
    ['InvalidNumber', () => ['ann@contoso.com', '-TelephoneNumber', '425-555', '-LocationID', t.usLocation], /E\.164/],
  ])('%s', async (id, args, re) => {
    await failsWith(id, args(), re);
  });

  it('a failed request still prints its result row (Failed, ErrorId, Message), then the error (JSON with -o json)', async () => {
    const r = await svu('nobody@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-o', 'json');
    expect(r.code).toBe(1);
    expect(r.json<unknown[]>()).toEqual([
      expect.objectContaining({
        Identity: 'nobody@contoso.com',
        TelephoneNumber: t.us[0],
        Result: 'Failed',
        ErrorId: 'UserNotFound',
        Message: expect.stringContaining('nobody@contoso.com') as unknown,
      }),
    ]);
    expect(JSON.parse(r.err)).toMatchObject({ ErrorId: 'UserNotFound', ExitCode: 1 });
  });

  it('a reserved (not acquired) number is NumberNotAcquired, naming when the hold ends', async () => {
    const r = (await cp(t.store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-SE', '--quantity', '1', '-o', 'json'])).json<{
      TelephoneNumbers: string[];
    }>();
    await failsWith(
      'NumberNotAcquired',
      ['ann@contoso.com', '-TelephoneNumber', r.TelephoneNumbers[0]!, '-LocationID', t.usLocation],
      /hold ends at 2026-11-26T09:10:00.000Z/,
    );
  });

  it('a usage location is required', async () => {
    await cp(t.store, ['add-user', 'nowhere@contoso.com']);
    exec(
      t.store,
      "INSERT INTO user_licenses (user_id, tenant_id, sku, assigned_at) SELECT id, 1, 'MCOEV', 'x' FROM users WHERE upn_key = 'nowhere@contoso.com'",
    );
    exec(
      t.store,
      "INSERT INTO user_licenses (user_id, tenant_id, sku, assigned_at) SELECT id, 1, 'MCOPSTN1', 'x' FROM users WHERE upn_key = 'nowhere@contoso.com'",
    );
    await failsWith('UsageLocationRequired', ['nowhere@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation]);
  });

  it('a number held by another user is refused naming the holder; -Force moves it and records that', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    await failsWith('NumberAlreadyAssigned', ['bob@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation], /assigned to ann@contoso.com/);
    const r = await svu('bob@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-Force', '-o', 'json');
    expect(r.json<{ Message: string }[]>()[0]!.Message).toMatch(/moved from ann@contoso.com with -Force/);
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[0]!.slice(1));
    expect(numberOf(t.store, 'ann@contoso.com')).toBeNull();
    expect(voiceEnabled(t.store, 'ann@contoso.com')).toBe(false);
    const log = (await cp(t.store, ['get-audit-log', '--identity', 'bob@contoso.com', '--operation', 'Set-CsOnlineVoiceUser', '-o', 'json'])).json<
      { Before: { MovedFrom: string } }[]
    >();
    expect(log[0]!.Before.MovedFrom).toBe('ann@contoso.com');
  });

  it('-WhatIf shows the plan and changes nothing', async () => {
    const r = await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-WhatIf', '-o', 'json');
    expect(r.json<{ Result: string }[]>()[0]!.Result).toBe('WhatIf');
    expect(numberOf(t.store, 'ann@contoso.com')).toBeNull();
  });

  it('-Confirm needs a terminal', async () => {
    const r = await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation, '-Confirm');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ConfirmNeedsTerminal/);
  });

  it('neither a number nor a location is a usage error', async () => {
    const r = await svu('ann@contoso.com');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/MissingParameter/);
  });
});

describe('documented examples', () => {
  it('Set-CsOnlineVoiceUser -Identity <GUID> -TelephoneNumber +14255037311 -LocationID <GUID>: UserNotFound on a store without them', async () => {
    const store = newStore();
    const r = await cp(store, [
      'Set-CsOnlineVoiceUser',
      '-Identity',
      '3c37e1c7-78f9-4703-82ee-a6b68516794e',
      '-TelephoneNumber',
      '+14255037311',
      '-LocationID',
      'c7c5a17f-00d7-47c0-9ddb-3383229d606b',
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^callplan: UserNotFound: /);
  });

  it('… and succeeds on a store where the user, number and location exist', async () => {
    await licensedUser(t.store, 'doc@contoso.com', 'US', ['--object-id', '3c37e1c7-78f9-4703-82ee-a6b68516794e']);
    const r = (
      await cp(t.store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--telephone-number', '+14255037311', '-o', 'json'])
    ).json<{ ReservationId: string }>();
    await cp(t.store, ['acquire', r.ReservationId, '--all']);
    exec(t.store, "UPDATE locations SET location_id = 'c7c5a17f-00d7-47c0-9ddb-3383229d606b' WHERE location_id = ?", t.usLocation);
    const ok = await cp(t.store, [
      'Set-CsOnlineVoiceUser',
      '-Identity',
      '3c37e1c7-78f9-4703-82ee-a6b68516794e',
      '-TelephoneNumber',
      '+14255037311',
      '-LocationID',
      'c7c5a17f-00d7-47c0-9ddb-3383229d606b',
    ]);
    expect(ok.code, ok.err).toBe(0);
    expect(numberOf(t.store, 'doc@contoso.com')).toBe('14255037311');
  });

  it('Set-CsOnlineVoiceUser -Identity user@domain.com -TelephoneNumber $null', async () => {
    const none = await cp(t.store, ['Set-CsOnlineVoiceUser', '-Identity', 'user@domain.com', '-TelephoneNumber', '$null']);
    expect(none.err).toMatch(/^callplan: UserNotFound: /);
    await licensedUser(t.store, 'user@domain.com');
    await svu('user@domain.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    const r = await cp(t.store, ['Set-CsOnlineVoiceUser', '-Identity', 'user@domain.com', '-TelephoneNumber', '$null']);
    expect(r.code).toBe(0);
    expect(numberOf(t.store, 'user@domain.com')).toBeNull();
  });

  it('Get-CsOnlineVoiceUser -Identity Ken.Myer@contoso.com', async () => {
    expect((await cp(t.store, ['Get-CsOnlineVoiceUser', '-Identity', 'Ken.Myer@contoso.com'])).err).toMatch(/UserNotFound/);
    await licensedUser(t.store, 'ken.myer@contoso.com', 'US', ['--display-name', 'Ken Myer']);
    await svu('ken.myer@contoso.com', '-TelephoneNumber', t.us[2]!, '-LocationID', t.usLocation);
    const r = await cp(t.store, ['Get-CsOnlineVoiceUser', '-Identity', 'Ken.Myer@contoso.com', '-o', 'json']);
    expect(r.json()).toEqual([
      expect.objectContaining({
        Name: 'Ken Myer',
        SipDomain: 'contoso.com',
        PstnConnectivity: 'Online',
        UsageLocation: 'US',
        EnterpriseVoiceEnabled: true,
        Number: t.us[2]!.slice(1),
        Location: t.usLocation,
      }),
    ]);
  });
});

describe('get-voice-user filters', () => {
  it('number assigned / not assigned, location, civic address, enterprise voice, connectivity, first/skip', async () => {
    await svu('ann@contoso.com', '-TelephoneNumber', t.us[0]!, '-LocationID', t.usLocation);
    await svu('gus@contoso.com', '-TelephoneNumber', t.gb[0]!);
    const names = async (...args: string[]) =>
      (await cp(t.store, ['get-voice-user', ...args, '-o', 'json'])).json<{ UserPrincipalName: string }[]>().map((u) => u.UserPrincipalName);
    expect(await names('--number-assigned')).toEqual(['ann@contoso.com', 'gus@contoso.com']);
    expect(await names('--number-not-assigned')).toEqual(['bob@contoso.com', 'cat@contoso.com', 'dan@contoso.com', 'psonly@contoso.com']);
    expect(await names('--location-id', t.usLocation)).toEqual(['ann@contoso.com']);
    expect(await names('--civic-address-id', t.gbCivic)).toEqual(['gus@contoso.com']);
    expect(await names('--enterprise-voice-status', 'Enabled')).toEqual(['ann@contoso.com', 'gus@contoso.com']);
    expect(await names('--pstn-connectivity', 'OnPremises')).toEqual(['psonly@contoso.com']);
    expect(await names('--first', '2', '--skip', '1')).toEqual(['bob@contoso.com', 'cat@contoso.com']);
    const expanded = (await cp(t.store, ['get-voice-user', 'ann@contoso.com', '--expand-location', '-o', 'json'])).json<{ Location: { City: string } }[]>();
    expect(expanded[0]!.Location.City).toBe('Redmond');
  });
});
