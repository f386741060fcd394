// Direct tests of the small pure modules the bigger rules lean on: instants, country codes, text keys and
// suggestions, distances, and the checks of a new user's fields.
import { describe, expect, it } from 'vitest';
import { coordinatesInRange, distanceKm } from '../../../src/domain/address/geo.js';
import { countryLabel, parseCountryCode } from '../../../src/domain/countries.js';
import { parseInstant } from '../../../src/domain/instant.js';
import { closest, looseKey, sameText } from '../../../src/domain/text.js';
import { checkField, checkNewUser, userDifferences } from '../../../src/domain/users.js';
import { crossRowMessage } from '../../../src/domain/voice.js';

describe('parseInstant', () => {
  it('reads ISO-8601 instants; a time without a zone is UTC', () => {
    expect(parseInstant('2026-12-04T09:00:00Z')).toBe(Date.UTC(2026, 11, 4, 9));
    expect(parseInstant('2026-12-04 09:00')).toBe(Date.UTC(2026, 11, 4, 9));
    expect(parseInstant('2026-12-04T10:30:00+01:30')).toBe(Date.UTC(2026, 11, 4, 9));
    expect(parseInstant('2026-12-04T09:00:00.5Z')).toBe(Date.UTC(2026, 11, 4, 9, 0, 0, 500));
  });
  it('refuses what is not on the calendar instead of rolling it over', () => {
    for (const t of ['2026-02-29T00:00Z', '2026-12-04T24:00Z', '2026-12-04T09:61Z', '2026-13-01T00:00Z', '2026-12-04T09:00:00+25:00', 'yesterday'])
      expect(parseInstant(t), t).toBeUndefined();
    expect(parseInstant('2028-02-29T00:00Z')).toBe(Date.UTC(2028, 1, 29));
  });
  it('a bare date only when allowed; a zone only when required', () => {
    expect(parseInstant('2026-12-10')).toBeUndefined();
    expect(parseInstant('2026-12-10', { dateOnly: true })).toBe(Date.UTC(2026, 11, 10));
    expect(parseInstant('2026-12-10T09:00', { zoneRequired: true })).toBeUndefined();
  });
});

describe('parseCountryCode', () => {
  it('takes ISO alpha-2 in any case and names the code meant for a lookalike', () => {
    expect(parseCountryCode(' gb ')).toEqual({ code: 'GB' });
    expect(parseCountryCode('UK')).toEqual({
      message: "UsageLocation must be an ISO 3166-1 alpha-2 country code such as US or GB, not 'UK' (for United Kingdom use GB).",
    });
    expect(parseCountryCode('XX', 'Country')).toEqual({ message: "Country must be an ISO 3166-1 alpha-2 country code such as US or GB, not 'XX'." });
    expect(countryLabel('DE')).toBe('DE (Germany)');
  });
});

describe('text', () => {
  it('looseKey ignores case, accents, punctuation and spaces; sameText folds all of Unicode', () => {
    expect(looseKey('Saint-Étienne')).toBe(looseKey('saint etienne'));
    expect(sameText('ÉCOLE', 'école')).toBe(true);
    expect(sameText('Redmond', 'Redmund')).toBe(false);
  });
  it('closest suggests near names best first, and nothing when nothing is near', () => {
    expect(closest('Redmund', ['Seattle', 'Redmond', 'Bellevue'], 3)).toEqual(['Redmond']);
    expect(closest('telephone-numbr', ['TelephoneNumber', 'TelephoneNumbers', 'Identity'], 2)).toEqual(['TelephoneNumber', 'TelephoneNumbers']);
    expect(closest('zzz', ['Redmond'], 3)).toEqual([]);
  });
});

describe('geo', () => {
  it('distances by the haversine formula; coordinates within ±90/±180', () => {
    expect(distanceKm(47.6062, -122.3321, 47.674, -122.1215)).toBeCloseTo(17.2, 0); // Seattle to Redmond
    expect(distanceKm(0, 0, 0, 0)).toBe(0);
    expect(coordinatesInRange(47.6, -122.1)).toBe(true);
    expect(coordinatesInRange(91, 0)).toBe(false);
    expect(coordinatesInRange(Number.NaN, 0)).toBe(false);
  });
});

describe('new users', () => {
  it('checks each field into its stored form or a problem', () => {
    expect(checkField('UsageLocation', 'us')).toEqual({ value: 'US' });
    expect(checkField('SipAddress', 'ken@contoso.com')).toEqual({ value: 'sip:ken@contoso.com' });
    expect(checkField('Email', 'not-an-address')).toMatchObject({ problem: { field: 'Email', errorId: 'InvalidValue' } });
    expect(checkField('DisplayName', 'Ken\u001b[31m')).toMatchObject({ problem: { errorId: 'InvalidValue' } });
  });
  it('a new user needs a UserPrincipalName; an existing one is compared field by field', () => {
    expect(checkNewUser({}, () => 'id').problems[0]).toMatchObject({ field: 'UserPrincipalName', message: 'UserPrincipalName is required.' });
    const { user } = checkNewUser({ upn: 'ken.myer@contoso.com', displayName: 'Ken Myer', usageLocation: 'US' }, () => '00000000-0000-4000-8000-000000000001');
    expect(user).toMatchObject({ upn: 'ken.myer@contoso.com', objectId: '00000000-0000-4000-8000-000000000001', usageLocation: 'US' });
    expect(userDifferences(user!, { upn: 'ken.myer@contoso.com', displayName: 'Ken Myer', usageLocation: 'US' })).toEqual([]);
    expect(userDifferences(user!, { upn: 'ken.myer@contoso.com', displayName: 'Ken M.' }).length).toBe(1);
  });
});

describe('crossRowMessage', () => {
  it('words the clashes the batch finds across rows', () => {
    expect(crossRowMessage('DuplicateUser', { upn: 'ken@contoso.com', rows: '2, 5' })).toBe(
      'ken@contoso.com is in rows 2, 5 of the file; give each user once.',
    );
    expect(crossRowMessage('DuplicateNumber', { digits: '14255037300', rows: '3, 4' })).toBe(
      'number +14255037300 is asked for in rows 3, 4; a number goes to one user.',
    );
    expect(crossRowMessage('NumberAlreadyAssigned', { digits: '14255037300', holderUpn: 'pilar@contoso.com' })).toBe(
      'number +14255037300 is assigned to pilar@contoso.com; add -Force to move it, or give pilar@contoso.com another number in the same run.',
    );
  });
});
