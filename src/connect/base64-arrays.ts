/**
 * Numbers as a stored build keeps them beside joined keys (stories' sums, document frequencies,
 * articles' states and vectors): a typed array as one base64 string, which a reader parses at
 * once where JSON would make an array of numbers, one number at a time.
 */

/** Between two keys joined in one string: a control character no term or name key holds. */
export const KEY_SEPARATOR = "\u001f";

type TypedArray = Uint32Array | Float32Array | Float64Array;

export function base64Of(values: TypedArray): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

/** Decoded straight into the array's own memory: Node's pooled buffers need not be aligned for it. */
export function fromBase64<T extends TypedArray>(base64: string, Kind: { new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const values = new Kind(Buffer.byteLength(base64, "base64") / Kind.BYTES_PER_ELEMENT);
  Buffer.from(values.buffer).write(base64, "base64");
  return values;
}
