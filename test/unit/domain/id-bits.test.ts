// The bit set the bulk planner uses to notice a repeated user or number.
import { describe, expect, it } from 'vitest';
import { IdBits } from '../../../src/domain/id-bits.js';

describe('IdBits', () => {
  it('reports an id the second time it is set, and grows past its first size', () => {
    const bits = new IdBits();
    for (const id of [0, 7, 8, 524_287, 524_288, 5_000_000]) {
      expect(bits.testAndSet(id)).toBe(false);
      expect(bits.testAndSet(id)).toBe(true);
    }
    expect(bits.testAndSet(6)).toBe(false);
    expect(bits.testAndSet(4_999_999)).toBe(false);
  });
});
