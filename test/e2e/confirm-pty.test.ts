// -Confirm on any change command: the -WhatIf preview, one question, then the change — or nothing on "no".
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { spawnPty } from '../helpers/pty.js';
import { newStore, peek } from '../helpers/store.js';

const units = (store: string) => peek<{ n: number }>(store, "SELECT COALESCE(SUM(active_units), 0) AS n FROM subscriptions WHERE sku = 'MCOEV'")[0]!.n;

describe('-Confirm', () => {
  it('answering no changes nothing and exits 130', { timeout: 60_000 }, async () => {
    const store = newStore();
    const t = spawnPty(['buy-license', '--store', store, '--sku', 'MCOEV', '--quantity', '3', '-Confirm']);
    await t.expect('WhatIf');
    await t.answer('apply these changes?', 'n\r');
    expect(await t.exited).toBe(130);
    expect(units(store)).toBe(0);
  });

  it('an error in the preview stops before the question', { timeout: 60_000 }, async () => {
    const store = newStore();
    const t = spawnPty(['Set-CsOnlineVoiceUser', 'nobody@contoso.com', '-TelephoneNumber', '$null', '--store', store, '-cf']);
    await t.expect('UserNotFound');
    expect(await t.exited).not.toBe(0);
  });

  it('answering yes applies the change', { timeout: 60_000 }, async () => {
    const store = newStore();
    const b = spawnPty(['buy-license', '--store', store, '--sku', 'MCOEV', '--quantity', '3', '-Confirm']);
    await b.answer('apply these changes?', 'y\r');
    expect(await b.exited).toBe(0);
    expect(units(store)).toBe(3);
  });

  it('without a terminal it is a usage error, before anything changes', () => {
    const store = newStore();
    const r = runBin(['buy-license', '--store', store, '--sku', 'MCOEV', '--quantity', '3', '-Confirm']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callplan: ConfirmNeedsTerminal: /);
    expect(units(store)).toBe(0);
  });
});
