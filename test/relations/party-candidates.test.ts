// The candidates the learned party model is shown (parties.ts): a place or body inside a
// person's title ("Presiden [Rusia], Vladimir Putin") is no candidate, the person is; a place
// or body standing alone is. Read through the build-time oracle, which sees the candidates and
// chooses none, so what is asserted does not depend on the model's weights. Every sentence here
// is written for these tests.
import { describe, expect, it } from 'vitest';
import { bundledRelationModel } from '../../src/relations/bundled.js';
import { partyCandidatesShown } from './helpers.js';

const model = bundledRelationModel();

const candidates = (marked: string): string[][] => partyCandidatesShown(marked, model);

describe('a place or body in a title is no party candidate', () => {
  it.each([
    [
      "a country in a president's title, with a comma",
      'Sidang kemuncak semalam turut dihadiri Presiden [[Rusia|LOC]], [[Vladimir Putin|PER]] di [[Moscow|LOC]].',
      ['Vladimir Putin'],
      ['Rusia'],
    ],
    [
      "a party in a leader's title, without a comma",
      'Pertemuan dengan Ketua Pemuda [[Parti Maju Rakyat|ORG]] [[Ahmad Zaki|PER]] diadakan semalam.',
      ['Ahmad Zaki'],
      ['Parti Maju Rakyat'],
    ],
  ])('%s', (_name, text, kept, dropped) => {
    const got = candidates(text);
    expect(got.length).toBeGreaterThan(0);
    for (const c of got) {
      for (const k of kept) expect(c).toContain(k);
      for (const x of dropped) expect(c).not.toContain(x);
    }
  });
  it('a country standing alone stays a candidate', () => {
    const got = candidates('Pertemuan dengan [[Vladimir Putin|PER]] dan wakil [[Rusia|LOC]] diadakan semalam.');
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]).toContain('Rusia');
  });
});
