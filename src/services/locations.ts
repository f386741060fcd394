// Changes to emergency locations inside an address: add, rename / set ELIN, remove (never the default on its own).
import { randomUUID } from 'node:crypto';
import { sameText } from '../domain/text.js';
import { OperationError } from '../errors.js';
import {
  addressLabel,
  deleteLocations,
  findLocation,
  findLocationsNamed,
  insertLocation,
  locationsUsage,
  updateLocation,
  type StoredLocation,
} from '../store/addresses.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { AddressVerdict } from '../domain/address/fields.js';
import { auditChange, createAddress, inUse, requireAddress, usageText, type ChangeContext } from './addresses.js';

/** The audit form of a location. */
function auditLocation(l: StoredLocation): Record<string, unknown> {
  return { LocationId: l.locationId, CivicAddressId: l.address.civicAddressId, Location: l.location, Elin: l.elin, IsDefault: l.isDefault };
}

/** Throws LocationNotFound unless the tenant has the location. */
export function requireLocation(db: DB, tenantId: number, locationId: string): StoredLocation {
  const l = findLocation(db, tenantId, locationId);
  if (!l)
    throw new OperationError('LocationNotFound', `there is no location ${locationId.trim()} in this tenant.`, 'List the locations with callplan get-location.');
  return l;
}

/** Adds a named location to an address (names are free text, not validated, unique within the address). */
export function addLocation(ctx: ChangeContext, civicAddressId: string, name: string, elin: string): StoredLocation {
  return writeTx(ctx.db, () => {
    const address = requireAddress(ctx.db, ctx.tenantId, civicAddressId);
    const twin = findLocationsNamed(ctx.db, address.id, name)[0];
    if (twin) {
      throw new OperationError(
        'DuplicateLocation',
        `civic address ${address.civicAddressId} already has a location '${twin.location}' (${twin.locationId}).`,
        'Use that location, or give this one another name.',
      );
    }
    const planned: StoredLocation = { id: 0, locationId: '', location: name, elin, isDefault: false, createdAt: ctx.now, address };
    if (ctx.whatIf) return planned;
    const locationId = randomUUID();
    insertLocation(ctx.db, ctx.tenantId, { locationId, addressId: address.id, location: name, elin, isDefault: false }, ctx.now);
    const saved = findLocation(ctx.db, ctx.tenantId, locationId)!;
    auditChange(ctx, locationId, { after: auditLocation(saved), result: 'Created' });
    return saved;
  });
}

/** Renames a location and/or sets its ELIN (an ELIN can be changed, never cleared). */
export function setLocation(
  ctx: ChangeContext,
  locationId: string,
  change: { location?: string; elin?: string },
): { before: StoredLocation; after: StoredLocation; changed: boolean } {
  return writeTx(ctx.db, () => {
    const before = requireLocation(ctx.db, ctx.tenantId, locationId);
    if (change.elin === '' && before.elin !== '') {
      throw new OperationError(
        'ElinCannotBeCleared',
        `the ELIN of location ${before.locationId} can be changed but not cleared.`,
        'Create a new location without an ELIN (add-location) and remove this one.',
      );
    }
    if (change.location !== undefined && !sameText(change.location, before.location)) {
      const twin = findLocationsNamed(ctx.db, before.address.id, change.location)[0];
      if (twin)
        throw new OperationError(
          'DuplicateLocation',
          `civic address ${before.address.civicAddressId} already has a location '${twin.location}' (${twin.locationId}).`,
          'Give another name.',
        );
    }
    const after: StoredLocation = { ...before, location: change.location ?? before.location, elin: change.elin ?? before.elin };
    const changed = after.location !== before.location || after.elin !== before.elin;
    if (!changed || ctx.whatIf) return { before, after, changed };
    updateLocation(ctx.db, before.id, after.location, after.elin);
    auditChange(ctx, before.locationId, { before: auditLocation(before), after: auditLocation(after), result: 'Updated' });
    return { before, after, changed };
  });
}

/** Removes a location: not the default one (remove the address instead), not while a user or number uses it. */
export function removeLocation(ctx: ChangeContext, locationId: string): StoredLocation {
  return writeTx(ctx.db, () => {
    const l = requireLocation(ctx.db, ctx.tenantId, locationId);
    if (l.isDefault) {
      throw new OperationError(
        'DefaultLocationRemoval',
        `location ${l.locationId} is the default location of civic address ${l.address.civicAddressId} (${addressLabel(l.address)}) and cannot be removed on its own.`,
        `Remove the address instead: callplan remove-address --civic-address-id ${l.address.civicAddressId}`,
      );
    }
    const usage = locationsUsage(ctx.db, ctx.tenantId, [l.id], ctx.now);
    if (inUse(usage)) {
      throw new OperationError(
        'LocationInUse',
        `location ${l.locationId} ('${l.location}') is still used by ${usageText(usage)}.`,
        'Give those users and numbers another emergency location (set-voice-user --location-id) or release the numbers; a reservation frees it when it ends.',
      );
    }
    if (ctx.whatIf) return l;
    deleteLocations(ctx.db, [l.id]);
    auditChange(ctx, l.locationId, { before: auditLocation(l), result: 'Removed' });
    return l;
  });
}

/** Creates a validated address and a named location in it, in one transaction (New-CsOnlineLisLocation's old parameter set). */
export function addLocationWithNewAddress(ctx: ChangeContext, verdict: AddressVerdict, name: string, elin: string): StoredLocation {
  return writeTx(ctx.db, () => {
    const address = createAddress(ctx, verdict.address, 'Validated', verdict);
    if (ctx.whatIf) return { id: 0, locationId: '', location: name, elin, isDefault: false, createdAt: ctx.now, address };
    return addLocation(ctx, address.civicAddressId, name, elin);
  });
}
