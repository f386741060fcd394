// The one clock: real time, or a fixed instant from CALLPLAN_NOW so expiry and port orders replay from a script.
import { UsageError } from './errors.js';
import { parseInstant } from './domain/instant.js';
import { quoted } from './text/sanitize.js';

/** Returns the current instant. */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/** A clock for CALLPLAN_NOW (ISO-8601 instant with a zone), or the system clock when unset. */
export function clockFromEnv(value: string | undefined): Clock {
  if (value === undefined || value === '') return systemClock;
  const fixed = parseInstant(value, { zoneRequired: true });
  if (fixed === undefined) {
    throw new UsageError(
      'InvalidClock',
      `CALLPLAN_NOW must be an ISO-8601 instant on the calendar, such as 2026-11-26T09:00:00Z, not ${quoted(value)}.`,
      'Give a real date and time with its zone (Z or +01:00).',
    );
  }
  return () => new Date(fixed);
}

/** ISO text for storing instants (UTC, millisecond precision, sorts as text). */
export function iso(d: Date): string {
  return d.toISOString();
}
