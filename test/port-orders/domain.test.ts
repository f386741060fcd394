// The pure rules of port orders: the state machine and its actions, transfer dates, number and range input, cities.
import { describe, expect, it } from 'vitest';
import { billingNumberProblem, cityOfNumber, expandRange, issuesError, parsePortNumber, storedNumberType } from '../../src/domain/port-input.js';
import { STATE_ACTIONS, carrierRejection, earliestTransfer, parseTransferDate, portOrderState, type PortOrderTimeline } from '../../src/domain/port-order.js';

const timings = { processingHours: 4, contactingCarrierHours: 72, pendingHoursBeforeTransfer: 24, minLeadDays: 7 };
const order = (over: Partial<PortOrderTimeline> = {}): PortOrderTimeline => ({
  submittedAt: '2026-11-26T09:00:00.000Z',
  transferAt: '2026-12-10T00:00:00.000Z',
  cancelledAt: null,
  completedAt: null,
  errorMessage: null,
  ...over,
});
const at = (s: string) => new Date(s);

describe('portOrderState', () => {
  it('walks the states by the clock, with since/until and the FOC date from approval on', () => {
    const s = (now: string) => portOrderState(order(), at(now), timings);
    expect(s('2026-11-26T09:00:00Z')).toMatchObject({
      state: 'Processing',
      since: '2026-11-26T09:00:00.000Z',
      until: '2026-11-26T13:00:00.000Z',
      focDate: null,
    });
    expect(s('2026-11-26T13:00:00Z')).toMatchObject({ state: 'ContactingCarrier', until: '2026-11-29T13:00:00.000Z', focDate: null });
    expect(s('2026-11-29T13:00:00Z')).toMatchObject({ state: 'TransferApproved', until: '2026-12-09T00:00:00.000Z', focDate: '2026-12-10T00:00:00.000Z' });
    expect(s('2026-12-09T00:00:00Z')).toMatchObject({ state: 'TransferPending', until: '2026-12-10T00:00:00.000Z' });
    expect(s('2026-12-10T00:00:00Z')).toMatchObject({ state: 'Completed', until: null, focDate: '2026-12-10T00:00:00.000Z' });
  });

  it("Error from the carrier's answer on (never completes); Cancelled and a recorded completion override the clock", () => {
    const rejected = order({ errorMessage: 'rejected' });
    expect(portOrderState(rejected, at('2026-11-29T12:59:59Z'), timings).state).toBe('ContactingCarrier');
    expect(portOrderState(rejected, at('2026-11-29T13:00:00Z'), timings)).toMatchObject({ state: 'Error', until: null, focDate: null });
    expect(portOrderState(rejected, at('2027-01-01T00:00:00Z'), timings).state).toBe('Error');
    expect(portOrderState(order({ cancelledAt: '2026-11-27T00:00:00.000Z' }), at('2026-12-20T00:00:00Z'), timings).state).toBe('Cancelled');
    expect(portOrderState(order({ completedAt: '2026-12-10T00:00:00.000Z' }), at('2026-11-26T10:00:00Z'), timings).state).toBe('Completed');
  });

  it('a carrier that answers too late for the requested date sets the FOC one pending window after its answer', () => {
    const slow = { ...timings, contactingCarrierHours: 400 };
    const s = portOrderState(order(), at('2026-12-14T00:00:00Z'), slow);
    expect(s.state).toBe('TransferPending');
    expect(s.focDate).toBe('2026-12-14T05:00:00.000Z');
    expect(portOrderState(order(), at('2026-12-13T04:00:00Z'), slow).state).toBe('ContactingCarrier');
  });

  it('the actions follow the admin docs table', () => {
    expect(STATE_ACTIONS).toEqual({
      Processing: { view: true, edit: 'none', cancel: true },
      ContactingCarrier: { view: true, edit: 'none', cancel: true },
      TransferApproved: { view: true, edit: 'focDate', cancel: true },
      TransferPending: { view: true, edit: 'none', cancel: false },
      Completed: { view: true, edit: 'none', cancel: false },
      Error: { view: false, edit: 'order', cancel: true },
      Cancelled: { view: false, edit: 'order', cancel: false },
    });
  });

  it('the carrier rejects mobile orders without a PIN only', () => {
    expect(carrierRejection('Mobile', '')).toContain('PIN');
    expect(carrierRejection('Mobile', '1234')).toBeNull();
    expect(carrierRejection('Local', '')).toBeNull();
  });
});

