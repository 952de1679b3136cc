/**
 * MinHash signatures of word shingles, for near-duplicate detection without comparing texts
 * pairwise. Hand-written: the npm MinHash packages are unmaintained JavaScript without types,
 * and the algorithm is a few lines. Each word is hashed once (32-bit FNV-1a), a shingle's hash
 * mixes its words' hashes (MurmurHash3's 32-bit finaliser), and the signature is a densified
 * one-permutation MinHash (Shrivastava and Li, 2014): the shingle's hash picks one of the k bins
 * and competes for its minimum there, so each shingle costs one hash instead of k; a bin no
 * shingle fell in borrows the next filled bin's value, remixed with its own seed, the same way
 * in every text, so equal positions still estimate the Jaccard similarity of the shingle sets.
 */

export const SIGNATURE_SIZE = 64;
const SHINGLE_WORDS = 5;

/** Fixed seeds: the same text always gets the same signature, in any process. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix((index + 1) * 0x9e3779b1));

/** MurmurHash3's 32-bit finaliser. */
export function mix(value: number): number {
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

/** log2(SIGNATURE_SIZE): the top bits of a shingle's hash pick its bin. */
const BIN_BITS = 6;
const EMPTY = 0xffffffff;

export function minhashSignature(words: readonly string[]): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY);
  if (words.length === 0) return signature;
  const hashes = words.map(fnv1a);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < count; start += 1) {
    let shingle = 0x9747b28c;
    for (let k = start; k < Math.min(start + SHINGLE_WORDS, hashes.length); k += 1) shingle = mix(shingle ^ hashes[k]!);
    const bin = shingle >>> (32 - BIN_BITS);
    const value = mix(shingle ^ SEEDS[0]!);
    if (value < signature[bin]!) signature[bin] = value;
  }
  densify(signature);
  return signature;
}

/** Empty bins take the next filled bin's value (cyclically), remixed with their own seed. */
function densify(signature: Uint32Array): void {
  if (signature.every((value) => value === EMPTY)) return;
  const filled = Uint8Array.from(signature, (value) => (value === EMPTY ? 0 : 1));
  for (let bin = 0; bin < SIGNATURE_SIZE; bin += 1) {
    if (filled[bin]) continue;
    let next = (bin + 1) % SIGNATURE_SIZE;
    while (!filled[next]) next = (next + 1) % SIGNATURE_SIZE;
    signature[bin] = mix(signature[next]! ^ SEEDS[bin]!);
  }
}

/** The share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k += 1) if (a[k] === b[k]) equal += 1;
  return equal / SIGNATURE_SIZE;
}
