// clear-reservation: releases the held numbers; an already expired reservation is reported, not an error.
import type { Deps } from '../../../deps.js';
import { OperationError } from '../../../errors.js';
import { inventoryTypeOf } from '../../../domain/reservation.js';
import { clearReservation } from '../../../services/acquire.js';
import { findReservation } from '../../../store/reservations.js';
import type { CommandResult } from '../../types.js';
import type { Options } from './command.js';

/** Runs clear-reservation. */
export function run(o: Options, deps: Deps): CommandResult {
  const tenant = deps.tenant();
  const id = o.reservationId;
  const existing = findReservation(deps.db, tenant.id, id);
  if (existing && o.inventoryType && inventoryTypeOf(existing.numberType) !== o.inventoryType) {
    throw new OperationError(
      'ReservationMismatch',
      `reservation ${existing.reservationId} holds ${inventoryTypeOf(existing.numberType)} numbers, not ${String(o.inventoryType)}.`,
    );
  }
  const r = clearReservation(deps.db, tenant, deps.clock(), { reservationId: id, whatIf: o.whatif === true });
  const message =
    r.result === 'Expired'
      ? `already expired at ${r.reservation.expiresAt}; its numbers were back in the pool`
      : `${r.released} numbers ${r.result === 'WhatIf' ? 'would go' : 'went'} back to the pool`;
  return { records: [{ ReservationId: r.reservation.reservationId, Result: r.result, Released: r.released, Message: message }] };
}
