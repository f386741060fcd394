// Changes to civic addresses: create (with the default location), edit an unvalidated one, validate and save, remove.
import { randomUUID } from 'node:crypto';
import type { AddressFields, AddressVerdict } from '../domain/address/fields.js';
import { addressProperties, pickAddressFields } from '../domain/address/fields.js';
import { OperationError, UsageError } from '../errors.js';
import {
  addressLabel,
  deleteLocations,
  findAddress,
  insertAddress,
  insertLocation,
  locationRowIdsOf,
  locationsUsage,
  updateAddress,
  type StoredAddress,
  type Usage,
  type ValidationStatus,
} from '../store/addresses.js';
import { writeAudit } from '../store/audit.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';

/** Who changes what, when, and whether only to show the plan (-WhatIf). */
export interface ChangeContext {
  db: DB;
  tenantId: number;
  now: string;
  /** The cmdlet name, for the audit log. */
  operation: string;
  parameters: Record<string, unknown>;
  whatIf: boolean;
}

/** Writes the audit row of a change made under ctx (call inside the change's transaction). */
export function auditChange(ctx: ChangeContext, target: string, change: { before?: unknown; after?: unknown; result: string }): void {
  writeAudit(ctx.db, { tenantId: ctx.tenantId, at: ctx.now, operation: ctx.operation, target, parameters: ctx.parameters, ...change });
}

/** The audit form of an address: its id, fields and status. */
export function auditAddress(a: StoredAddress): Record<string, unknown> {
  return { CivicAddressId: a.civicAddressId, ...addressProperties(a), DefaultLocationId: a.defaultLocationId, ValidationStatus: a.validationStatus };
}

/** Throws AddressNotFound unless the tenant has the address. */
export function requireAddress(db: DB, tenantId: number, civicAddressId: string): StoredAddress {
  const a = findAddress(db, tenantId, civicAddressId);
  if (!a) {
    throw new OperationError(
      'AddressNotFound',
      `there is no civic address ${civicAddressId.trim()} in this tenant.`,
      'List the addresses with callplan get-address.',
    );
  }
  return a;
}

/** Saves a new address and its default location (Location ''); with -WhatIf returns what would be saved. */
export function createAddress(ctx: ChangeContext, fields: AddressFields, status: ValidationStatus, verdict: AddressVerdict): StoredAddress {
  const planned: StoredAddress = {
    ...fields,
    id: 0,
    civicAddressId: '',
    validationStatus: status,
    defaultLocationId: '',
    defaultLocationRowId: 0,
    createdAt: ctx.now,
  };
  if (ctx.whatIf) return planned;
  const civicAddressId = randomUUID();
  const defaultLocationId = randomUUID();
  return writeTx(ctx.db, () => {
    const id = insertAddress(ctx.db, ctx.tenantId, civicAddressId, fields, status, ctx.now);
    insertLocation(ctx.db, ctx.tenantId, { locationId: defaultLocationId, addressId: id, location: '', elin: fields.elin, isDefault: true }, ctx.now);
    const saved = findAddress(ctx.db, ctx.tenantId, civicAddressId)!;
    auditChange(ctx, civicAddressId, {
      after: { ...auditAddress(saved), ValidationResult: verdict.result, Changes: verdict.changes, ...(verdict.reason ? { Reason: verdict.reason } : {}) },
      result: 'Created',
    });
    return saved;
  });
}

