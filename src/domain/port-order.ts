// Port-in (transfer) orders, pure: the state the clock puts an order in, the actions each state allows (admin docs'
// port-order status table), the losing carrier's deterministic verdict, and the transfer-date rules.
// No I/O and no heavy imports: src/services/settle.ts (run before every command) and get-number use it.

import { parseInstant } from './instant.js';
import { quoted } from '../text/sanitize.js';

/** The states of a port order (the admin center writes them with spaces: "Contacting carrier"). */
export type PortOrderState = 'Processing' | 'ContactingCarrier' | 'TransferApproved' | 'TransferPending' | 'Completed' | 'Error' | 'Cancelled';

/** Every state, in the order an order lives through them. */
export const PORT_ORDER_STATES: readonly PortOrderState[] = [
  'Processing',
  'ContactingCarrier',
  'TransferApproved',
  'TransferPending',
  'Completed',
  'Error',
  'Cancelled',
];

/** The admin center's display names of the states. */
export const STATE_LABEL: Readonly<Record<PortOrderState, string>> = {
  Processing: 'Processing',
  ContactingCarrier: 'Contacting carrier',
  TransferApproved: 'Transfer approved',
  TransferPending: 'Transfer pending',
  Completed: 'Completed',
  Error: 'Error',
  Cancelled: 'Cancelled',
};

/** What may be edited: nothing, only the FOC (transfer) date, or the whole order (which resubmits it). */
export type EditScope = 'none' | 'focDate' | 'order';

/** The actions a state allows. */
export interface PortOrderActions {
  view: boolean;
  edit: EditScope;
  cancel: boolean;
}

/**
 * The admin docs' table (view / edit / cancel): Processing Y/N/Y; Contacting carrier Y/N/Y; Transfer approved
 * Y/FOC date/Y; Transfer pending Y/N/N (< 24 h away); Error N/Y/Y; Completed Y/N/N; Cancelled N/Y/N.
 */
export const STATE_ACTIONS: Readonly<Record<PortOrderState, PortOrderActions>> = {
  Processing: { view: true, edit: 'none', cancel: true },
  ContactingCarrier: { view: true, edit: 'none', cancel: true },
  TransferApproved: { view: true, edit: 'focDate', cancel: true },
  TransferPending: { view: true, edit: 'none', cancel: false },
  Completed: { view: true, edit: 'none', cancel: false },
  Error: { view: false, edit: 'order', cancel: true },
  Cancelled: { view: false, edit: 'order', cancel: false },
};

/** The catalog's port-order timings (limits.portOrder). */
export interface PortOrderTimings {
  processingHours: number;
  contactingCarrierHours: number;
  pendingHoursBeforeTransfer: number;
  minLeadDays: number;
}

/** The facts of an order that decide its state. Instants are ISO text. */
export interface PortOrderTimeline {
  /** When the order was (last) submitted: created, or resubmitted by an edit in Error or Cancelled. */
  submittedAt: string;
  /** The requested transfer instant (the FOC date once the carrier approves). */
  transferAt: string;
  cancelledAt: string | null;
  completedAt: string | null;
  /** The losing carrier's rejection, decided when the order is submitted and revealed when the carrier answers. */
  errorMessage: string | null;
}

/** Where an order stands at an instant. */
export interface PortOrderStatus {
  state: PortOrderState;
  /** The Firm Order Commitment date: set once the carrier approves (TransferApproved and later). */
  focDate: string | null;
  actions: PortOrderActions;
  /** When the order entered this state. */
  since: string;
  /** When the clock moves it to the next state (null when only an admin action or nothing changes it). */
  until: string | null;
  /** When the losing carrier answers (approval or rejection). */
  carrierAnswersAt: string;
}

const HOUR = 3_600_000;

