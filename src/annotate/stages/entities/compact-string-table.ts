/**
 * A read-only set of strings held in three typed arrays (UTF-16 code units, offsets, an
 * open-addressing hash table of indexes), so the gazetteers' 300,000-word lists load from a file
 * without building a JavaScript string and a Set entry per word (about 150 ms and 50 MB of heap
 * per list). Written by hand: no npm package offers a zero-copy string hash set over typed arrays.
 * Keys keep the order they were given in, which iteration follows (as a Set's or Map's would).
 */

/** The arrays a table is made of; `slots` holds key index + 1, 0 marking an empty slot. */
export interface StringTableArrays {
  /** One byte a code unit when every key is Latin-1 (most lists once folded), else two. */
  chars: Uint8Array | Uint16Array;
  offsets: Uint32Array;
  slots: Uint32Array;
}

/** FNV-1a over UTF-16 code units: cheap, and no string is allocated to hash one. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function encodeStringTable(keys: Iterable<string>): StringTableArrays {
  const list = [...keys];
  const offsets = new Uint32Array(list.length + 1);
  for (const [index, key] of list.entries()) offsets[index + 1] = offsets[index]! + key.length;
  const latin1 = list.every((key) => !/[^\u0000-\u00ff]/u.test(key));
  const chars = latin1 ? new Uint8Array(offsets[list.length]!) : new Uint16Array(offsets[list.length]!);
  for (const [index, key] of list.entries()) for (let i = 0; i < key.length; i++) chars[offsets[index]! + i] = key.charCodeAt(i);
  // At most two thirds full, so a miss ends within a few probes.
  let capacity = 8;
  while (capacity < list.length * 1.5) capacity *= 2;
  const slots = new Uint32Array(capacity);
  for (const [index, key] of list.entries()) {
    let slot = hashOf(key) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = index + 1;
  }
  return { chars, offsets, slots };
}

export class StringTable {
  readonly size: number;
  private readonly mask: number;

  constructor(private readonly arrays: StringTableArrays) {
    this.size = arrays.offsets.length - 1;
    this.mask = arrays.slots.length - 1;
  }

  /** The key's index in the order the table was built from, or -1. */
  indexOf(key: string): number {
    const { chars, offsets, slots } = this.arrays;
    const length = key.length;
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const start = offsets[entry - 1]!;
      if (offsets[entry]! - start !== length) continue;
      let i = 0;
      while (i < length && chars[start + i] === key.charCodeAt(i)) i++;
      if (i === length) return entry - 1;
    }
  }

  keyAt(index: number): string {
    return String.fromCharCode(...this.arrays.chars.subarray(this.arrays.offsets[index]!, this.arrays.offsets[index + 1]!));
  }

  *keys(): IterableIterator<string> {
    for (let index = 0; index < this.size; index++) yield this.keyAt(index);
  }
}

export class CompactSet implements ReadonlySet<string> {
  constructor(private readonly table: StringTable) {}

  get size(): number {
    return this.table.size;
  }

  has(key: string): boolean {
    return this.table.indexOf(key) !== -1;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const key of this.table.keys()) callback(key, key, this);
  }

  keys(): SetIterator<string> {
    return this.table.keys() as SetIterator<string>;
  }

  values(): SetIterator<string> {
    return this.table.keys() as SetIterator<string>;
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this.table.keys()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.table.keys() as SetIterator<string>;
  }
}

/** A map whose values are decoded on demand from their index (see gazetteer-file.ts). */
export class CompactMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly table: StringTable,
    private readonly valueAt: (keyIndex: number) => V,
  ) {}

  get size(): number {
    return this.table.size;
  }

  get(key: string): V | undefined {
    const index = this.table.indexOf(key);
    return index === -1 ? undefined : this.valueAt(index);
  }

  has(key: string): boolean {
    return this.table.indexOf(key) !== -1;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  keys(): MapIterator<string> {
    return this.table.keys() as MapIterator<string>;
  }

  *values(): MapIterator<V> {
    for (let index = 0; index < this.table.size; index++) yield this.valueAt(index);
  }

  *entries(): MapIterator<[string, V]> {
    for (let index = 0; index < this.table.size; index++) yield [this.table.keyAt(index), this.valueAt(index)];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
