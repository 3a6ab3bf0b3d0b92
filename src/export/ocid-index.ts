// A compact ocid → small-integer map for the one per-resource structure the exports keep (the
// Mermaid summary's ocid → type index; docs/architecture.md, "Data flow"). A `Map<string,
// string>` costs the ocid string and a hash entry, about 140 bytes per resource (140 MB at
// 1M); this table keeps a 64-bit hash of the ocid and the value in typed arrays, 12 bytes a
// slot at most half full: about 24 MB per million. Two ocids share a slot only if both
// 32-bit hashes collide (about one chance in 10^7 for a million ocids); the cost would be one
// relationship counted under the wrong target type in a summary diagram.

/** The ocid's two 32-bit hashes, written here to avoid allocating a pair per call. */
let hashHi = 0;
let hashLo = 0;

function hashOcid(ocid: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < ocid.length; i++) {
    const c = ocid.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // murmur3's finalizer, so the low bits (the slot) depend on every character.
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  hashHi = a >>> 0;
  hashLo = b >>> 0;
}

const INITIAL_SLOTS = 1 << 12;

/** ocid → non-negative integer (below 2^32 - 1), by a 64-bit hash of the ocid, open addressing. */
export class OcidTable {
  private hi = new Uint32Array(INITIAL_SLOTS);
  private lo = new Uint32Array(INITIAL_SLOTS);
  /** value + 1; 0 marks an empty slot. */
  private values = new Uint32Array(INITIAL_SLOTS);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.hi.byteLength + this.lo.byteLength + this.values.byteLength;
  }

  set(ocid: string, value: number): void {
    if ((this.count + 1) * 2 > this.values.length) this.grow();
    hashOcid(ocid);
    this.put(hashHi, hashLo, value + 1);
  }

  /** The value set for the ocid, or -1. */
  get(ocid: string): number {
    hashOcid(ocid);
    return this.find(hashHi, hashLo);
  }

  /** The value for a hash pair taken by `OcidTable.hash`, or -1. */
  private find(hi: number, lo: number): number {
    const mask = this.values.length - 1;
    for (let slot = hi & mask; ; slot = (slot + 1) & mask) {
      const stored = this.values[slot] as number;
      if (stored === 0) return -1;
      if (this.hi[slot] === hi && this.lo[slot] === lo) return stored - 1;
    }
  }

  private put(hi: number, lo: number, stored: number): void {
    const mask = this.values.length - 1;
    for (let slot = hi & mask; ; slot = (slot + 1) & mask) {
      if (this.values[slot] === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.values[slot] = stored;
        this.count++;
        return;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) {
        this.values[slot] = stored;
        return;
      }
    }
  }

  private grow(): void {
    const { hi, lo, values } = this;
    const slots = values.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.values = new Uint32Array(slots);
    this.count = 0;
    for (let i = 0; i < values.length; i++) {
      const stored = values[i] as number;
      if (stored !== 0) this.put(hi[i] as number, lo[i] as number, stored);
    }
  }

  /** The ocid's hash pair, for `getHashed` later without keeping the string. */
  static hash(ocid: string, into: Uint32Array, at: number): void {
    hashOcid(ocid);
    into[at] = hashHi;
    into[at + 1] = hashLo;
  }

  /** `get` for a pair stored by `OcidTable.hash`. */
  getHashed(pairs: Uint32Array, at: number): number {
    return this.find(pairs[at] as number, pairs[at + 1] as number);
  }
}

/** A growable list of unsigned 32-bit integers. */
export class U32List {
  private data = new Uint32Array(1024);
  length = 0;

  /** Room for `n` more entries; returns the array and the offset to write them at. */
  reserve(n: number): { data: Uint32Array; at: number } {
    if (this.length + n > this.data.length) {
      const next = new Uint32Array(Math.max(this.data.length * 2, this.length + n));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    const at = this.length;
    this.length += n;
    return { data: this.data, at };
  }

  get array(): Uint32Array {
    return this.data;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}
