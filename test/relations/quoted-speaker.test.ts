// "Saya" inside a direct quotation is the one quoted (quoted-speaker.ts): a meeting told in the
// first person singular takes the quotation's speaker as a party, named by the attribution
// after the quotation or before it. The rules alone (no learned model). Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/tokenize/dates.js';
import { meets } from './helpers.js';

const opts = { ref: parseIsoDate('2024-05-15')! };
const parties = (text: string): string[][] => meets(text, opts).map((m) => m.parties);

describe('a meeting told as "saya" inside a quotation', () => {
  it.each([
    [
      'the attribution after the quotation: “Saya bertemu X,” kata Y',
      '“Saya telah bertemu dengan [[Ahmad Zaki|PER]] semalam,” kata [[Rahman Ali|PER]].',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
    [
      'the attribution before the quotation: Y berkata: “Saya berjumpa X”',
      '[[Rahman Ali|PER]] berkata: “Saya sudah berjumpa [[Ahmad Zaki|PER]] pagi tadi.”',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
    [
      '-nya in the attribution: the speaker quoted before',
      '[[Rahman Ali|PER]] berkata projek itu akan diteruskan. “Saya akan berunding dengan [[Syarikat Air Johor|ORG]] minggu depan,” katanya.',
      [['Rahman Ali', 'Syarikat Air Johor']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
  it.each([
    [
      '"kami" may be the speaker\'s side, not the speaker',
      '“Kami telah bertemu dengan [[Ahmad Zaki|PER]] semalam,” kata [[Rahman Ali|PER]].',
    ],
    ['"saya" outside a quotation names nobody', 'Saya bertemu dengan [[Ahmad Zaki|PER]] semalam.'],
  ])('no speaker taken: %s', (_name, text) => {
    expect(parties(text)).toEqual([]);
  });
});
