/**
 * MinHash signatures of word shingles, for near-duplicate detection without comparing texts
 * pairwise. Hand-written: the npm MinHash packages are unmaintained JavaScript without types,
 * and the algorithm is a few lines. 32-bit FNV-1a hashes the shingle once; each of the k
 * "permutations" is MurmurHash3's 32-bit finaliser over the shingle hash xor a fixed seed —
 * not a strictly universal family, but well mixed, reproducible, and done in 32-bit integer
 * arithmetic (the modular family costs three floating-point divisions per value).
 */

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 5;

/** Fixed seeds: the same text always gets the same signature, in any process. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix((index + 1) * 0x9e3779b1));

function mix(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function minhashSignature(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < count; start += 1) {
    const shingle = fnv1a(words.slice(start, start + SHINGLE_WORDS).join(" "));
    for (let k = 0; k < SIGNATURE_SIZE; k += 1) {
      const value = mix(shingle ^ SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

/** The share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k += 1) if (a[k] === b[k]) equal += 1;
  return equal / SIGNATURE_SIZE;
}
