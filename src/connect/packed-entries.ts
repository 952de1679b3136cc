/**
 * Strings with a number each, as two parallel arrays in insertion order: what the connect stage
 * keeps per article (its terms' counts, its names' weights). A Map costs three to four times as
 * much per entry (its hash table, a heap number for each fractional value), and a corpus holds
 * these for every article. Plain arrays rather than typed ones: V8 keeps a plain array of numbers
 * unboxed too, and a typed array's own objects outweigh the two or three names most articles weigh.
 */
export interface PackedEntries {
  keys: readonly string[];
  values: readonly number[];
}

/** The entries of `map`, in its order. */
export function packEntries(map: ReadonlyMap<string, number>): PackedEntries {
  // Sized once: an array grown by pushes keeps spare capacity, for every article.
  const keys = new Array<string>(map.size);
  const values = new Array<number>(map.size);
  let index = 0;
  for (const [key, value] of map) {
    keys[index] = key;
    values[index] = value;
    index += 1;
  }
  return { keys, values };
}

export const NO_ENTRIES: PackedEntries = { keys: [], values: [] };
