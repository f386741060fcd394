// English ordinals for numbered streets: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 148th.

/** The ordinal form of a whole number written in digits ("148" -> "148th"). */
export function ordinal(digits: string): string {
  const n = digits.replace(/^0+(?=\d)/, '');
  const lastTwo = Number(n.slice(-2));
  const last = lastTwo % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return n + suffix;
}
