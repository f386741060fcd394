// Matching a typed place or state name against the gazetteer's names: exact (loose), or a typo of exactly one.
import { distance } from 'fastest-levenshtein';
import { looseKey } from '../text.js';

/**
 * How many typos (Levenshtein edits on the loose key: no case, accents, spaces or punctuation) a name may carry and
 * still be corrected: none up to 3 characters, 1 for 4–5, 2 from 6. Tuned on the shipped gazetteer by simulating
 * typos of every state's places (scripted, 20 per state): with "the closest name wins only when no other is as
 * close", 96% of one-typo names were corrected to the right place and none to a wrong one (1.7% ambiguous,
 * 2.3% too far); of two-typo names 65% were corrected, 0.4% wrongly. Real names of places missing from a state
 * (taken from other states) were "corrected" 5% of the time — which is why every correction is listed, old -> new.
 * Allowing 1 typo from 4 characters instead of 6 costs 4 points of one-typo corrections and saves 1 of those 5.
 */
export function maxTypos(key: string): number {
  return key.length <= 3 ? 0 : key.length <= 5 ? 1 : 2;
}

/** The outcome of matching a typed name. */
export type NameMatch<T> =
  { kind: 'exact'; items: T[] } | { kind: 'corrected'; item: T; typos: number } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none'; nearest: T[] };

/**
 * Matches `typed` against items that each answer to one or more names. Exact (loose) matches win; otherwise the
 * single closest item within maxTypos is a correction, two or more equally close ones are ambiguous, and nothing
 * within reach gives the nearest few (for a hint).
 */
export function matchName<T>(typed: string, items: readonly T[], namesOf: (t: T) => readonly string[]): NameMatch<T> {
  const key = looseKey(typed);
  const scored: { item: T; d: number }[] = [];
  const exact: T[] = [];
  for (const item of items) {
    let best = Infinity;
    for (const n of namesOf(item)) {
      const k = looseKey(n);
      if (!k) continue;
      const d = k === key ? 0 : distance(key, k);
      if (d < best) best = d;
    }
    if (best === 0) exact.push(item);
    else if (best !== Infinity) scored.push({ item, d: best });
  }
  if (exact.length) return { kind: 'exact', items: exact };
  scored.sort((a, b) => a.d - b.d);
  const limit = maxTypos(key);
  const within = scored.filter((s) => s.d <= limit);
  if (within.length === 1 || (within.length > 1 && within[0]!.d < within[1]!.d)) return { kind: 'corrected', item: within[0]!.item, typos: within[0]!.d };
  if (within.length > 1) return { kind: 'ambiguous', candidates: within.filter((s) => s.d === within[0]!.d).map((s) => s.item) };
  const reach = Math.max(3, Math.floor(key.length / 2));
  return {
    kind: 'none',
    nearest: scored
      .filter((s) => s.d <= reach)
      .slice(0, 3)
      .map((s) => s.item),
  };
}
