/**
 * MinHash signatures of word shingles, for near-duplicate detection without comparing texts
 * pairwise. Hand-written: the npm MinHash packages are unmaintained JavaScript without types,
 * and the algorithm is a few lines. 32-bit FNV-1a hashes the shingle once; the k hash functions
 * are the universal family (a·h + b) mod p with fixed seeds, so signatures are reproducible.
 */

export const SIGNATURE_SIZE = 64;
const PRIME = 4_294_967_311; // the smallest prime above 2^32
const SHINGLE_WORDS = 5;

/** Fixed coefficients: the same text always gets the same signature, in any process. */
const COEFFICIENTS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => {
  let state = (index + 1) * 0x9e3779b1;
  const next = () => {
    state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
    state = Math.imul(state ^ (state >>> 12), 0x297a2d39) >>> 0;
    return (state ^ (state >>> 15)) >>> 0;
  };
  return { a: (next() % (PRIME - 1)) + 1, b: next() % PRIME };
});

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** (a·x + b) mod p without losing precision: x and a are below 2^32, so split a into 16-bit halves. */
function universalHash(a: number, b: number, x: number): number {
  const high = ((a >>> 16) * x) % PRIME;
  const low = ((a & 0xffff) * x) % PRIME;
  return ((high * 65_536) % PRIME + low + b) % PRIME;
}

export function minhashSignature(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < count; start += 1) {
    const shingle = fnv1a(words.slice(start, start + SHINGLE_WORDS).join(" "));
    for (let k = 0; k < SIGNATURE_SIZE; k += 1) {
      const { a, b } = COEFFICIENTS[k]!;
      const value = universalHash(a, b, shingle) >>> 0;
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