describe('transfer dates', () => {
  it('reads ISO dates (00:00 UTC) and date-times (zone, else UTC); refuses others', () => {
    const ok = (s: string) => {
      const r = parseTransferDate(s);
      return r.ok ? r.at.toISOString() : r.message;
    };
    expect(ok('2026-12-10')).toBe('2026-12-10T00:00:00.000Z');
    expect(ok('2026-12-10T15:30')).toBe('2026-12-10T15:30:00.000Z');
    expect(ok('2026-12-10T15:30:00+01:00')).toBe('2026-12-10T14:30:00.000Z');
    expect(ok('2026-12-10 15:30:00Z')).toBe('2026-12-10T15:30:00.000Z');
    for (const bad of ['2026-02-29', '2026-12-10T24:00', '10/12/2026', '']) expect(parseTransferDate(bad).ok, bad).toBe(false);
  });

  it("the earliest transfer is the lead time ahead, or the carrier's whole process if that is longer", () => {
    expect(earliestTransfer(at('2026-11-26T09:00:00Z'), timings).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(earliestTransfer(at('2026-11-26T09:00:00Z'), { ...timings, minLeadDays: 1 }).toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });
});

describe('numbers and ranges as typed', () => {
  it('US numbers of 10 or 11 digits without +, anything with + as E.164', () => {
    const d = (s: string) => {
      const r = parsePortNumber(s);
      return r.ok ? r.digits : null;
    };
    expect(d('425-555-0100')).toBe('14255550100');
    expect(d('(425) 555.0100')).toBe('14255550100');
    expect(d('1 425 555 0100')).toBe('14255550100');
    expect(d('tel:+44 20 7946 0123')).toBe('442079460123');
    expect(d('442079460123')).toBeNull();
    expect(d('24255550100')).toBeNull();
    expect(d('+0123456789')).toBeNull();
  });

  it('expands ranges, refusing reversed, mixed-length and oversized ones', () => {
    expect(expandRange('425-555-0100-425-555-0102', 999)).toEqual({ ok: true, numbers: ['14255550100', '14255550101', '14255550102'] });
    expect(expandRange('+14255550100..+14255550101', 999)).toEqual({ ok: true, numbers: ['14255550100', '14255550101'] });
    expect(expandRange('+14255550102-+14255550100', 999)).toMatchObject({ ok: false, errorId: 'InvalidRange' });
    expect(expandRange('+14255550100-+442079460000', 999)).toMatchObject({ ok: false, errorId: 'InvalidRange' });
    expect(expandRange('+14255550100-+14255559999', 999)).toMatchObject({ ok: false, errorId: 'TooManyNumbers' });
    expect(expandRange('+14255550100-+14255551098', 999)).toMatchObject({ ok: true });
  });

  it('stored number types: toll-free → TollFree, mobile → User, local → User or Toll (Service)', () => {
    expect(storedNumberType('TollFree', undefined)).toEqual({ ok: true, type: 'TollFree' });
    expect(storedNumberType('TollFree', 'Subscriber').ok).toBe(false);
    expect(storedNumberType('Mobile', undefined)).toEqual({ ok: true, type: 'User' });
    expect(storedNumberType('Mobile', 'Service').ok).toBe(false);
    expect(storedNumberType('Local', 'Service')).toEqual({ ok: true, type: 'Toll' });
  });

  it('the BTN is in a full port and not in a partial one', () => {
    expect(billingNumberProblem('Full', '1', true)).toBeUndefined();
    expect(billingNumberProblem('Full', '1', false)?.errorId).toBe('BillingNumberNotInOrder');
    expect(billingNumberProblem('Partial', '1', false)).toBeUndefined();
    expect(billingNumberProblem('Partial', '1', true)?.errorId).toBe('BillingNumberInOrder');
  });

  it('a city by its area code (longest match); a shared one by the service address city; else none', () => {
    const cities = [
      { code: 'NOAM-US-WA-RD', name: 'Redmond', areaCodes: ['425'] },
      { code: 'NOAM-US-WA-BE', name: 'Bellevue', areaCodes: ['425'] },
      { code: 'NOAM-US-WA-SE', name: 'Seattle', areaCodes: ['206'] },
    ];
    expect(cityOfNumber('12065550100', '1', cities, '')).toBe('NOAM-US-WA-SE');
    expect(cityOfNumber('14255550100', '1', cities, 'Bellevue')).toBe('NOAM-US-WA-BE');
    expect(cityOfNumber('14255550100', '1', cities, 'Kirkland')).toBeNull();
    expect(cityOfNumber('15095550100', '1', cities, 'Redmond')).toBeNull();
  });

  it('one error names every issue, the first giving the ErrorId, long lists shortened', () => {
    const many = Array.from({ length: 12 }, (_, i) => `+1425555010${i}`);
    const e = issuesError([
      { errorId: 'InvalidNumber', what: 'invalid numbers', numbers: many },
      { errorId: 'DuplicateNumber', what: 'numbers given more than once', numbers: ['+1 (2 times)'] },
    ]);
    expect(e.errorId).toBe('InvalidNumber');
    expect(e.message).toContain('invalid numbers (12)');
    expect(e.message).toContain('and 2 more');
    expect(e.message).toContain('(DuplicateNumber) numbers given more than once (1): +1 (2 times)');
  });
});
