// Reading instants people and scripts type (pure): ISO-8601 dates and times, checked against the calendar.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):?(\d{2}))?)?$/i;

/** How strict a reading is. */
export interface InstantRules {
  /** A zone (Z, +01:00) must be given; else a time without one is UTC. */
  zoneRequired?: boolean;
  /** A bare date (2026-12-10) is accepted, as its midnight UTC. */
  dateOnly?: boolean;
}

/**
 * Milliseconds of an ISO-8601 instant, or undefined when it is not one or not on the calendar (2026-02-29, 24:00,
 * 09:61 are refused rather than rolled over as Date.parse does). A time without a zone is UTC — everywhere, whatever
 * the machine's TZ says.
 */
export function parseInstant(text: string, rules: InstantRules = {}): number | undefined {
  const m = INSTANT.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone, sign, zh, zm] = m;
  if (h === undefined ? !rules.dateOnly : !zone && rules.zoneRequired) return undefined;
  const n = (x: string | undefined) => Number(x ?? 0);
  if (n(mo) < 1 || n(mo) > 12 || n(d) < 1 || n(h) > 23 || n(mi) > 59 || n(s) > 59 || n(zh) > 23 || n(zm) > 59) return undefined;
  const ms = Date.UTC(n(y), n(mo) - 1, n(d), n(h), n(mi), n(s), Number(frac.padEnd(3, '0')));
  // The day must exist in that month (Date.UTC would roll Feb 29 of a common year into March 1).
  if (new Date(ms).getUTCDate() !== n(d)) return undefined;
  const offset = zone && zone.toUpperCase() !== 'Z' ? (sign === '-' ? -1 : 1) * (n(zh) * 60 + n(zm)) * 60_000 : 0;
  return ms - offset;
}
