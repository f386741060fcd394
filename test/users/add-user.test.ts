// add-user: defaults, every field check, clashes with the store, -WhatIf, audit.
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, ok } from '../helpers/arrange.js';

interface UserRow {
  object_id: string;
  upn: string;
  display_name: string;
  sip_address: string;
  usage_location: string | null;
  email: string | null;
}
const stored = (store: string) => peek<UserRow>(store, 'SELECT object_id, upn, display_name, sip_address, usage_location, email FROM users ORDER BY id');

describe('add-user', () => {
  it('creates a user with defaults: DisplayName = UPN, SipAddress = sip:UPN, a new GUID, no usage location', async () => {
    const store = newStore();
    const r = await cp(store, ['add-user', 'ken.myer@contoso.com', '-o', 'json']);
    expect(r.code).toBe(0);
    const u = r.json<Record<string, unknown>>();
    expect(u).toMatchObject({
      UserPrincipalName: 'ken.myer@contoso.com',
      DisplayName: 'ken.myer@contoso.com',
      SipAddress: 'sip:ken.myer@contoso.com',
      UsageLocation: null,
      Result: 'Created',
    });
    expect(u.Identity).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored(store)).toEqual([
      {
        object_id: u.Identity,
        upn: 'ken.myer@contoso.com',
        display_name: 'ken.myer@contoso.com',
        sip_address: 'sip:ken.myer@contoso.com',
        usage_location: null,
        email: null,
      },
    ]);
  });

  it('takes every field in PowerShell spelling; usage location is stored upper case; ObjectId lower case', async () => {
    const store = newStore();
    await ok(store, [
      'add-user',
      '-UserPrincipalName',
      'Pilar.Ackerman@Contoso.com',
      '-DisplayName',
      '  Pilar Ackerman ',
      '-UsageLocation',
      'gb',
      '-Email',
      'pilar@contoso.com',
      '-ObjectId',
      '3B175352-4131-431E-970C-273226B8FB46',
      '-SipAddress',
      'pilar@contoso.com',
    ]);
    expect(stored(store)).toEqual([
      {
        object_id: '3b175352-4131-431e-970c-273226b8fb46',
        upn: 'Pilar.Ackerman@Contoso.com',
        display_name: 'Pilar Ackerman',
        sip_address: 'sip:pilar@contoso.com',
        usage_location: 'GB',
        email: 'pilar@contoso.com',
      },
    ]);
  });

  it('accepts any ISO 3166-1 country as usage location, not only catalog countries', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com', '--usage-location', 'JP']);
    await ok(store, ['add-user', 'b@contoso.com', '--usage-location', 'ax']);
    expect(stored(store).map((u) => u.usage_location)).toEqual(['JP', 'AX']);
  });

  it.each([
    [['bad'], 'UserPrincipalName'],
    [['a b@contoso.com'], 'UserPrincipalName'],
    [['a@contoso'], 'UserPrincipalName'],
    [['a@contoso.com', '--usage-location', 'UK'], 'for United Kingdom use GB'],
    [['a@contoso.com', '--usage-location', 'USA'], 'UsageLocation'],
    [['a@contoso.com', '--usage-location', 'XK'], 'UsageLocation'],
    [['a@contoso.com', '--object-id', 'not-a-guid'], 'ObjectId must be a GUID'],
    [['a@contoso.com', '--email', 'nope'], 'Email'],
    [['a@contoso.com', '--sip-address', 'sip:nope'], 'SipAddress'],
    [['a@contoso.com', '--display-name', 'Evil\u001b[2J'], 'control characters'],
    [['a@contoso.com', '--display-name', 'Bidi\u202eoverride'], 'control characters'],
    [['a@contoso.com', '--display-name', 'x'.repeat(257)], 'at most 256'],
  ])('refuses %j with InvalidValue (usage error, exit 2) and writes nothing', async (args, text) => {
    const store = newStore();
    const r = await cp(store, ['add-user', ...args]);
    expect(r.code).toBe(2);
    expect(errorId(r.err)).toBe('InvalidValue');
    expect(r.err).toContain(text);
    expect(r.err).not.toContain('\u001b');
    expect(count(store, 'SELECT * FROM users')).toBe(0);
  });

  it('without a UPN: MissingParameter (exit 2)', async () => {
    const r = await cp(newStore(), ['add-user', '--display-name', 'Ken']);
    expect(r.code).toBe(2);
    expect(errorId(r.err)).toBe('MissingParameter');
  });

  it('refuses a UPN (any case), SIP address or ObjectId already in the tenant: UserAlreadyExists (exit 1)', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'ken@contoso.com', '--object-id', '3b175352-4131-431e-970c-273226b8fb46']);
    for (const args of [
      ['KEN@contoso.com'],
      ['ken@contoso.com', '--display-name', 'Other'],
      ['other@contoso.com', '--sip-address', 'SIP:Ken@contoso.com'],
      ['other@contoso.com', '--object-id', '3B175352-4131-431E-970C-273226B8FB46'],
    ]) {
      const r = await cp(store, ['add-user', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(errorId(r.err)).toBe('UserAlreadyExists');
    }
    expect(count(store, 'SELECT * FROM users')).toBe(1);
  });

  it("a user's default SIP address clashes with another user's explicit one", async () => {
    const store = newStore();
    await ok(store, ['add-user', 'a@contoso.com', '--sip-address', 'sip:b@contoso.com']);
    const r = await cp(store, ['add-user', 'b@contoso.com']);
    expect(errorId(r.err)).toBe('UserAlreadyExists');
    expect(r.err).toContain('already belongs to a@contoso.com');
  });

  it('the same UPN may exist in another tenant; an ObjectId may not (they are unique across the store)', async () => {
    const store = newStore();
    await ok(store, ['init', '--tenant-name', 'Fabrikam', '--country', 'GB']);
    await ok(store, ['add-user', 'ken@contoso.com', '--object-id', '3b175352-4131-431e-970c-273226b8fb46']);
    await ok(store, ['--tenant', 'Fabrikam', 'add-user', 'ken@contoso.com']);
    const r = await cp(store, ['--tenant', 'Fabrikam', 'add-user', 'pat@contoso.com', '--object-id', '3b175352-4131-431e-970c-273226b8fb46']);
    expect(errorId(r.err)).toBe('UserAlreadyExists');
    expect(r.err).not.toContain('ken@contoso.com');
  });

  it('-WhatIf reports the user and writes nothing (no user, no audit row)', async () => {
    const store = newStore();
    const audit = count(store, 'SELECT * FROM audit_log');
    const r = await cp(store, ['add-user', 'ken@contoso.com', '-WhatIf', '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ UserPrincipalName: 'ken@contoso.com', Result: 'WhatIf', Identity: null });
    expect(r.err).toContain('would create ken@contoso.com');
    expect(count(store, 'SELECT * FROM users')).toBe(0);
    expect(count(store, 'SELECT * FROM audit_log')).toBe(audit);
  });

  it('writes an Add-User audit row with the new user', async () => {
    const store = newStore();
    await ok(store, ['add-user', 'ken@contoso.com', '--usage-location', 'US']);
    const r = await cp(store, ['get-audit-log', '--operation', 'Add-User', '-o', 'json']);
    const rows = r.json<{ Target: string; Result: string; After: { usageLocation: string } }[]>();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Target: 'ken@contoso.com', Result: 'Created', After: { usageLocation: 'US' } });
  });

  it('New-MsolUser is the cmdlet name of add-user', async () => {
    const store = newStore();
    const r = await cp(store, ['New-MsolUser', '-UserPrincipalName', 'ken.myer@contoso.com', '-UsageLocation', 'US', '-o', 'json']);
    expect(r.code, r.err).toBe(0);
    expect(stored(store)).toEqual([expect.objectContaining({ upn: 'ken.myer@contoso.com', usage_location: 'US' })]);
  });
});
