// The relation models' word memo by vocabulary id (src/relations/model.ts: ById): with the
// tokenizer's ids, a word's forms, the gate cascade's verdict and whether it starts a trigger
// phrase (findTriggers) are read by id. The relations are those found without ids and without a
// pipeline memo, whatever the vocabulary's bound.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { extractRelations } from '../../src/relations/index.js';
import { wordMemo } from '../../src/relations/model.js';
import { segment } from '../../src/tokenize/index.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';
import { parse } from './helpers.js';

const model = bundledRelationModel();
const docs = [
  '[[Ahmad Zaki|PER]] berkata kerajaan akan menambah peruntukan. “Kami komited,” tegasnya.',
  '[[Anifah Aman|PER]] menggesa [[Jepun|LOC]] supaya membantu, manakala [[Wisma Putra|ORG]] mengumumkan bantuan.',
  'Isu itu diumumkan oleh [[Najib Razak|PER]] semalam. Beliau juga mengingatkan rakyat agar berhati-hati.',
  '[[Mahathir Mohamad|PER]] bertemu [[Shinzo Abe|PER]] di [[Tokyo|LOC]]. Katanya, pertemuan itu baik.',
  'Menurut [[Siti Aminah|PER]], pihaknya memohon kerjasama. Tulisnya lagi, [[UMNO|ORG]] bersetuju untuk hadir.',
];

describe('relations with the word memo by vocabulary id', () => {
  const plain = docs.map((m) => {
    const { text, entities } = parse(m);
    return extractRelations(text, segment(text), entities, { model });
  });

  it.each([1, 3, 20, 1 << 16])('are those without ids, the vocabulary starting again past %i texts', (bound) => {
    const vocabulary = new Vocabulary(bound);
    const words = wordMemo(model);
    for (const pass of [1, 2, 3]) {
      docs.forEach((m, i) => {
        const { text, entities } = parse(m);
        const seg = segment(text, vocabulary);
        expect(seg.ids).toBeDefined();
        expect(extractRelations(text, seg, entities, { model, words }), `${pass}: ${m}`).toEqual(plain[i]);
      });
    }
  });

  it('finds statements in these documents (the test reads something)', () => {
    expect(plain.flat().filter((r) => r.type === 'STATEMENT').length).toBeGreaterThan(3);
  });
});
