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
  /** Keyed by a hash of the band's values: a rare collision only adds a candidate, which the Jaccard estimate then rejects. */
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  /** Adds an article and returns the ids of the articles already indexed that it nearly duplicates. */
  add(id: string, signature: Uint32Array): string[] {
    const candidates = new Set<string>();
    for (let band = 0; band < BANDS; band += 1) {
      let key = band;
      for (let row = band * ROWS; row < (band + 1) * ROWS; row += 1) key = mix(key ^ signature[row]!);
      const bucket = this.buckets.get(key);
      if (bucket) for (const other of bucket) candidates.add(other);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
    this.signatures.set(id, signature);
    return [...candidates].filter((other) => other !== id && estimateJaccard(signature, this.signatures.get(other)!) >= NEAR_DUPLICATE_JACCARD).sort();
  }
}
