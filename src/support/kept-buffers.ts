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
