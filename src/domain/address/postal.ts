// Postal codes: trimming, upper-casing and the country's canonical spacing, checked against the country's pattern.

/**
 * Normalises a postal code to the country's canonical form, or returns undefined when it does not fit the pattern.
 * The canonical space comes from the country's example: "SW1A 1AA" puts a space before the last three characters,
 * so "sw1a2aa" becomes "SW1A 2AA"; "1012 JS" before the last two; an example without a space removes spaces.
 */
export function normalisePostalCode(raw: string, pattern: string, example: string): string | undefined {
  const re = new RegExp(pattern);
  const text = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const compact = text.replace(/ /g, '');
  const space = example.indexOf(' ');
  const tail = space >= 0 ? example.length - space - 1 : 0;
  const canonical = tail > 0 && compact.length > tail ? `${compact.slice(0, -tail)} ${compact.slice(-tail)}` : compact;
  if (re.test(canonical)) return canonical;
  if (re.test(text)) return text;
  return undefined;
}

/** The keys to look a postal code up by: itself, then its base before a dash (ZIP+4 98052-6399 -> 98052). */
export function postalLookupKeys(code: string): string[] {
  const base = code.split('-')[0]!;
  return base !== code ? [code, base] : [code];
}
