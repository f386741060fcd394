// What one user's message says: the template values (number in both formats, emergency address) and the mail fields.
import { createHash } from 'node:crypto';
import { countryName } from '../domain/countries.js';
import { formats } from '../domain/phone-lib.js';
import type { NotifyCandidate } from '../store/notifications.js';
import type { TemplateValues } from './template.js';

// Countries that write the house number after the street name, and the postal code before the city.
const NUMBER_AFTER_STREET = new Set(['DE', 'NL', 'ES', 'AT', 'CH', 'BE', 'IT', 'DK', 'NO', 'SE', 'PL', 'CZ']);
const POSTAL_BEFORE_CITY = new Set(['FR', 'DE', 'NL', 'ES', 'AT', 'CH', 'BE', 'IT', 'DK', 'NO', 'SE', 'PL', 'CZ', 'PT', 'FI']);

const join = (parts: readonly (string | null | undefined)[], sep = ' ') =>
  parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .join(sep);

/** The emergency address as lines: location name (unless the default location), street, city/state/postal code, country. */
export function addressLines(c: NotifyCandidate): string[] {
  if (!c.locationId) return [];
  const country = c.country ?? '';
  const house = join([c.houseNumber, c.houseNumberSuffix], '');
  const street = join([c.preDirectional, c.streetName, c.streetSuffix, c.postDirectional]);
  const streetLine = NUMBER_AFTER_STREET.has(country) ? join([street, house]) : join([house, street]);
  const cityLine = POSTAL_BEFORE_CITY.has(country)
    ? join([join([c.postalCode, c.city]), c.stateOrProvince], ', ')
    : join([join([c.city, c.stateOrProvince], ', '), c.postalCode]);
  return [c.isDefaultLocation ? '' : (c.location ?? ''), streetLine, cityLine, country ? countryName(country) : ''].filter((l) => l.trim() !== '');
}

/** Strips line breaks and other control characters (a stored name must never add a header line). */
export function oneLine(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The template values of one user's message. */
export function messageValues(c: NotifyCandidate & { number: string }, organisation: string): TemplateValues {
  const f = formats(c.number);
  const lines = addressLines(c);
  const none = 'not set — ask your administrator';
  return {
    displayName: oneLine(c.displayName),
    userPrincipalName: oneLine(c.upn),
    email: oneLine(c.email ?? ''),
    organisation: oneLine(organisation),
    numberInternational: f.international,
    numberNational: f.national,
    numberE164: `+${c.number}`,
    address: lines.length ? lines.join('\n') : none,
    addressLine: lines.length ? lines.join(', ') : none,
    location: c.locationId && !c.isDefaultLocation ? oneLine(c.location ?? '') : '',
  };
}

/** A safe .eml file name, unique per user: the UPN in lower case, with a digest of it when anything had to be replaced. */
export function emlFileName(upn: string): string {
  const exact = upn.toLowerCase();
  const base = exact.replace(/[^a-z0-9._@+-]/g, '_').replace(/^\.+/, '_');
  if (base === exact && base.length <= 200 && base !== '') return `${base}.eml`;
  // Characters were replaced or cut: two UPNs could now share a name (o'brien@ and o#brien@), so the name carries a
  // digest of the exact UPN, and stays the same on every run.
  const digest = createHash('sha256').update(exact).digest('hex').slice(0, 12);
  return `${base.slice(0, 200) || 'user'}-${digest}.eml`;
}
