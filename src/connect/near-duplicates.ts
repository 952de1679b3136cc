/**
 * Near-duplicates (syndicated or lightly edited copies) found as articles arrive: MinHash
 * signatures banded into an LSH index, so each new article is compared only with the few that
 * share a band, never with the whole corpus.
 */
import { SIGNATURE_SIZE, estimateJaccard, mix } from "./minhash.js";

/** 16 bands of 4 rows: pairs above about 0.6 Jaccard almost always share a band. */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Estimated shingle Jaccard from which two texts count as copies of one another. */
export const NEAR_DUPLICATE_JACCARD = 0.7;

export class NearDuplicateIndex {
  private readonly ids: string[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly buckets = new BandBuckets();

  /** Adds an article and returns the ids of the articles already indexed that it nearly duplicates. */
  add(id: string, signature: Uint32Array): string[] {
    const article = this.ids.length;
    const candidates = new Set<number>();
    for (let band = 0; band < BANDS; band += 1) {
      let key = band;
      for (let row = band * ROWS; row < (band + 1) * ROWS; row += 1) key = mix(key ^ signature[row]!);
      this.buckets.add(key, article * BANDS + band, (entry) => candidates.add(Math.floor(entry / BANDS)));
    }
    this.ids.push(id);
    this.signatures.push(signature);
    return [...candidates]
      .filter((other) => this.ids[other] !== id && estimateJaccard(signature, this.signatures[other]!) >= NEAR_DUPLICATE_JACCARD)
      .map((other) => this.ids[other]!)
      .sort();
  }
}

const EMPTY = 0;

/**
 * Band hash → the entries (article × band) filed under it, as chains through typed arrays: an
 * open-addressing table of each hash's latest entry, and each entry's previous one. Hand-written
 * because a Map of arrays held sixteen small arrays per article (211 MB at 100,000 articles, most
 * buckets holding one entry); this holds 12 bytes per entry and slot. Rare hash collisions only
 * add candidates, which the Jaccard estimate then rejects.
 */
class BandBuckets {
  private keys = new Uint32Array(1 << 16);
  /** The slot's latest entry + 1; EMPTY for a free slot. */
  private heads = new Int32Array(1 << 16);
  /** An entry's previous entry in its bucket + 1; EMPTY at the chain's end. */
  private previous = new Int32Array(1 << 16);
  private used = 0;

  /** Files `entry` under `key`, after calling `visit` with each entry filed there before. */
  add(key: number, entry: number, visit: (entry: number) => void): void {
    if (entry >= this.previous.length) this.previous = grown(this.previous, entry + 1);
    let slot = this.slotOf(key);
    if (this.heads[slot] === EMPTY) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.rehash(this.keys.length * 2);
        slot = this.slotOf(key);
      }
      this.used += 1;
      this.keys[slot] = key;
    }
    for (let at = this.heads[slot]!; at !== EMPTY; at = this.previous[at - 1]!) visit(at - 1);
    this.previous[entry] = this.heads[slot]!;
    this.heads[slot] = entry + 1;
  }

  /** The slot holding `key`, or the free slot where it goes (linear probing). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = mix(key) & mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(capacity: number): void {
    const { keys, heads } = this;
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
    for (let slot = 0; slot < keys.length; slot += 1) {
      if (heads[slot] === EMPTY) continue;
      const to = this.slotOf(keys[slot]!);
      this.keys[to] = keys[slot]!;
      this.heads[to] = heads[slot]!;
    }
  }
}

function grown(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
