// Records (PascalCase properties) and text for port orders. The PIN is never shown: only whether one is set.
import { addressLabel } from '../../../store/addresses.js';
import { addressProperties, type AddressFields } from '../../../domain/address/fields.js';
import { STATE_LABEL, type PortOrderStatus } from '../../../domain/port-order.js';
import type { Style } from '../../../output/style.js';
import type { PortOrderRow } from '../../../store/port-orders.js';
import type { OutputRecord } from '../../types.js';

/** Default table columns of get-port-order. */
export const PORT_ORDER_COLUMNS = ['OrderId', 'Status', 'LosingCarrier', 'NumberType', 'TelephoneNumberCount', 'TransferDate', 'FocDate', 'Actions'];

/** The properties the list view of one order shows (JSON carries every property). */
export const PORT_ORDER_LIST_COLUMNS = [
  'OrderId',
  'Status',
  'StatusDisplayName',
  'StatusChangesAt',
  'Actions',
  'LosingCarrier',
  'NumberType',
  'InventoryType',
  'CountryOrRegion',
  'PortType',
  'TelephoneNumberCount',
  'TelephoneNumbers',
  'BillingTelephoneNumber',
  'AccountNumber',
  'Pin',
  'CompanyName',
  'AuthorizingPerson',
  'ServiceAddress',
  'TransferDate',
  'FocDate',
  'Notify',
  'CreatedAt',
  'SubmittedAt',
  'CancelledAt',
  'CompletedAt',
  'ErrorMessage',
];

/** "View, Edit FOC date, Cancel" — what the state allows. */
function actionsText(s: PortOrderStatus): string {
  const a = s.actions;
  const parts = [a.view ? 'View' : '', a.edit === 'order' ? 'Edit' : a.edit === 'focDate' ? 'Edit FOC date' : '', a.cancel ? 'Cancel' : ''].filter(Boolean);
  return parts.join(', ') || 'None';
}

/** One order as get-port-order shows it. */
export function portOrderRecord(o: PortOrderRow, s: PortOrderStatus): OutputRecord {
  const address = JSON.parse(o.serviceAddress) as AddressFields;
  const numbers = o.telephoneNumbers ? o.telephoneNumbers.split(',') : [];
  return {
    OrderId: o.orderId,
    Status: s.state,
    StatusDisplayName: STATE_LABEL[s.state],
    StatusSince: s.since,
    StatusChangesAt: s.until,
    Actions: actionsText(s),
    CanView: s.actions.view,
    CanEdit: s.actions.edit === 'order' ? 'Yes' : s.actions.edit === 'focDate' ? 'FocDate' : 'No',
    CanCancel: s.actions.cancel,
    LosingCarrier: o.losingCarrier,
    NumberType: o.numberType,
    InventoryType: o.inventoryType,
    CountryOrRegion: o.country,
    PortType: o.portType,
    TelephoneNumberCount: numbers.length,
    TelephoneNumbers: numbers.map((d) => `+${d}`),
    BillingTelephoneNumber: `+${o.billingNumber}`,
    AccountNumber: o.accountNumber,
    Pin: o.pin ? '(set)' : '',
    CompanyName: o.companyName,
    AuthorizingPerson: o.authorizingPerson,
    ServiceAddress: addressLabel(address),
    ServiceAddressDetail: addressProperties(address),
    TransferDate: o.transferAt,
    FocDate: s.focDate,
    CarrierAnswersAt: s.carrierAnswersAt,
    Notify: o.notify ? o.notify.split(',') : [],
    CreatedAt: o.createdAt,
    SubmittedAt: o.submittedAt,
    UpdatedAt: o.updatedAt,
    CancelledAt: o.cancelledAt,
    CompletedAt: o.completedAt,
    // The carrier's verdict is known to the simulation at submission; it is shown only once the carrier has answered.
    ErrorMessage: s.state === 'Error' ? o.errorMessage : null,
  };
}

/** "6d 19h", "3h 05m", "12m": a duration for humans. */
export function duration(ms: number): string {
  if (ms <= 0) return '0m';
  const m = Math.floor(ms / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${m}m`;
}

/** A line under an order saying what happens next by the clock. */
export function nextText(s: PortOrderStatus, now: Date, style: Style): string {
  if (!s.until) return '';
  const next: Partial<Record<PortOrderStatus['state'], string>> = {
    Processing: 'Contacting carrier',
    ContactingCarrier: 'the carrier answers',
    TransferApproved: 'Transfer pending',
    TransferPending: 'Completed (the numbers move)',
  };
  return (
    style.dim(`${STATE_LABEL[s.state]} until ${s.until} (in ${duration(Date.parse(s.until) - now.getTime())}), then ${next[s.state] ?? 'the next state'}.`) +
    '\n'
  );
}