/** Edits a NotValidated address (a Validated one is read-only); the status stays NotValidated. */
export function editAddress(
  ctx: ChangeContext,
  civicAddressId: string,
  patch: Partial<AddressFields>,
): { before: StoredAddress; after: StoredAddress; changed: boolean } {
  return writeTx(ctx.db, () => {
    const before = requireAddress(ctx.db, ctx.tenantId, civicAddressId);
    if (before.validationStatus === 'Validated') {
      throw new OperationError(
        'ValidatedAddressReadOnly',
        `civic address ${before.civicAddressId} (${addressLabel(before)}) is validated and cannot be edited.`,
        'Create a new address with callplan add-address, move its users and numbers there, then remove this one.',
      );
    }
    const fields = { ...pickAddressFields(before), ...patch };
    if (!fields.countryOrRegion) throw new UsageError('InvalidValue', '-CountryOrRegion cannot be cleared: an address needs a country.');
    if (!fields.companyName) throw new UsageError('InvalidValue', '-CompanyName cannot be cleared: an address needs a company name.');
    const after: StoredAddress = { ...before, ...fields };
    const changed = Object.entries(addressProperties(fields)).some(([k, v]) => addressProperties(before)[k] !== v);
    if (!changed || ctx.whatIf) return { before, after, changed };
    updateAddress(ctx.db, before.id, fields, 'NotValidated');
    auditChange(ctx, before.civicAddressId, { before: auditAddress(before), after: auditAddress(after), result: 'Updated' });
    return { before, after, changed };
  });
}

/** What validating a stored address did. */
export interface ValidationOutcome {
  before: StoredAddress;
  after: StoredAddress;
  verdict: AddressVerdict;
  /** The address was NotValidated, passed, and was saved as Validated (false with -WhatIf). */
  saved: boolean;
}

/**
 * Validates a stored address and, when it passes and is NotValidated, saves the corrected fields as Validated —
 * all in one transaction, so nobody edits it between the check and the save.
 */
export function validateAndSave(ctx: ChangeContext, civicAddressId: string, validate: (a: AddressFields) => AddressVerdict): ValidationOutcome {
  return writeTx(ctx.db, () => {
    const before = requireAddress(ctx.db, ctx.tenantId, civicAddressId);
    const verdict = validate(pickAddressFields(before));
    if (verdict.result === 'Rejected' || before.validationStatus === 'Validated' || ctx.whatIf) {
      const after: StoredAddress = verdict.result === 'Rejected' ? before : { ...before, ...verdict.address, validationStatus: 'Validated' };
      return { before, after, verdict, saved: false };
    }
    updateAddress(ctx.db, before.id, verdict.address, 'Validated');
    const after = findAddress(ctx.db, ctx.tenantId, before.civicAddressId)!;
    auditChange(ctx, before.civicAddressId, {
      before: auditAddress(before),
      after: { ...auditAddress(after), ValidationResult: verdict.result, Changes: verdict.changes },
      result: 'Validated',
    });
    return { before, after, verdict, saved: true };
  });
}

/** "2 users, 3 numbers and 1 active reservation" — the parts that are not zero. */
export function usageText(u: Usage & { activeReservations: number }): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (u.voiceUsers) parts.push(n(u.voiceUsers, 'user', 'users'));
  if (u.telephoneNumbers) parts.push(n(u.telephoneNumbers, 'number', 'numbers'));
  if (u.activeReservations) parts.push(n(u.activeReservations, 'active reservation', 'active reservations'));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'nothing');
}

/** True when anything uses it. */
export function inUse(u: Usage & { activeReservations: number }): boolean {
  return u.voiceUsers + u.telephoneNumbers + u.activeReservations > 0;
}

/** Removes an address and all its locations; refused while any of its locations is in use. */
export function removeAddress(ctx: ChangeContext, civicAddressId: string): { address: StoredAddress; locations: number } {
  return writeTx(ctx.db, () => {
    const address = requireAddress(ctx.db, ctx.tenantId, civicAddressId);
    const ids = locationRowIdsOf(ctx.db, address.id);
    const usage = locationsUsage(ctx.db, ctx.tenantId, ids, ctx.now);
    if (inUse(usage)) {
      throw new OperationError(
        'AddressInUse',
        `civic address ${address.civicAddressId} (${addressLabel(address)}) is still used by ${usageText(usage)}.`,
        'Give those users and numbers another emergency location (set-voice-user --location-id) or release the numbers; a reservation frees it when it ends.',
      );
    }
    if (ctx.whatIf) return { address, locations: ids.length };
    deleteLocations(ctx.db, ids, address.id);
    auditChange(ctx, address.civicAddressId, { before: { ...auditAddress(address), Locations: ids.length }, result: 'Removed' });
    return { address, locations: ids.length };
  });
}
