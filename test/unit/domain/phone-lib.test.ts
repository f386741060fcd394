// The number rules that need libphonenumber-js metadata, on real numbers of the documented shapes.
import { describe, expect, it } from 'vitest';
import { describeNumber, formats, getCountryCallingCode, isValidForCountry, numberTypeOf } from '../../../src/domain/phone-lib.js';

describe('phone-lib', () => {
  it('a number is valid for its own country only; NANP toll-free numbers for the US and Canada', () => {
    expect(isValidForCountry('14255037300', 'US')).toBe(true);
    expect(isValidForCountry('14255037300', 'CA')).toBe(false);
    expect(isValidForCountry('442079460123', 'GB')).toBe(true);
    expect(isValidForCountry('18005550100', 'CA')).toBe(true);
    expect(isValidForCountry('1425', 'US')).toBe(false);
  });
  it('types, formats and calling codes', () => {
    expect(numberTypeOf('18005550100')).toBe('TOLL_FREE');
    expect(formats('14255037300')).toEqual({ international: '+1 425 503 7300', national: '(425) 503-7300' });
    expect(formats('1')).toEqual({ international: '+1', national: '+1' });
    expect(getCountryCallingCode('GB')).toBe('44');
    expect(describeNumber('442079460123')).toMatchObject({ valid: true, country: 'GB' });
  });
});
