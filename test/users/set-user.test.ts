// set-user: changes, CountryMismatch for users holding a number, UsageLocationRequired, -WhatIf, audit.
import { describe, expect, it } from 'vitest';
import { cp, newStore, peek } from '../helpers/store.js';
import { count, errorId, giveNumber, ok, users } from '../helpers/arrange.js';

const user = (store: string) =>
  peek<{ display_name: string; usage_location: string | null; email: string | null }>(store, 'SELECT display_name, usage_location, email FROM users')[0]!;

describe('set-user', () => {
  it('changes usage location, display name and email; reports the changes; writes a Set-MsolUser audit row', async () => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'US']);
    const r = await cp(store, [
      'Set-MsolUser',
      '-UserPrincipalName',
      'ken@contoso.com',
      '-UsageLocation',
      'gb',
      '-DisplayName',
      'Ken Myer',
      '-Email',
      'ken@contoso.com',
      '-o',
      'json',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.json()).toMatchObject({ UsageLocation: 'GB', DisplayName: 'Ken Myer', Result: 'Updated' });
    expect(user(store)).toEqual({ display_name: 'Ken Myer', usage_location: 'GB', email: 'ken@contoso.com' });
    const audit = peek<{ before: string; after: string }>(store, "SELECT before, after FROM audit_log WHERE operation = 'Set-MsolUser'");
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before)).toMatchObject({ UsageLocation: 'US' });
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ UsageLocation: 'GB' });
  });

  it('$null clears email and usage location; the same values again are Unchanged with no audit row', async () => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'US']);
    await ok(store, ['set-user', 'ken@contoso.com', '--email', 'k@contoso.com']);
    await ok(store, ['set-user', 'ken@contoso.com', '-Email', '$null', '-UsageLocation', '$null']);
    expect(user(store)).toMatchObject({ usage_location: null, email: null });
    const audit = count(store, 'SELECT * FROM audit_log');
    const r = await cp(store, ['set-user', 'ken@contoso.com', '--usage-location', '$null', '-o', 'json']);
    expect(r.json()).toMatchObject({ Result: 'Unchanged' });
    expect(count(store, 'SELECT * FROM audit_log')).toBe(audit);
  });

  it('a user holding a number keeps its country: CountryMismatch names both countries; the same country is fine', async () => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'GB']);
    const n = giveNumber(store, 'ken@contoso.com', 'GB');
    const r = await cp(store, ['set-user', 'ken@contoso.com', '--usage-location', 'US']);
    expect(r.code).toBe(1);
    expect(errorId(r.err)).toBe('CountryMismatch');
    expect(r.err).toContain(`+${n}`);
    expect(r.err).toContain('GB (United Kingdom)');
    expect(r.err).toContain('US (United States)');
    expect(user(store).usage_location).toBe('GB');
    await ok(store, ['set-user', 'ken@contoso.com', '--usage-location', 'gb', '--display-name', 'Ken']);
    expect(errorId((await cp(store, ['set-user', 'ken@contoso.com', '--usage-location', '$null'])).err)).toBe('CountryMismatch');
  });

  it('a user holding a Calling Plan cannot lose the usage location: UsageLocationRequired', async () => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'US']);
    await ok(store, ['buy-license', 'MCOEV', '--quantity', '1']);
    await ok(store, ['buy-license', 'MCOPSTN2', '--quantity', '1']);
    await ok(store, ['set-user-license', 'ken@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN2']);
    const r = await cp(store, ['set-user', 'ken@contoso.com', '--usage-location', '$null']);
    expect(errorId(r.err)).toBe('UsageLocationRequired');
    expect(r.err).toContain('--remove-licenses MCOPSTN2');
    await ok(store, ['set-user', 'ken@contoso.com', '--usage-location', 'CA']);
  });

  it('-WhatIf lists the changes and writes nothing', async () => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'US']);
    const r = await cp(store, ['set-user', 'ken@contoso.com', '--display-name', 'Kenneth', '-WhatIf', '-o', 'json']);
    expect(r.json()).toMatchObject({ Result: 'WhatIf', Changes: ["DisplayName 'ken@contoso.com' → 'Kenneth'"] });
    expect(user(store).display_name).toBe('ken@contoso.com');
  });

  it.each([
    [['nobody@contoso.com', '--display-name', 'X'], 'UserNotFound', 1],
    [['ken@contoso.com'], 'MissingParameter', 2],
    [['ken@contoso.com', '--usage-location', 'ZZ'], 'InvalidValue', 2],
    [['ken@contoso.com', '--display-name', '$null'], 'InvalidValue', 2],
    [['ken@contoso.com', '--display-name', 'a\u0007b'], 'InvalidValue', 2],
    [['ken@contoso.com', '--email', 'not-an-address'], 'InvalidValue', 2],
  ])('set-user %j: %s (exit %i)', async (args, id, code) => {
    const store = newStore();
    await users(store, ['ken@contoso.com', 'US']);
    const r = await cp(store, ['set-user', ...args]);
    expect(errorId(r.err)).toBe(id);
    expect(r.code).toBe(code);
  });
});
