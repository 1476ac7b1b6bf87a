// The vocabulary (src/tokenize/vocabulary.ts): segment(text, vocabulary) numbers each token by
// its text and whether it is a word; the tokens are those of segment(text) to the byte; ids are
// fixed within a document and across documents until the vocabulary starts again at its bound.
import { describe, expect, it } from 'vitest';
import { MAX_KEPT_ENTRIES } from '../../src/support/kept-buffers.js';
import { segment } from '../../src/tokenize/index.js';
import { Vocabulary, VocabularyStamp } from '../../src/tokenize/vocabulary.js';

const idsOf = (text: string, v: Vocabulary): Map<string, number[]> => {
  const seg = segment(text, v);
  const out = new Map<string, number[]>();
  seg.tokens.forEach((t, k) => {
    const key = `${t.text}/${t.kind}`;
    out.set(key, [...(out.get(key) ?? []), seg.ids![k]!]);
  });
  return out;
};

describe('segment with a vocabulary', () => {
  it.each([
    ['Katanya, dia berkata bahawa dia akan datang.'],
    ['“Kami bersedia,” katanya di Kuala Lumpur pada 5 Mei 2018.'],
    ['KUALA LUMPUR, 21 JAN – Presi\u00adden Ali bin Abu ke Pyongyang; kanak-kanaknya bermain.'],
    ['İstanbul dan ISTANBUL: ﬁnal (RM5 juta) pada jam 3.00 petang, e-mel ali@contoh.my.'],
    [''],
  ])('gives the tokens of segment(text), with one id a token: %s', (text) => {
    const v = new Vocabulary();
    const seg = segment(text, v);
    expect(JSON.stringify(seg.tokens)).toBe(JSON.stringify(segment(text).tokens));
    expect(JSON.stringify(seg.sentences)).toBe(JSON.stringify(segment(text).sentences));
    expect(seg.ids).toHaveLength(seg.tokens.length);
    // the segmentation's JSON has no ids: never output
    expect(Object.keys(JSON.parse(JSON.stringify(segment(text))))).toEqual(['tokens', 'sentences', 'units']);
  });

  it.each([
    // text, the token texts that must share an id, and the pairs that must not
    ['dia kata dia', [['dia', 'dia']], [['dia', 'kata']]],
    ['Dia kata dia', [], [['Dia', 'dia']]],
    ['Mei datang pada 5 Mei 2018', [], [['Mei', 'Mei']]],
  ] as const)('numbers %s: same text and kind, same id', (text, same, differ) => {
    const v = new Vocabulary();
    const seg = segment(text, v);
    const idAt = (w: string, nth: number): number =>
      seg.ids![seg.tokens.map((t, k) => [t.text, k] as const).filter(([x]) => x === w)[nth]![1]]!;
    for (const [a, b] of same) expect(idAt(a, 0)).toBe(idAt(b, a === b ? 1 : 0));
    for (const [a, b] of differ) expect(idAt(a, 0)).not.toBe(idAt(b, a === b ? 1 : 0));
  });

  it('a word and the same text inside a date have ids of one text, the word odd', () => {
    const v = new Vocabulary();
    const seg = segment('Mei datang pada 5 Mei 2018', v);
    const word = seg.ids![0]!;
    const inDate = seg.ids![seg.tokens.findIndex((t, k) => k > 0 && t.text === 'Mei')]!;
    expect([seg.tokens[0]!.kind, word % 2]).toEqual(['word', 1]);
    expect(word - 1).toBe(inDate);
  });

  it('keeps ids from one document to the next below its bound', () => {
    const v = new Vocabulary();
    const a = idsOf('kata menteri itu', v);
    const b = idsOf('itu kata menteri', v);
    for (const w of ['kata/word', 'menteri/word', 'itu/word']) expect(b.get(w)).toEqual(a.get(w));
    expect(v.generation).toBe(0);
  });

  it.each([1, 2, 3, 5, 1000])('starts again past a bound of %i texts, with the same tokens', (bound) => {
    const v = new Vocabulary(bound);
    const texts = ['Katanya dia datang.', 'Dia berkata: “Kami datang.”', 'Menteri itu berkata semalam.', 'Katanya dia datang.'];
    let generation = v.generation;
    for (const text of texts) {
      const before = v.size;
      const seg = segment(text, v);
      expect(JSON.stringify(seg.tokens)).toBe(JSON.stringify(segment(text).tokens));
      // started again before this document if the last one left it at its bound
      if (before >= bound) expect(v.generation).toBe(++generation);
      else expect(v.generation).toBe(generation);
      // within a document, every id is below twice the texts held
      for (const id of seg.ids!) expect(id).toBeLessThan(2 * v.size);
    }
  });

  it('starts again after texts of MAX_KEPT_ENTRIES code units in all, whatever their number', () => {
    const v = new Vocabulary();
    const long = 'a'.repeat(MAX_KEPT_ENTRIES + 1);
    segment(`dia ${long} datang`, v);
    expect([v.size, v.generation]).toEqual([3, 0]);
    const seg = segment('dia datang', v);
    expect([v.size, v.generation]).toEqual([2, 1]);
    expect(JSON.stringify(seg.tokens)).toBe(JSON.stringify(segment('dia datang').tokens));
  });

  it('a stamp says once that a vocabulary started again, or is another', () => {
    const v = new Vocabulary(1);
    const w = new Vocabulary();
    const stamp = new VocabularyStamp();
    expect([stamp.stale(v), stamp.stale(v)]).toEqual([true, false]);
    segment('satu dua', v);
    v.startDocument();
    expect([stamp.stale(v), stamp.stale(v)]).toEqual([true, false]);
    expect([stamp.stale(w), stamp.stale(v)]).toEqual([true, true]);
  });
});
