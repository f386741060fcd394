// Small text helpers shared by the rules: similarity for suggestions and corrections, normalised keys.
import { distance } from 'fastest-levenshtein';

/** Compares names ignoring case, accents, punctuation and spacing. */
export function looseKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Up to `n` candidates closest to `word` (a likely typo), best first; none when nothing is close. */
export function closest(word: string, candidates: readonly string[], n: number): string[] {
  const key = looseKey(word);
  const limit = Math.max(2, Math.floor(key.length / 3));
  const scored = [...new Set(candidates)]
    .map((c) => {
      const k = looseKey(c);
      const d = k.startsWith(key) || key.startsWith(k) ? Math.min(1, distance(key, k)) : distance(key, k);
      return { c, d };
    })
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c));
  return scored.slice(0, n).map((x) => x.c);
}

/** The same text in any case — full Unicode (É = é), unlike SQLite's NOCASE, which folds only A–Z. */
export function sameText(a: string, b: string): boolean {
  return a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}