/**
 * The state of an order at `now`: Processing for processingHours after submission, then ContactingCarrier for
 * contactingCarrierHours; then the carrier answers: Error if it rejects the order, else TransferApproved with the FOC
 * date = the transfer date; TransferPending when fewer than pendingHoursBeforeTransfer hours remain; Completed at the
 * transfer instant (or once settle recorded it). Cancelled as soon as it is cancelled.
 */
export function portOrderState(order: PortOrderTimeline, now: Date, timings: PortOrderTimings): PortOrderStatus {
  const submitted = Date.parse(order.submittedAt);
  const contacting = submitted + timings.processingHours * HOUR;
  const answer = contacting + timings.contactingCarrierHours * HOUR;
  // Only a catalog whose timings exceed the lead time lets the carrier answer too late for the requested date: it then
  // sets the FOC date one transfer-pending window after its answer.
  const foc = Math.max(Date.parse(order.transferAt), answer + timings.pendingHoursBeforeTransfer * HOUR);
  const pending = foc - timings.pendingHoursBeforeTransfer * HOUR;
  const at = (ms: number) => new Date(ms).toISOString();
  const status = (state: PortOrderState, since: number, until: number | null, focDate: number | null): PortOrderStatus => ({
    state,
    focDate: focDate === null ? null : at(focDate),
    actions: STATE_ACTIONS[state],
    since: at(since),
    until: until === null ? null : at(until),
    carrierAnswersAt: at(answer),
  });
  if (order.cancelledAt) return status('Cancelled', Date.parse(order.cancelledAt), null, null);
  if (order.completedAt) return status('Completed', Date.parse(order.completedAt), null, foc);
  const t = now.getTime();
  if (t < contacting) return status('Processing', submitted, contacting, null);
  if (t < answer) return status('ContactingCarrier', contacting, answer, null);
  if (order.errorMessage) return status('Error', answer, null, null);
  if (t < pending) return status('TransferApproved', answer, pending, foc);
  if (t < foc) return status('TransferPending', pending, foc, foc);
  return status('Completed', foc, null, foc);
}

/** The kinds of number a carrier ports (one kind per order). */
export type NumberKind = 'Local' | 'TollFree' | 'Mobile';

/**
 * The losing carrier's verdict (the simulation's one deterministic rejection rule): mobile numbers are released only
 * with the account's transfer PIN, so a mobile order without a PIN is rejected when the carrier answers.
 */
export function carrierRejection(kind: NumberKind, pin: string): string | null {
  if (kind === 'Mobile' && pin.trim() === '') {
    return "the losing carrier rejected the order: mobile numbers are released only with the account's transfer PIN, and the order has none. Edit it with -Pin (set-port-order), which resubmits it.";
  }
  return null;
}

/**
 * The earliest transfer instant an order submitted (or edited) at `now` may ask for: minLeadDays later, and never so
 * soon that the carrier could not approve it before the transfer-pending window.
 */
export function earliestTransfer(now: Date, t: PortOrderTimings): Date {
  const hours = Math.max(t.minLeadDays * 24, t.processingHours + t.contactingCarrierHours + t.pendingHoursBeforeTransfer);
  return new Date(now.getTime() + hours * HOUR);
}

/** A transfer date as typed: an ISO date (that day, 00:00 UTC) or date-time (a zone, else UTC). */
export type TransferDateResult = { ok: true; at: Date } | { ok: false; message: string };

/** Reads -TransferDate: 2026-12-10, 2026-12-10T15:00, 2026-12-10T15:00:00Z or 2026-12-10T15:00:00-08:00. */
export function parseTransferDate(raw: string): TransferDateResult {
  // A date alone is its midnight UTC; a time without a zone is UTC; 2026-02-30 is not a date (never rolled over).
  const at = parseInstant(raw, { dateOnly: true });
  if (at === undefined)
    return { ok: false, message: `-TransferDate must be an ISO date (2026-12-10) or date-time (2026-12-10T15:00:00Z), not ${quoted(raw)}.` };
  return { ok: true, at: new Date(at) };
}
