// A clause may begin after a connective or sentence adverbial ("Jadi saya minta", "Maka kami
// berharap") or after a demonstrative closing a noun phrase ("Sehubungan itu beliau berharap")
// (clause-adverbials.ts): the pronoun after it is the subject of the verb, not an owner. Every
// sentence here is written for these tests; the rules run alone (no learned model).
import { describe, expect, it } from 'vitest';
import { statements } from './helpers.js';

describe('a pronoun subject after a connective, adverbial or demonstrative', () => {
  it.each([
    [
      'connective "jadi" inside a quotation',
      '“Jadi saya minta penduduk kampung bertenang,” kata [[Rahman Ali|PER]].',
      [
        ['Rahman Ali', 'APPEAL', 'pronoun'],
        ['Rahman Ali', 'SAY', 'name'],
      ],
    ],
    [
      'connective "maka"',
      '[[Siti Aminah|PER]] hadir di dewan itu. Maka beliau menegaskan bahawa projek itu diteruskan.',
      [['Siti Aminah', 'SAY', 'pronoun']],
    ],
    [
      'a demonstrative closing "sehubungan itu"',
      '[[Rahman Ali|PER]] berkata sehubungan itu beliau berharap penduduk membantu pihak polis.',
      [
        ['Rahman Ali', 'SAY', 'name'],
        // a hope that "penduduk" will act urges them (hope-addressee.ts)
        ['Rahman Ali', 'APPEAL', 'pronoun'],
      ],
    ],
    [
      'a demonstrative closing "oleh itu"',
      '[[Siti Aminah|PER]] melawat kawasan banjir. Oleh itu beliau mengumumkan bantuan tambahan.',
      [['Siti Aminah', 'SAY', 'pronoun']],
    ],
  ])('%s', (_name, text, want) => {
    expect(statements(text)).toEqual(want);
  });
});
