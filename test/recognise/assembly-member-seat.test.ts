// The capitalised words after "ADUN" / "Adun" name the member's constituency, a place
// (src/recognise/assembly-member-seat.ts, ANNOTATION.md section 4). Mentions are given as the
// model might decide them, so the rule is checked alone, with the bundled word lists.
import { describe, expect, it } from 'vitest';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { withAssemblySeats } from '../../src/recognise/assembly-member-seat.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import type { EntityLabel } from '../../src/types.js';
import { decided, shown } from './post-rule-helpers.js';

const words = buildWordKnowledge(loadBundledLexicon());

function ruled(text: string, names: readonly (readonly [string, EntityLabel])[]): string[] {
  const { cols, mentionFor, mentions } = decided(text, names);
  return shown(text, withAssemblySeats(text, cols, mentions, words, mentionFor));
}

describe('the seat after ADUN', () => {
  it.each([
    [
      'before a comma and the member',
      'Adun Bukit Mewah, Lim Ah Kow, hadir.',
      [['Lim Ah Kow', 'PER']],
      ['Bukit Mewah/LOC', 'Lim Ah Kow/PER'],
    ],
    ['before a lower-case word', 'Adun Sungai Duri itu menafikan dakwaan.', [], ['Sungai Duri/LOC']],
    ['before a title', 'ADUN Teluk Mas Datuk Ali Hamid berucap.', [['Ali Hamid', 'PER']], ['Teluk Mas/LOC', 'Ali Hamid/PER']],
    ['after the short form in brackets', 'Ahli Dewan Undangan Negeri (ADUN) Batu Lima itu hadir.', [], ['Batu Lima/LOC']],
    ['after the role spelt out', 'Anggota Dewan Undangan Negeri Batu Lima itu hadir.', [], ['Batu Lima/LOC']],
  ] as const)('is a place %s', (_name, text, names, want) => {
    expect(ruled(text, names)).toEqual(want);
  });

  it.each([
    ['a seat the model took', 'Adun Sungai Duri hadir.', [['Sungai Duri', 'LOC']]],
    ['no capitalised word after it', 'Semua Adun hadir semalam.', []],
  ] as const)('changes nothing with %s', (_name, text, names) => {
    expect(ruled(text, names)).toEqual(names.map(([n, l]) => `${n}/${l}`));
  });
});
