// Thousands separators without Intl (the first Intl call costs ~10 ms of start-up).

/** 1234567 -> "1,234,567". */
export function count(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "998 Sent, 2 Failed": the non-zero counts, in the given order, with thousands separators. */
export function countsLine(order: readonly string[], counts: Readonly<Record<string, number | undefined>>): string {
  return order
    .filter((k) => counts[k])
    .map((k) => `${count(counts[k]!)} ${k}`)
    .join(', ');
}
