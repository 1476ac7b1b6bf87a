// The words a pipeline has seen, each with a number (its id): one string table the tokenizer
// fills, one look-up per token, so that the later stages keep what they know of a word in
// arrays indexed by its id instead of hashing its text again in tables of their own.
//
// An entry is a token's text, with its norm (a function of the text) and the tokenizer's
// analysis of its clitics (a function of the text too). A token's id in a segmentation
// (Segmentation.ids) is twice its text's number, plus one when the token is a word (its kind
// after the units pass): a word's stem and word-list answers are not those of the same text
// inside a date or an amount, and so the two are different ids. Whatever a stage keeps by id is
// therefore a function of the id alone, the same in every document.
//
// Ids are fixed within a document. The table is bounded: once it holds `bound` texts, or texts
// of MAX_KEPT_ENTRIES code units in all (a page of long URLs), it starts again before the next
// document (startDocument), and `generation` changes, which tells every cache keyed by its ids
// to start again too. Texts are kept as copies of their own, never as slices that would keep
// a whole document alive.
import { MAX_KEPT_ENTRIES } from '../support/kept-buffers.js';
import { detached } from '../support/strings.js';
import type { CliticAnalysis } from './clitics.js';

/** Texts a vocabulary holds before it starts again (with at most MAX_KEPT_ENTRIES code units in all). */
export const MAX_VOCABULARY = 1 << 16;

const EMPTY = -1;

export class Vocabulary {
  /** By slot (a power of two of them, at most half full): a text's hash and number (-1: empty), side by side. */
  private slots = new Int32Array(2 << 12).fill(EMPTY);
  /**
   * The code units of every text, one after the other: text i is chars[from[i], from[i + 1]).
   * find() compares a token with these, in one typed array, not with the strings: most of its
   * cost was loading each string to read it.
   */
  private chars = new Uint16Array(1 << 14);
  private from = new Int32Array(1 << 11);
  readonly texts: string[] = [];
  readonly norms: string[] = [];
  /**
   * By text number: the tokenizer's analysis of the word's clitics (null: none), undefined until
   * a word of this text has been analysed (the tokenizer's own cache, kept here as it is by id).
   */
  readonly clitics: (CliticAnalysis | null | undefined)[] = [];
  /** How many texts it holds. */
  size = 0;
  /** Changes each time the table starts again: caches by id made under another generation are stale. */
  generation = 0;

  /** `bound`: texts held before it starts again (tests use a small one). */
  constructor(readonly bound = MAX_VOCABULARY) {}

  /** Called before each document's tokens: past the bound, the table starts again (ids stay fixed within a document). */
  startDocument(): void {
    if (this.size >= this.bound || this.from[this.size]! >= MAX_KEPT_ENTRIES) this.reset();
  }

  /** Empties the table: every id is forgotten, and the generation changes. */
  reset(): void {
    this.slots = new Int32Array(2 << 12).fill(EMPTY);
    this.chars = new Uint16Array(1 << 14);
    this.from = new Int32Array(1 << 11);
    this.texts.length = 0;
    this.norms.length = 0;
    this.clitics.length = 0;
    this.size = 0;
    this.generation++;
  }

  /** Where find() stopped: the empty slot a new text goes into, and its hash. */
  private slot = 0;
  private hash = 0;

  /**
   * The number of the text s.slice(start, end), read in place (no string made, none hashed by
   * the engine), or -1; then add() may follow at once.
   */
  find(s: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    const slots = this.slots;
    const m = (slots.length >> 1) - 1;
    let at = h & m;
    for (;;) {
      const id = slots[2 * at + 1]!;
      if (id === EMPTY) break;
      if (slots[2 * at] === h && this.same(id, s, start, end)) return id;
      at = (at + 1) & m;
    }
    this.slot = at;
    this.hash = h;
    return -1;
  }

  /** Whether text number id is s.slice(start, end), compared in place. */
  private same(id: number, s: string, start: number, end: number): boolean {
    const a = this.from[id]!;
    if (this.from[id + 1]! - a !== end - start) return false;
    const chars = this.chars;
    for (let i = start; i < end; i++) if (chars[a + i - start] !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Adds the text the last find() did not find (s.slice(start, end)), with its norm; returns its number. */
  add(text: string, norm: string): number {
    const id = this.size++;
    if (id + 2 > this.from.length) {
      const more = new Int32Array(2 * this.from.length);
      more.set(this.from);
      this.from = more;
    }
    const a = this.from[id]!;
    if (a + text.length > this.chars.length) {
      const more = new Uint16Array(Math.max(2 * this.chars.length, a + text.length));
      more.set(this.chars);
      this.chars = more;
    }
    for (let i = 0; i < text.length; i++) this.chars[a + i] = text.charCodeAt(i);
    this.from[id + 1] = a + text.length;
    const t = detached(text);
    this.texts.push(t);
    this.norms.push(norm === text ? t : detached(norm));
    this.clitics.push(undefined);
    this.slots[2 * this.slot] = this.hash;
    this.slots[2 * this.slot + 1] = id;
    if (4 * this.size > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length).fill(EMPTY);
    const m = (slots.length >> 1) - 1;
    for (let o = 0; o < old.length; o += 2) {
      const id = old[o + 1]!;
      if (id === EMPTY) continue;
      let at = old[o]! & m;
      while (slots[2 * at + 1] !== EMPTY) at = (at + 1) & m;
      slots[2 * at] = old[o]!;
      slots[2 * at + 1] = id;
    }
    this.slots = slots;
  }
}

/**
 * What a cache keyed by vocabulary ids remembers of the vocabulary its ids came from: `stale(v)`
 * says (once) when that vocabulary has started again, or is another one, and the cache must be
 * emptied before it is read.
 */
export class VocabularyStamp {
  private vocabulary: Vocabulary | undefined;
  private generation = -1;

  /** Whether ids of `v` now mean other words than those the cache was filled with; the stamp then takes v's. */
  stale(v: Vocabulary): boolean {
    if (v === this.vocabulary && v.generation === this.generation) return false;
    this.vocabulary = v;
    this.generation = v.generation;
    return true;
  }
}
