// The word lists' answers of each token (TokenWords in src/recognise/context.ts), per token or,
// with the tokenizer's vocabulary ids, kept by id in the pipeline's WordAnswers: the same answers
// either way, in any order of asking, whatever the vocabulary's bound.
import { describe, expect, it } from 'vitest';
import { TokenWords, WordAnswers } from '../../src/recognise/context.js';
import { MalayWords } from '../../src/recognise/morphology.js';
import { segment } from '../../src/tokenize/index.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';

const texts = [
  'Menteri Pelancongan, Kesenian dan Kebudayaan berkata kerajaan akan membantu.',
  'Rosmah Mansor hadir di Kuala Lumpur pada 5 Mei 2018; Mei datang kemudian.',
  'Pendidikan, pencegahan dan perhubungan: katanya, KATANYA, Katanya.',
  'The Asset Recovery Zone and DHL Group said on Monday.',
];

const answers = (w: TokenWords, n: number, order: 'up' | 'down'): string[] => {
  const ks = Array.from({ length: n }, (_, k) => k);
  if (order === 'down') ks.reverse();
  const out: string[] = new Array(n);
  for (const k of ks) out[k] = [w.lowercase(k), w.malay(k), w.common(k), w.derived(k), w.portfolio(k)].map(Number).join('');
  return out;
};

describe('TokenWords by vocabulary id (WordAnswers)', () => {
  it.each([1, 5, 30, 1 << 16])('answers as per token, the vocabulary starting again past %i texts', (bound) => {
    const vocabulary = new Vocabulary(bound);
    const kept = new WordAnswers();
    const malay = new MalayWords();
    for (const pass of [1, 2]) {
      for (const [i, text] of texts.entries()) {
        const plain = segment(text);
        const want = answers(new TokenWords(plain.columns, new Uint8Array(plain.tokens.length)), plain.tokens.length, 'up');
        const seg = segment(text, vocabulary);
        const byId = new TokenWords(seg.columns, kept.bitsFor(vocabulary), malay, seg.ids);
        expect(answers(byId, seg.tokens.length, i % 2 === 0 ? 'up' : 'down'), `${pass}: ${text}`).toEqual(want);
      }
    }
  });
});
