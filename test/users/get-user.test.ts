// get-user: identity by UPN / sip: / ObjectId, filters, licences and numbers in the record, paging.
import { beforeAll, describe, expect, it } from 'vitest';
import { cp, newStore } from '../helpers/store.js';
import { errorId, giveNumber, ok, users } from '../helpers/arrange.js';

interface Rec {
  Identity: string;
  UserPrincipalName: string;
  UsageLocation: string | null;
  Licenses: string[];
  LineURI: string | null;
  TelephoneNumber: string | null;
  EnterpriseVoiceEnabled: boolean;
}

let store: string;
let number: string;
beforeAll(async () => {
  store = newStore();
  await users(store, ['ann@contoso.com', 'US'], ['bob@contoso.com', 'US'], ['cat@contoso.com', 'GB'], ['dan@contoso.com']);
  await ok(store, ['buy-license', 'MCOEV', '--quantity', '3']);
  await ok(store, ['buy-license', 'ENTERPRISEPREMIUM', '--quantity', '1']);
  await ok(store, ['buy-license', 'MCOPSTN1', '--quantity', '3']);
  await ok(store, ['set-user-license', 'ann@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1']);
  await ok(store, ['set-user-license', 'cat@contoso.com', '--add-licenses', 'ENTERPRISEPREMIUM,MCOPSTN1']);
  await ok(store, ['set-user-license', 'bob@contoso.com', '--add-licenses', 'MCOEV']);
  number = giveNumber(store, 'ann@contoso.com', 'US');
});

const get = async (...args: string[]) => {
  const r = await cp(store, ['get-user', ...args, '-o', 'json']);
  expect(r.code, r.err).toBe(0);
  return r.json<Rec[]>();
};
const names = (rs: Rec[]) => rs.map((r) => r.UserPrincipalName);

describe('get-user', () => {
  it('lists every user in UPN order with licences (catalog order) and number as LineURI tel:+… and TelephoneNumber', async () => {
    const all = await get();
    expect(names(all)).toEqual(['ann@contoso.com', 'bob@contoso.com', 'cat@contoso.com', 'dan@contoso.com']);
    expect(all[0]).toMatchObject({ Licenses: ['MCOEV', 'MCOPSTN1'], LineURI: `tel:+${number}`, TelephoneNumber: `+${number}`, UsageLocation: 'US' });
    expect(all[2]!.Licenses).toEqual(['MCOPSTN1', 'ENTERPRISEPREMIUM']);
    expect(all[3]).toMatchObject({ Licenses: [], LineURI: null, UsageLocation: null });
  });

  it('-Identity (positional) by UPN in any case, sip: address or ObjectId gives one object', async () => {
    const [ann] = await get();
    for (const id of ['ANN@contoso.com', 'sip:ann@CONTOSO.com', ann!.Identity.toUpperCase()]) {
      const r = await cp(store, ['Get-CsOnlineUser', id, '-o', 'json']);
      expect(r.json<Rec>().UserPrincipalName).toBe('ann@contoso.com');
    }
  });

  it('an unknown identity: UserNotFound (exit 1)', async () => {
    const r = await cp(store, ['get-user', 'nobody@contoso.com']);
    expect(r.code).toBe(1);
    expect(errorId(r.err)).toBe('UserNotFound');
  });

  it('filters: -UsageLocation (any case), -Licensed (Phone System or E5 + Calling Plan), -Unlicensed, -HasNumber, -NoNumber', async () => {
    expect(names(await get('--usage-location', 'us'))).toEqual(['ann@contoso.com', 'bob@contoso.com']);
    expect(names(await get('-Licensed'))).toEqual(['ann@contoso.com', 'cat@contoso.com']);
    expect(names(await get('-Unlicensed'))).toEqual(['bob@contoso.com', 'dan@contoso.com']);
    expect(names(await get('-HasNumber'))).toEqual(['ann@contoso.com']);
    expect(names(await get('-Licensed', '-NoNumber'))).toEqual(['cat@contoso.com']);
  });

  it('-First/-Skip page through; a notice says when more matched', async () => {
    const r = await cp(store, ['get-user', '--first', '2', '--skip', '1', '-o', 'json']);
    expect(names(r.json<Rec[]>())).toEqual(['bob@contoso.com', 'cat@contoso.com']);
    expect(r.err).toContain('showing 2 of 4 users');
  });

  it('-ResultSize (alias of -First) takes Unlimited; a bad value is a usage error', async () => {
    expect(names(await get('-ResultSize', 'Unlimited'))).toHaveLength(4);
    expect(names(await get('-ResultSize', '1'))).toEqual(['ann@contoso.com']);
    expect(errorId((await cp(store, ['get-user', '--first', 'lots'])).err)).toBe('InvalidValue');
  });

  it('-Licensed with -Unlicensed is a usage error; a bad -UsageLocation too', async () => {
    expect((await cp(store, ['get-user', '-Licensed', '-Unlicensed'])).code).toBe(2);
    expect(errorId((await cp(store, ['get-user', '--usage-location', 'Narnia'])).err)).toBe('InvalidValue');
  });

  it('the default table shows UPN, display name, usage location, licences and LineURI', async () => {
    const r = await cp(store, ['get-user']);
    expect(r.out.split('\n')[0]).toMatch(/^UserPrincipalName\s+DisplayName\s+UsageLocation\s+Licenses\s+LineURI$/);
    expect(r.out).toMatch(/ann@contoso\.com\s+ann@contoso\.com\s+US\s+MCOEV, MCOPSTN1\s+tel:\+\d+/);
  });

  it('stored text with control characters (written by another tool) is escaped in the table', async () => {
    const s = newStore();
    await users(s, ['eve@contoso.com']);
    const { exec } = await import('../helpers/store.js');
    exec(s, "UPDATE users SET display_name = 'Eve' || char(27) || '[31m'");
    const r = await cp(s, ['get-user']);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('Eve\\x1B[31m');
  });
});
