// Port-order states over time (CALLPLAN_NOW replays them), the actions each state allows, Error and Cancelled
// edits that resubmit, and completion into the tenant's inventory.
import { beforeAll, describe, expect, it } from 'vitest';
import { T0, cp, newStore, peek, type RunResult } from '../helpers/store.js';
import { address, buy } from '../helpers/arrange.js';
import { GB_ADDRESS, createOrder, errorId, type OrderJson } from './helpers.js';

// The default catalog: Processing 4 h, ContactingCarrier 72 h, TransferPending 24 h before the transfer, 7 days' lead.
// An order made at T0 (2026-11-26T09:00Z) for 2026-12-10 (00:00Z) lives through:
const AT = {
  processing: T0,
  processingEnd: '2026-11-26T12:59:59.999Z',
  contacting: '2026-11-26T13:00:00.000Z',
  contactingEnd: '2026-11-29T12:59:00.000Z',
  approved: '2026-11-29T13:00:00.000Z',
  approvedEnd: '2026-12-08T23:59:00.000Z',
  pending: '2026-12-09T00:00:00.000Z',
  pendingEnd: '2026-12-09T23:59:59.000Z',
  completed: '2026-12-10T00:00:00.000Z',
};

const getOrder = async (store: string, id: string, now: string) => {
  const r = await cp(store, ['get-port-order', id, '-o', 'json'], { now });
  expect(r.code, r.err).toBe(0);
  return r.json<OrderJson>();
};

interface Num {
  Id: string;
  ActivationState: string;
  SourceType: string;
  PortInOrderStatus: string | null;
  InventoryType: string;
  CityCode: string | null;
  IsManagedByServiceDesk: boolean;
}
const getNumber = async (store: string, n: string, now: string) => {
  const r = await cp(store, ['get-number', '--telephone-number', n, '-o', 'json'], { now });
  expect(r.code, r.err).toBe(0);
  return r.json<Num[]>()[0];
};

const set = (store: string, id: string, args: string[], now: string): Promise<RunResult> => cp(store, ['set-port-order', id, ...args, '-o', 'json'], { now });
const cancel = (store: string, id: string, now: string, extra: string[] = []): Promise<RunResult> =>
  cp(store, ['cancel-port-order', id, ...extra, '-o', 'json'], { now });

describe('states by the store clock', () => {
  let store: string;
  let order: OrderJson;
  beforeAll(async () => {
    store = newStore();
    buy(store, { MCOEV: 10 });
    order = await createOrder(store, ['--telephone-numbers', '+14255550200,+14255550201']);
  });

  it('Processing → ContactingCarrier → TransferApproved (FOC date) → TransferPending → Completed, with the actions each allows', async () => {
    const expected: [string, string, string, string | null, string][] = [
      [AT.processing, 'Processing', 'View, Cancel', null, 'PortPending'],
      [AT.processingEnd, 'Processing', 'View, Cancel', null, 'PortPending'],
      [AT.contacting, 'ContactingCarrier', 'View, Cancel', null, 'PortPending'],
      [AT.contactingEnd, 'ContactingCarrier', 'View, Cancel', null, 'PortPending'],
      [AT.approved, 'TransferApproved', 'View, Edit FOC date, Cancel', '2026-12-10T00:00:00.000Z', 'PortPending'],
      [AT.approvedEnd, 'TransferApproved', 'View, Edit FOC date, Cancel', '2026-12-10T00:00:00.000Z', 'PortPending'],
      [AT.pending, 'TransferPending', 'View', '2026-12-10T00:00:00.000Z', 'PortPending'],
      [AT.pendingEnd, 'TransferPending', 'View', '2026-12-10T00:00:00.000Z', 'PortPending'],
      [AT.completed, 'Completed', 'View', '2026-12-10T00:00:00.000Z', 'Activated'],
    ];
    for (const [now, state, actions, foc, activation] of expected) {
      const o = await getOrder(store, order.OrderId, now);
      expect([now, o.Status, o.Actions, o.FocDate], now).toEqual([now, state, actions, foc]);
      const n = await getNumber(store, '+14255550200', now);
      expect([now, n!.PortInOrderStatus, n!.ActivationState, n!.SourceType], now).toEqual([now, state, activation, 'PortedIn']);
    }
  });

  it('completion is recorded (numbers Activated, order CompletedAt, one audit row): an earlier clock still shows Completed', async () => {
    expect(peek<{ completed_at: string }>(store, 'SELECT completed_at FROM port_orders WHERE order_id = ?', order.OrderId)[0]!.completed_at).toBe(AT.completed);
    expect(
      peek<{ activation_state: string; acquired_at: string }>(store, "SELECT activation_state, acquired_at FROM numbers WHERE number = '14255550201'")[0],
    ).toEqual({
      activation_state: 'Activated',
      acquired_at: AT.completed,
    });
    const audit = peek<{ operation: string; result: string }>(store, 'SELECT operation, result FROM audit_log WHERE target = ? ORDER BY id', order.OrderId);
    expect(audit).toEqual([
      { operation: 'New-CsOnlineNumberPortInOrder', result: 'Created' },
      { operation: 'port-order-completion', result: 'Completed' },
    ]);
    expect((await getOrder(store, order.OrderId, AT.approved)).Status).toBe('Completed');
  });

  it('get-port-order lists the orders, filters by state, and names an unknown order', async () => {
    const list = await cp(store, ['get-port-order', '-o', 'json'], { now: AT.completed });
    expect(list.json<OrderJson[]>().map((o) => o.Status)).toEqual(['Completed']);
    const none = await cp(store, ['get-port-order', '--status', 'Error', '-o', 'json'], { now: AT.completed });
    expect(none.json<OrderJson[]>()).toEqual([]);
    const table = await cp(store, ['Get-CsOnlineNumberPortInOrder'], { now: AT.completed });
    expect(table.out).toContain(order.OrderId);
    expect(table.out).toContain('Completed');
    const missing = await cp(store, ['get-port-order', '--order-id', '00000000-0000-0000-0000-000000000000']);
    expect(missing.code).toBe(1);
    expect(errorId(missing)).toBe('PortOrderNotFound');
  });
});

