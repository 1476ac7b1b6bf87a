// One pronoun, one person (one-referent.ts): where a meeting's sentence refers to someone named
// outside it only by the pronouns of one person, at most one of the two people the party model
// is asked about from outside the sentence (the current speaker, the person named last) takes
// part. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { oneReferent } from '../../src/relations/one-referent.js';
import { atFirstMeeting } from './helpers.js';

/**
 * The names kept when the model chose every entity, with entity 0 the current speaker and
 * entity 1 the person named last (the context), and `rule` the entities the rules resolved.
 */
function kept(marked: string, rule: readonly number[] = []): string[] {
  const { d, m, parties } = atFirstMeeting(marked);
  return oneReferent(d, m, [0, 1], rule, parties).map((e) => d.entities[e]!.canonical);
}

const BEFORE = '[[Rahman Ali|PER]] berkata kerja itu tertangguh. Menurut [[Kamal Hassan|PER]], kerja baiki bermula minggu depan. ';

describe('one pronoun, one person from outside the sentence', () => {
  it.each([
    [
      'a person pronoun: the current speaker',
      'Beliau akan mengadakan pertemuan dengan [[Syarikat Air Contoh|ORG]] esok.',
      ['Rahman Ali', 'Syarikat Air Contoh'],
    ],
    [
      'the pronoun told twice is still one person',
      'Beliau berkata beliau telah berbincang dengan [[Syarikat Air Contoh|ORG]].',
      ['Rahman Ali', 'Syarikat Air Contoh'],
    ],
    ['the first person alone', '“Saya juga akan berjumpa dengan [[Syarikat Air Contoh|ORG]] esok.', ['Rahman Ali', 'Syarikat Air Contoh']],
  ])('%s', (_name, sentence, want) => {
    expect(kept(BEFORE + sentence)).toEqual(want);
  });
  it('the person the rules resolved the pronoun to stays', () => {
    expect(kept(`${BEFORE}Beliau akan mengadakan pertemuan dengan [[Syarikat Air Contoh|ORG]] esok.`, [1])).toEqual([
      'Kamal Hassan',
      'Syarikat Air Contoh',
    ]);
  });
});

describe('more than one person referred to: nothing dropped', () => {
  it.each([
    ['a plural pronoun', 'Mereka akan mengadakan pertemuan dengan [[Syarikat Air Contoh|ORG]] esok.'],
    ['an inclusive we', '“Kita akan berbincang dengan [[Syarikat Air Contoh|ORG]] esok.'],
    ['a third person and the first person', '“Dia belum sempat bertemu saya di pejabat [[Syarikat Air Contoh|ORG]].'],
    ['one of them named in the sentence', 'Beliau dan [[Kamal Hassan|PER]] akan berbincang dengan [[Syarikat Air Contoh|ORG]] esok.'],
  ])('%s', (_name, sentence) => {
    const all = atFirstMeeting(BEFORE + sentence);
    expect(kept(BEFORE + sentence)).toHaveLength(all.parties.length);
  });
});

describe("a person's pronoun is no body or place", () => {
  const QUOTED =
    '“Kerja baiki bermula minggu depan,” kata [[Majlis Daerah Contoh|ORG]]. Menurut [[Kamal Hassan|PER]], kerja itu tertangguh. ';
  it('a body quoted before is dropped', () => {
    expect(
      kept(`${QUOTED}Beliau membuat kenyataan itu selepas mempengerusikan mesyuarat [[Jawatankuasa Air Contoh|ORG]] petang tadi.`),
    ).toEqual(['Kamal Hassan', 'Jawatankuasa Air Contoh']);
  });
  it('-nya on the meeting word may be the body: kept (and, one referent, the current speaker alone)', () => {
    expect(kept(`${QUOTED}Pertemuannya dengan [[Jawatankuasa Air Contoh|ORG]] diadakan petang tadi.`)).toEqual([
      'Majlis Daerah Contoh',
      'Jawatankuasa Air Contoh',
    ]);
  });
});
