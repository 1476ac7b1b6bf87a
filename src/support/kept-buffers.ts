// How large a working buffer a pipeline keeps from one document to the next. Stages that run
// once per document (the tagger's feature rows, the relation stage's per-token arrays) reuse
// their buffers rather than allocating and collecting them for every article; a buffer for a
// document larger than this is made for that document alone and left to the collector, so one
// very large document does not leave a pipeline (a server's, a worker's) holding tens of MB.
// 2^20 entries: 4 MB of 32-bit numbers, the arrays of a document of some 150,000 tokens (1 MB
// of news text); a news article needs a few thousand.
export const MAX_KEPT_ENTRIES = 1 << 20;

/** Whether a buffer of `n` entries may be kept by the pipeline. */
export const keepable = (n: number): boolean => n <= MAX_KEPT_ENTRIES;

/**
 * The working buffers of one stage, kept by a pipeline from one document to the next: each call
 * hands out the same memory again, zeroed, valid until the next call (so one user at a time);
 * past MAX_KEPT_ENTRIES, a buffer for that document alone. A typed array's own memory costs
 * about a microsecond to get and more to collect; a view of a kept one, far less.
 */
export class KeptBuffers {
  private byteBuf = new Uint8Array(0);
  private intBuf = new Int32Array(0);

  /** n zeroed bytes. */
  bytes(n: number): Uint8Array {
    if (!keepable(n)) return new Uint8Array(n);
    if (this.byteBuf.length < n) this.byteBuf = new Uint8Array(Math.max(n, 2 * this.byteBuf.length, 1024));
    return this.byteBuf.subarray(0, n).fill(0);
  }

  /** n zeroed 32-bit numbers. */
  ints(n: number): Int32Array {
    if (!keepable(n)) return new Int32Array(n);
    if (this.intBuf.length < n) this.intBuf = new Int32Array(Math.max(n, 2 * this.intBuf.length, 1024));
    return this.intBuf.subarray(0, n).fill(0);
  }
}
