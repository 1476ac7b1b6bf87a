// A number per word for one document at a time, kept by the word's text number in the pipeline's
// vocabulary (src/tokenize/vocabulary.ts: a token's id is twice it, plus one for a word): how
// often a capitalised word occurs in the document, the labels the rules gave it there. A Map
// keyed by the word's text made for each document cost two look-ups a token; here each is an
// array read. Starting a document empties it with no pass over the arrays: a number counts only
// if its stamp is the current document's. One per pipeline, passed in; the numbers of a
// document are valid until the next start().

export class TextTally {
  private values = new Int32Array(0);
  private stamps = new Int32Array(0);
  private doc = 0;

  /** Starts a document's numbers, for text numbers below `size`: every one reads 0 until set. */
  start(size: number): void {
    if (this.values.length < size) {
      const n = Math.max(size, 2 * this.values.length, 1024);
      this.values = new Int32Array(n);
      this.stamps = new Int32Array(n);
    }
    if (++this.doc >= 0x7fffffff) {
      this.stamps.fill(0);
      this.doc = 1;
    }
  }

  /** Text number i's number in this document (0 if never set). */
  get(i: number): number {
    return this.stamps[i] === this.doc ? this.values[i]! : 0;
  }

  set(i: number, v: number): void {
    this.stamps[i] = this.doc;
    this.values[i] = v;
  }
}
