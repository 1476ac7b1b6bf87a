// The passive (di- + root) of a statement verb the lexicon lists has its agent speak, after "oleh"
// or right after the verb; the act is the active verb's (passive-verbs.ts). The rules alone (no
// learned model). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/relations/index.js';
import { activeAct } from '../../src/relations/lexicon.js';
import { statements } from './helpers.js';

describe("the active verb of a passive form (and the lexicon's table of passives made from it)", () => {
  it.each([
    ['didedahkan', 'SAY'],
    ['disangkal', 'DENY'],
    ['dicadangkan', 'APPEAL'],
    ['dituntut', 'DEMAND'],
    ['diputuskan', 'SAY'],
    ['diakui', 'SAY'],
    ['dimakan', undefined],
    ['dia', undefined],
  ])('%s', (w, act) => {
    expect(activeAct(LEXICON.byFirst, w)).toBe(act);
    expect(LEXICON.passives.get(w)).toBe(act);
  });
});

describe('the named agent of a passive statement verb speaks', () => {
  it.each([
    ['after "oleh"', 'Maklumat itu didedahkan oleh [[Persatuan Pengguna Tanjung|ORG]] semalam.', 'Persatuan Pengguna Tanjung', 'SAY'],
    ['right after the verb', 'Dakwaan itu segera disangkal [[Amir Hassan|PER]] dalam satu kenyataan.', 'Amir Hassan', 'DENY'],
    [
      'a title, then the name',
      'Langkah itu dicadangkan oleh Presiden Persatuan Peniaga Tanjung, [[Amir Hassan|PER]].',
      'Amir Hassan',
      'APPEAL',
    ],
  ])('%s', (_name, text, speaker, act) => {
    expect(statements(text).map(([s, a]) => [s, a])).toEqual([[speaker, act]]);
  });
});

describe('no named agent: no statement', () => {
  it.each([
    ['no agent', 'Isu itu dibangkitkan semula dalam mesyuarat.'],
    ['a description after "oleh"', 'Isu itu dibangkitkan oleh seorang penduduk kampung.'],
    ['not a statement verb', 'Kuih itu dimakan oleh [[Amir Hassan|PER]] pagi tadi.'],
  ])('%s', (_name, text) => {
    expect(statements(text)).toEqual([]);
  });
});