describe('what each state allows', () => {
  // Each case has its own store: the settle step completes due orders, so a later clock in one case must not touch another.
  const fresh = async (over: Record<string, string | undefined> = {}) => {
    const store = newStore();
    buy(store, { MCOEV: 10 });
    const order = await createOrder(store, ['--telephone-numbers', '+14255550210'], over);
    return { store, id: order.OrderId };
  };

  it('Processing and ContactingCarrier: no edit (PortOrderNotEditable names the state); cancel allowed', async () => {
    const { store, id } = await fresh();
    for (const [now, state] of [
      [AT.processing, 'Processing'],
      [AT.contacting, 'ContactingCarrier'],
    ]) {
      const e = await set(store, id, ['--transfer-date', '2026-12-11'], now!);
      expect(e.code).toBe(1);
      expect(errorId(e)).toBe('PortOrderNotEditable');
      expect(e.err).toContain(state!);
      const c = await cancel(store, id, now!, ['--whatif']);
      expect(c.code, c.err).toBe(0);
      expect(c.json<{ Result: string }>().Result).toBe('WhatIf');
    }
    expect((await getOrder(store, id, AT.contacting)).Status).toBe('ContactingCarrier');
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550210'")).toHaveLength(1);
    const c = await cancel(store, id, AT.contacting);
    expect(c.json<{ Result: string; PreviousStatus: string; NumbersRemoved: number }>()).toMatchObject({
      Result: 'Cancelled',
      PreviousStatus: 'ContactingCarrier',
      NumbersRemoved: 1,
    });
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550210'")).toHaveLength(0);
  });

  it('TransferApproved: only the FOC date can change (the order stays approved); cancel allowed', async () => {
    const { store, id } = await fresh();
    const pin = await set(store, id, ['--pin', '1234', '--transfer-date', '2026-12-12'], AT.approved);
    expect(errorId(pin)).toBe('PortOrderNotEditable');
    expect(pin.err).toContain('only its FOC date');
    expect(pin.err).toContain('-Pin');
    const soon = await set(store, id, ['--transfer-date', '2026-12-05'], AT.approved);
    expect(errorId(soon)).toBe('TransferDateTooSoon');
    const same = await set(store, id, ['--transfer-date', '2026-12-10'], AT.approved);
    expect(same.json<{ Result: string }>().Result).toBe('Unchanged');
    const whatIf = await set(store, id, ['--transfer-date', '2026-12-14T15:00:00Z', '-WhatIf'], AT.approved);
    expect(whatIf.json<{ Result: string; FocDate: string }>()).toMatchObject({ Result: 'WhatIf', FocDate: '2026-12-14T15:00:00.000Z' });
    expect((await getOrder(store, id, AT.approved)).FocDate).toBe('2026-12-10T00:00:00.000Z');
    const moved = await set(store, id, ['--transfer-date', '2026-12-14T15:00:00Z'], AT.approved);
    expect(moved.code, moved.err).toBe(0);
    expect(moved.json<{ Result: string; Status: string; FocDate: string }>()).toMatchObject({
      Result: 'Updated',
      Status: 'TransferApproved',
      FocDate: '2026-12-14T15:00:00.000Z',
    });
    // The new FOC date drives the rest of the order's life.
    expect((await getOrder(store, id, '2026-12-12T00:00:00Z')).Status).toBe('TransferApproved');
    const c = await cancel(store, id, '2026-12-12T00:00:00Z');
    expect(c.json<{ Result: string; PreviousStatus: string }>()).toMatchObject({ Result: 'Cancelled', PreviousStatus: 'TransferApproved' });
  });

  it('TransferPending (< 24 h before the transfer): view only — edit and cancel are refused naming the state', async () => {
    const { store, id } = await fresh();
    const e = await set(store, id, ['--transfer-date', '2026-12-20'], AT.pending);
    expect(errorId(e)).toBe('PortOrderNotEditable');
    expect(e.err).toContain('Transfer pending (TransferPending)');
    const c = await cancel(store, id, AT.pending);
    expect(c.code).toBe(1);
    expect(errorId(c)).toBe('PortOrderNotCancellable');
    expect(c.err).toContain('Transfer pending (TransferPending)');
    expect(c.err).toContain('less than 24 hours');
  });

  it('Completed: view only', async () => {
    const { store, id } = await fresh();
    expect(errorId(await set(store, id, ['--transfer-date', '2026-12-20'], AT.completed))).toBe('PortOrderNotEditable');
    const c = await cancel(store, id, AT.completed);
    expect(errorId(c)).toBe('PortOrderNotCancellable');
    expect(c.err).toContain('Completed');
  });

  it('Cancelled: cannot be cancelled again; an edit resubmits it and its numbers rejoin the tenant', async () => {
    const { store, id } = await fresh();
    expect((await cancel(store, id, AT.contacting)).code).toBe(0);
    expect(peek(store, "SELECT 1 FROM numbers WHERE number = '14255550210'")).toHaveLength(0);
    const o = await getOrder(store, id, AT.contacting);
    expect(o).toMatchObject({ Status: 'Cancelled', Actions: 'Edit', CanView: false, CanEdit: 'Yes', CanCancel: false, TelephoneNumbers: ['+14255550210'] });
    const again = await cancel(store, id, AT.contacting);
    expect(errorId(again)).toBe('PortOrderNotCancellable');
    expect(again.err).toContain('Cancelled');
    // Resubmitting: the stored transfer date is checked again against the new submission (7 days' lead).
    const soon = await set(store, id, ['--authorizing-person', 'Lee Gu'], '2026-12-05T09:00:00Z');
    expect(errorId(soon)).toBe('TransferDateTooSoon');
    const r = await set(store, id, ['--authorizing-person', 'Lee Gu', '--transfer-date', '2026-12-14'], '2026-12-05T09:00:00Z');
    expect(r.code, r.err).toBe(0);
    expect(r.json<{ Result: string; PreviousStatus: string; Status: string }>()).toMatchObject({
      Result: 'Resubmitted',
      PreviousStatus: 'Cancelled',
      Status: 'Processing',
    });
    expect(
      peek<{ activation_state: string; tenant_id: number }>(store, "SELECT activation_state, tenant_id FROM numbers WHERE number = '14255550210'"),
    ).toEqual([{ activation_state: 'PortPending', tenant_id: 1 }]);
    expect((await getOrder(store, id, '2026-12-14T00:00:00Z')).Status).toBe('Completed');
  });

  it('a cancelled order whose number joined a tenant meanwhile cannot be resubmitted', async () => {
    const { store, id } = await fresh();
    expect((await cancel(store, id, AT.processing)).code).toBe(0);
    await createOrder(store, ['--telephone-numbers', '+14255550210']);
    const r = await set(store, id, ['--transfer-date', '2026-12-20'], AT.processing);
    expect(errorId(r)).toBe('NumberAlreadyInTenant');
    expect(r.err).toContain('+14255550210');
  });

  it('-WhatIf on set and cancel changes nothing; set needs something to change', async () => {
    const { store, id } = await fresh();
    const before = peek(store, 'SELECT * FROM port_orders ORDER BY id');
    const numbers = peek(store, 'SELECT * FROM numbers WHERE port_order_id IS NOT NULL ORDER BY id');
    expect((await cancel(store, id, AT.approved, ['--whatif'])).code).toBe(0);
    expect((await set(store, id, ['--transfer-date', '2026-12-20', '--whatif'], AT.approved)).code).toBe(0);
    expect(peek(store, 'SELECT * FROM port_orders ORDER BY id')).toEqual(before);
    expect(peek(store, 'SELECT * FROM numbers WHERE port_order_id IS NOT NULL ORDER BY id')).toEqual(numbers);
    const nothing = await set(store, id, [], AT.approved);
    expect(nothing.code).toBe(2);
    expect(errorId(nothing)).toBe('MissingParameter');
  });
});

