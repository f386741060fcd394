// The small pure pieces of address validation: ordinals, postal-code normalising, name matching thresholds.
import { describe, expect, it } from 'vitest';
import { matchName, maxTypos } from '../../src/domain/address/names.js';
import { ordinal } from '../../src/domain/address/ordinal.js';
import { normalisePostalCode, postalLookupKeys } from '../../src/domain/address/postal.js';

describe('ordinal', () => {
  it.each([
    ['1', '1st'],
    ['2', '2nd'],
    ['3', '3rd'],
    ['4', '4th'],
    ['11', '11th'],
    ['12', '12th'],
    ['13', '13th'],
    ['21', '21st'],
    ['22', '22nd'],
    ['101', '101st'],
    ['111', '111th'],
    ['148', '148th'],
    ['0', '0th'],
    ['007', '7th'],
  ])('%s -> %s', (n, o) => expect(ordinal(n)).toBe(o));
});

describe('postal codes', () => {
  const GB =
    '^(?:[Gg][Ii][Rr] ?0[Aa]{2}|(?:[A-Za-z][0-9]{1,2}|[A-Za-z][A-Ha-hJ-Yj-y][0-9]{1,2}|[A-Za-z][0-9][A-Za-z]|[A-Za-z][A-Ha-hJ-Yj-y][0-9][A-Za-z]?) ?[0-9][A-Za-z]{2})$';
  it('takes the canonical space from the country example', () => {
    expect(normalisePostalCode('sw1a1aa', GB, 'SW1A 1AA')).toBe('SW1A 1AA');
    expect(normalisePostalCode(' SW1A  1AA ', GB, 'SW1A 1AA')).toBe('SW1A 1AA');
    expect(normalisePostalCode('gir0aa', GB, 'SW1A 1AA')).toBe('GIR 0AA');
    expect(normalisePostalCode('1012js', '^\\d{4} ?[A-Za-z]{2}$', '1012 JS')).toBe('1012 JS');
    expect(normalisePostalCode('d02xr20', '^[A-Za-z]\\d[\\dWw] ?[A-Za-z\\d]{4}$', 'D02 X285')).toBe('D02 XR20');
    expect(normalisePostalCode('98 052', '^\\d{5}(?:-\\d{4})?$', '98052')).toBe('98052');
    expect(normalisePostalCode('98052-6399', '^\\d{5}(?:-\\d{4})?$', '98052')).toBe('98052-6399');
  });
  it('refuses what does not fit', () => {
    expect(normalisePostalCode('9805', '^\\d{5}(?:-\\d{4})?$', '98052')).toBeUndefined();
    expect(normalisePostalCode('SW1A 1A', GB, 'SW1A 1AA')).toBeUndefined();
    expect(normalisePostalCode('12345', GB, 'SW1A 1AA')).toBeUndefined();
  });
  it('looks ZIP+4 codes up by their ZIP code too', () => {
    expect(postalLookupKeys('98052-6399')).toEqual(['98052-6399', '98052']);
    expect(postalLookupKeys('98052')).toEqual(['98052']);
  });
});

describe('name matching', () => {
  const names = ['Redmond', 'Edmonds', 'Seattle', 'SeaTac', 'Burien', 'Burton', 'Kent', 'Bow'];
  const m = (typed: string) => matchName(typed, names, (n) => [n]);
  it('allows no typo up to 3 characters, 1 for 4-5, 2 from 6', () => {
    expect([maxTypos('bow'), maxTypos('kent'), maxTypos('kentx'), maxTypos('redmond')]).toEqual([0, 1, 1, 2]);
  });
  it('exact ignoring case, accents and punctuation', () => expect(m('  REDMOND ')).toEqual({ kind: 'exact', items: ['Redmond'] }));
  it('corrects a typo of exactly one name, or the one strictly closest', () => {
    expect(m('Redmund')).toEqual({ kind: 'corrected', item: 'Redmond', typos: 1 });
    expect(m('Seatle')).toEqual({ kind: 'corrected', item: 'Seattle', typos: 1 });
    expect(m('Kant')).toEqual({ kind: 'corrected', item: 'Kent', typos: 1 });
  });
  it('ties are ambiguous; too far is unknown with the nearest names', () => {
    expect(m('Burten')).toEqual({ kind: 'ambiguous', candidates: ['Burien', 'Burton'] });
    expect(m('Bo')).toMatchObject({ kind: 'none' });
    expect(m('Box')).toMatchObject({ kind: 'none', nearest: ['Bow'] });
  });
});
