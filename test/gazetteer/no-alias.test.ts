// matchGazetteer's notes of the words at which no alias starts (NoAliasNotes), by vocabulary
// id: the recognisers leave those words out of later documents' gazetteer walk (propose, with
// the pipeline's WordAnswers). The words noted start no match, and the proposals are those made
// without ids, whatever the vocabulary's bound.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, matchGazetteer } from '../../src/gazetteer/index.js';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { NO_ALIAS, WordAnswers } from '../../src/recognise/context.js';
import { propose } from '../../src/recognise/index.js';
import { MalayWords } from '../../src/recognise/morphology.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import { segment } from '../../src/tokenize/index.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';

const lexicon = loadBundledLexicon();
const gazetteer = buildGazetteer(lexicon);
const words = buildWordKnowledge(lexicon);
const texts = [
  'KUALA LUMPUR, 21 Jan – Perdana Menteri bertemu Presiden Korea Utara di Pyongyang semalam.',
  'Asianya maju; Malaysianya juga. Menteri Luar Negeri, Datuk Seri Anifah Aman hadir.',
  'Presi\u00adden Joko Widodo melawat Selangor dan Kuala Lumpur bersama Menteri Besar Selangor.',
  'The Ministry of Finance said Malaysia Airlines and AirAsia Bhd will resume flights to Kota Kinabalu.',
];

describe('the words at which no alias starts, noted by vocabulary id', () => {
  it.each(texts)('start no match in: %s', (text) => {
    const v = new Vocabulary();
    const seg = segment(text, v);
    const bits = new Uint8Array(2 * v.size);
    const found = matchGazetteer(text, seg.columns, gazetteer, false, undefined, { ids: seg.ids!, bits, bit: NO_ALIAS });
    expect(found.length).toBeGreaterThan(0);
    const noted = seg.tokens.map((_, k) => k).filter((k) => (bits[seg.ids![k]!]! & NO_ALIAS) !== 0);
    expect(noted.length).toBeGreaterThan(0);
    for (const m of found) expect(noted).not.toContain(m.tokenStart);
  });

  it.each([1, 7, 40, 1 << 16])('leave the proposals as without ids, the vocabulary starting again past %i texts', (bound) => {
    const plain = { gazetteer, words, malayWords: new MalayWords() };
    const kept = { gazetteer, words, malayWords: new MalayWords(), wordAnswers: new WordAnswers() };
    const v = new Vocabulary(bound);
    for (const pass of [1, 2]) {
      for (const text of texts) {
        const want = propose(text, segment(text), plain);
        const got = propose(text, segment(text, v), kept);
        expect(got.proposals, `${pass}: ${text}`).toEqual(want.proposals);
        expect(got.rules, `${pass}: ${text}`).toEqual(want.rules);
      }
    }
  });
});