describe('Error: the losing carrier rejects a mobile order without the transfer PIN', () => {
  let store: string;
  let order: OrderJson;
  const gbMobile = ['--telephone-numbers', '+447400123456,+447400123457'];
  const gb = { ...GB_ADDRESS, 'billing-telephone-number': '+447400123456', 'port-type': 'Full', 'losing-carrier': 'Vodafone' };
  beforeAll(async () => {
    store = newStore();
    buy(store, { MCOEV: 10 });
  });

  it('creation warns; the order is Processing, then Error when the carrier answers (edit and cancel allowed, numbers stay pending)', async () => {
    const r = await cp(store, [
      'new-port-order',
      ...gbMobile,
      ...Object.entries(gb).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v])),
      '--account-number',
      '55',
      '--company-name',
      'Contoso',
      '--authorizing-person',
      'Ken Myer',
      '--transfer-date',
      '2026-12-10',
      '-o',
      'json',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('transfer PIN');
    order = r.json<OrderJson>();
    expect(order).toMatchObject({ NumberType: 'Mobile', InventoryType: 'Subscriber', CountryOrRegion: 'GB', Status: 'Processing', ErrorMessage: null });
    expect((await getOrder(store, order.OrderId, AT.contactingEnd)).Status).toBe('ContactingCarrier');
    const e = await getOrder(store, order.OrderId, AT.approved);
    expect(e).toMatchObject({ Status: 'Error', Actions: 'Edit, Cancel', CanView: false, CanEdit: 'Yes', CanCancel: true, FocDate: null });
    expect(e.ErrorMessage).toContain('transfer PIN');
    expect((await getNumber(store, '+447400123456', AT.approved))!.PortInOrderStatus).toBe('Error');
    // An order in Error never completes.
    expect((await getOrder(store, order.OrderId, '2026-12-11T00:00:00Z')).Status).toBe('Error');
    expect((await getNumber(store, '+447400123456', '2026-12-11T00:00:00Z'))!.ActivationState).toBe('PortPending');
    expect((await cancel(store, order.OrderId, AT.approved, ['--whatif'])).code).toBe(0);
  });

  it('an edit with the PIN resubmits it (Processing from now) and it completes', async () => {
    const r = await set(store, order.OrderId, ['--pin', '4321'], '2026-11-30T09:00:00Z');
    expect(r.code, r.err).toBe(0);
    expect(r.json<{ Result: string; Status: string; Pin: string }>()).toMatchObject({ Result: 'Resubmitted', Status: 'Processing', Pin: '(set)' });
    expect((await getOrder(store, order.OrderId, '2026-12-03T13:00:00Z')).Status).toBe('TransferApproved');
    expect((await getOrder(store, order.OrderId, '2026-12-10T00:00:00Z')).Status).toBe('Completed');
    const n = await getNumber(store, '+447400123457', '2026-12-10T00:00:00Z');
    expect(n).toMatchObject({ ActivationState: 'Activated', SourceType: 'PortedIn', PortInOrderStatus: 'Completed', CityCode: null });
    const audit = peek<{ operation: string; result: string }>(store, 'SELECT operation, result FROM audit_log WHERE target = ? ORDER BY id', order.OrderId);
    expect(audit.map((a) => a.result)).toEqual(['Created', 'Resubmitted', 'Completed']);
  });

  it('an order in Error can be cancelled: its numbers leave the tenant and can be ordered again', async () => {
    const s = newStore();
    buy(s, { MCOEV: 10 });
    const args = [
      ...gbMobile,
      ...Object.entries(gb).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v])),
      '--account-number',
      '55',
      '--company-name',
      'Contoso',
      '--authorizing-person',
      'Ken Myer',
      '--transfer-date',
      '2026-12-10',
      '-o',
      'json',
    ];
    const o = (await cp(s, ['new-port-order', ...args])).json<OrderJson>();
    const c = await cancel(s, o.OrderId, AT.approved);
    expect(c.json<{ PreviousStatus: string; NumbersRemoved: number }>()).toMatchObject({ PreviousStatus: 'Error', NumbersRemoved: 2 });
    expect(peek(s, "SELECT 1 FROM numbers WHERE number LIKE '447400%'")).toHaveLength(0);
    const again = await cp(s, ['new-port-order', ...args], { now: AT.approved });
    expect(again.code, again.err).toBe(0);
    const audit = peek<{ operation: string }>(s, 'SELECT operation FROM audit_log WHERE target = ?', o.OrderId);
    expect(audit.map((a) => a.operation)).toEqual(['New-CsOnlineNumberPortInOrder', 'cancel-port-order']);
  });
});

