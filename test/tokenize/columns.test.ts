// The token columns (src/tokenize/columns.ts): what segment() keeps of each token, read by
// index by the later stages, agrees with the token objects made from it, on written Malay,
// clitics (-nya, -lah, ku-), reduplication (full, affixed, rhyming) and units (dates, money),
// with and without a vocabulary.
import { describe, expect, it } from 'vitest';
import { cliticsAt, HAS_CLITICS, HAS_ENCLITIC, hasClitic, reduplicationAt, tokenAt } from '../../src/tokenize/columns.js';
import { segment, tokenize } from '../../src/tokenize/index.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';

const TEXTS: readonly [string, string][] = [
  ['written Malay', 'Menteri Besar itu berkata, kerajaan negeri akan membina jambatan baharu.'],
  ['clitics', 'Katanya, rumahnya dibaiki; bukankah itu kulihat sendiri? Pergilah!'],
  ['reduplication', 'Kanak-kanaknya bermain beramai-ramai sambil membeli sayur-mayur.'],
  ['units', 'KUALA LUMPUR, 5 Mei 2018 – Harga naik RM5.50 (10 peratus) pada jam 3.00 petang.'],
  ['quotes and capitals', '“Kami BERSEDIA,” kata Ali bin Abu di İstanbul.'],
  ['empty', ''],
];

describe('token columns', () => {
  it.each(TEXTS)('agree with the token objects: %s', (_, text) => {
    for (const seg of [segment(text), segment(text, new Vocabulary())]) {
      const c = seg.columns;
      expect(c.size).toBe(seg.tokens.length);
      seg.tokens.forEach((t, k) => {
        expect([c.starts[k], c.ends[k], c.texts[k], c.kinds[k], c.norms[k]]).toEqual([t.start, t.end, t.text, t.kind, t.norm]);
        expect(c.stems[k]).toBe(t.stem ?? t.norm);
        expect((c.flags[k]! & HAS_CLITICS) !== 0).toBe(t.clitics !== undefined);
        expect((c.flags[k]! & HAS_ENCLITIC) !== 0).toBe(t.clitics?.some((x) => x.position === 'enclitic') ?? false);
        expect(hasClitic(c, k, 'nya')).toBe(t.clitics?.some((x) => x.form === 'nya') ?? false);
        expect(cliticsAt(c, k)).toEqual(t.clitics);
        expect(reduplicationAt(c, k)).toBe(t.reduplication);
        expect(JSON.stringify(tokenAt(c, k))).toBe(JSON.stringify(t));
      });
    }
  });

  it.each(TEXTS)('give tokenize() the tokens of segment(): %s', (_, text) => {
    expect(JSON.stringify(tokenize(text))).toBe(JSON.stringify(segment(text).tokens));
  });

  it('keep the columns out of JSON and spreads, and make the tokens once', () => {
    const seg = segment('Rumahnya di Kuala Lumpur.');
    expect(Object.keys(JSON.parse(JSON.stringify(seg)))).toEqual(['tokens', 'sentences', 'units']);
    expect(Object.keys({ ...seg })).toEqual(['sentences', 'units']);
    expect(seg.tokens).toBe(seg.tokens);
    expect(JSON.parse(JSON.stringify(seg)).tokens).toHaveLength(5);
  });

  it.each([
    ['rumahnya', 'nya', true],
    ['kulihat', 'ku', true],
    ['pergilah', 'lah', true],
    ['sekolah', 'lah', false],
  ])('mark the clitics of %s', (word, form, has) => {
    const c = segment(word).columns;
    expect(hasClitic(c, 0, form)).toBe(has);
  });

  it.each([
    ['kanak-kanak', 'full'],
    ['beramai-ramai', 'affixed'],
    ['sayur-mayur', 'rhyming'],
    ['e-mel', undefined],
  ])('mark the reduplication of %s', (word, r) => {
    expect(reduplicationAt(segment(word).columns, 0)).toBe(r);
  });
});
