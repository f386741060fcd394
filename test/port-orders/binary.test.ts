// Port orders through the real binary: one error line per refusal with the right exit code, and a whole life replayed
// with CALLPLAN_NOW.
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { newStore } from '../helpers/store.js';
import { buy } from '../helpers/arrange.js';
import { orderFlags } from './helpers.js';

describe('port orders through bin/callplan.js', () => {
  it('bad input: one line on stderr, exit 2 for the command line, exit 1 for refused numbers', () => {
    const store = newStore();
    buy(store, { MCOEV: 5 });
    const reversed = runBin(['--store', store, 'new-port-order', '--range', '4255550299-4255550200', ...orderFlags()]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/^callplan: InvalidRange: range '4255550299-4255550200' is reversed: .*\n$/);
    const bad = runBin(['--store', store, 'new-port-order', '--telephone-numbers', '+448431234567,123,+14255037300', ...orderFlags()]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(bad.stderr).toMatch(/^callplan: InvalidNumber: .*\(NonPortableNumber\).*\+448431234567.*\(NumberInProviderPool\).*\+14255037300/);
    const noType = runBin(['--store', store, 'new-port-order', '--telephone-numbers', '+14255550200', ...orderFlags({ 'port-type': undefined })]);
    expect(noType.code).toBe(2);
    expect(noType.stderr).toMatch(/^callplan: MissingParameter: /);
  });

  it('an order lives through its states as CALLPLAN_NOW moves, and completes into get-number', () => {
    const store = newStore();
    buy(store, { MCOEV: 5 });
    const created = runBin(['--store', store, 'new-port-order', '--telephone-numbers', '425-555-0200', ...orderFlags(), '-o', 'json']);
    expect(created.code, created.stderr).toBe(0);
    const id = (JSON.parse(created.stdout) as { OrderId: string }).OrderId;
    const status = (now: string) =>
      runBin(['--store', store, 'get-port-order', id, '--properties', 'Status', '-o', 'csv'], { env: { CALLPLAN_NOW: now } }).stdout.trim();
    expect(status('2026-11-26T10:00:00Z')).toBe('Status\nProcessing');
    expect(status('2026-11-27T10:00:00Z')).toBe('Status\nContactingCarrier');
    expect(status('2026-12-01T10:00:00Z')).toBe('Status\nTransferApproved');
    expect(status('2026-12-09T10:00:00Z')).toBe('Status\nTransferPending');
    const cancel = runBin(['--store', store, 'cancel-port-order', id], { env: { CALLPLAN_NOW: '2026-12-09T10:00:00Z' } });
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toMatch(/^callplan: PortOrderNotCancellable: .*Transfer pending/);
    const n = runBin(
      [
        '--store',
        store,
        'Get-CsOnlineTelephoneNumber',
        '-TelephoneNumber',
        '+14255550200',
        '--properties',
        'SourceType,ActivationState,PortInOrderStatus',
        '-o',
        'csv',
      ],
      {
        env: { CALLPLAN_NOW: '2026-12-10T00:00:00Z' },
      },
    );
    expect(n.stdout).toBe('SourceType,ActivationState,PortInOrderStatus\nPortedIn,Activated,Completed\n');
  });
});