describe('completion into inventory', () => {
  it('a pending number is not assignable (NumberPortPending); once completed it is, like any other', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10, MCOPSTN1: 10 });
    const loc = address(store, { country: 'US', state: 'WA', city: 'Redmond' });
    expect((await cp(store, ['add-user', 'ken.myer@contoso.com', '--usage-location', 'US'])).code).toBe(0);
    expect((await cp(store, ['set-user-license', 'ken.myer@contoso.com', '--add-licenses', 'MCOEV,MCOPSTN1'])).code).toBe(0);
    await createOrder(store, ['--telephone-numbers', '+14255550220']);

    const early = await cp(
      store,
      ['set-voice-user', 'ken.myer@contoso.com', '--telephone-number', '+14255550220', '--location-id', loc.locationId, '-o', 'json'],
      { now: AT.approved },
    );
    expect(early.code).toBe(1);
    expect(early.out + early.err).toContain('NumberPortPending');

    const n = await getNumber(store, '+14255550220', AT.completed);
    expect(n).toMatchObject({
      ActivationState: 'Activated',
      SourceType: 'PortedIn',
      PortInOrderStatus: 'Completed',
      InventoryType: 'Subscriber',
      CityCode: 'NOAM-US-WA-RD',
      IsManagedByServiceDesk: true,
    });
    const ok = await cp(
      store,
      ['set-voice-user', 'ken.myer@contoso.com', '--telephone-number', '+14255550220', '--location-id', loc.locationId, '-o', 'json'],
      { now: AT.completed },
    );
    expect(ok.code, ok.err + ok.out).toBe(0);
    expect(peek<{ upn: string }>(store, "SELECT u.upn FROM numbers n JOIN users u ON u.id = n.user_id WHERE n.number = '14255550220'")).toEqual([
      { upn: 'ken.myer@contoso.com' },
    ]);
    // Releasing a ported-in number is the service desk's job.
    const rel = await cp(store, ['release-number', '--telephone-number', '+14255550220', '-o', 'json'], { now: AT.completed });
    expect(rel.json<{ NumberIdsManagedByServiceDesk: string[] }>().NumberIdsManagedByServiceDesk).toEqual(['14255550220']);
  });

  it('the settle step writes nothing when no order is due', async () => {
    const store = newStore();
    buy(store, { MCOEV: 10 });
    await createOrder(store, ['--telephone-numbers', '+14255550230']);
    const before = peek(store, 'SELECT COUNT(*) AS n FROM audit_log');
    expect((await cp(store, ['get-number'], { now: AT.pending })).code).toBe(0);
    expect(peek(store, 'SELECT COUNT(*) AS n FROM audit_log')).toEqual(before);
    // The check before every command is one probe of the partial index.
    const plan = peek<{ detail: string }>(
      store,
      "EXPLAIN QUERY PLAN SELECT 1 FROM port_orders WHERE completed_at IS NULL AND cancelled_at IS NULL AND error_message IS NULL AND transfer_at <= '2026-12-01' LIMIT 1",
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX port_orders_due/);
  });
});
