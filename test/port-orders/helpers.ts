// Arranging port orders: the flags of a valid order (US, Redmond service address), and running new-port-order.
import { cp, type RunResult } from '../helpers/store.js';

/** Order details that pass every rule; override any flag by name (value undefined drops the flag). */
export function orderFlags(over: Record<string, string | undefined> = {}): string[] {
  const base: Record<string, string | undefined> = {
    'losing-carrier': 'Northwind Telecom',
    'account-number': '77001234',
    'billing-telephone-number': '+14255550299',
    'company-name': 'Contoso',
    'authorizing-person': 'Ken Myer',
    'house-number': '1',
    'street-name': 'Microsoft Way',
    city: 'Redmond',
    'state-or-province': 'WA',
    'postal-code': '98052',
    'port-type': 'Partial',
    'transfer-date': '2026-12-10',
    ...over,
  };
  return Object.entries(base).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}`, v]));
}

/** A UK service address (10 Downing Street, London). */
export const GB_ADDRESS = {
  'house-number': '10',
  'street-name': 'Downing Street',
  city: 'London',
  'state-or-province': undefined,
  'postal-code': 'SW1A 2AA',
};

/** The order JSON new-port-order prints. */
export interface OrderJson {
  OrderId: string;
  Status: string;
  Actions: string;
  CanEdit: string;
  CanCancel: boolean;
  CanView: boolean;
  NumberType: string;
  InventoryType: string;
  CountryOrRegion: string;
  TelephoneNumbers: string[];
  TelephoneNumberCount: number;
  FocDate: string | null;
  TransferDate: string;
  ErrorMessage: string | null;
  Pin: string;
  Result?: string;
  ServiceAddress: string;
  ServiceAddressDetail: Record<string, unknown>;
  StatusChangesAt: string | null;
}

/** Runs new-port-order with the numbers given as flags (e.g. ['--telephone-numbers', '…']) and the base details. */
export async function newOrder(
  store: string,
  numbers: string[],
  over: Record<string, string | undefined> = {},
  opts: { now?: string; extra?: string[] } = {},
): Promise<RunResult> {
  return cp(store, ['new-port-order', ...numbers, ...orderFlags(over), ...(opts.extra ?? []), '-o', 'json'], opts.now ? { now: opts.now } : {});
}

/** Creates an order that must succeed and returns its JSON. */
export async function createOrder(
  store: string,
  numbers: string[],
  over: Record<string, string | undefined> = {},
  opts: { now?: string; extra?: string[] } = {},
): Promise<OrderJson> {
  const r = await newOrder(store, numbers, over, opts);
  if (r.code !== 0) throw new Error(`new-port-order failed: ${r.err}`);
  return r.json<OrderJson>();
}

export { errorId } from '../helpers/arrange.js';
