// A compact set of small non-negative integers (row ids), for checks that see a million rows go by.

/** A growable bit set of row ids: 1 bit per id (a Set of a million numbers would take ~80 MB at its peak). */
export class IdBits {
  private bits = new Uint8Array(1 << 16);

  /** Sets the bit of id; returns whether it was set already. */
  testAndSet(id: number): boolean {
    const byte = id >>> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (id & 7);
    const was = (this.bits[byte]! & mask) !== 0;
    this.bits[byte]! |= mask;
    return was;
  }
}
