/**
 * A sliding window over a stream of byte chunks, addressed by absolute offsets in the input:
 * readers ask for the bytes they need next and discard what they are done with, so memory holds
 * the record being read (and the rest of the chunk it sits in), never the file.
 */
export class ByteWindow {
  private buffer: Buffer = Buffer.alloc(0);
  /** Absolute offset of buffer[0]. */
  private base = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  /** Absolute offset just past the last byte read so far. */
  get end(): number {
    return this.base + this.buffer.length;
  }

  /** True once the input has no more bytes to give. */
  get exhausted(): boolean {
    return this.ended;
  }

  /**
   * The bytes from absolute offset `from`, at least `length` of them unless the input ends first
   * (then all that is left). The view is valid until the next call.
   */
  async bytesFrom(from: number, length: number): Promise<Buffer> {
    if (from < this.base) throw new RangeError(`offset ${from} was already discarded (the window starts at ${this.base})`);
    while (this.end - from < length && (await this.readChunk())) {
      // keep reading
    }
    return this.buffer.subarray(Math.min(from - this.base, this.buffer.length));
  }

  /** Forgets every byte before absolute offset `offset`, reading and discarding input up to it if needed. */
  async discardBefore(offset: number): Promise<void> {
    while (this.end < offset) {
      this.base = this.end;
      this.buffer = Buffer.alloc(0);
      if (!(await this.readChunk())) return;
    }
    if (offset <= this.base) return;
    this.buffer = this.buffer.subarray(offset - this.base);
    this.base = offset;
  }

  private async readChunk(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return true;
  }
}
