// Thousands separators without Intl (the first Intl call costs ~10 ms of start-up).

/** 1234567 -> "1,234,567". */
export function count(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  return (n < 0 ? '-' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
