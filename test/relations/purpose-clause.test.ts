// A name in the purpose clause after a meeting word (purpose-clause.ts): what the meeting is
// for, not who met. Every entity of the sentence is taken as a party the model chose; the
// parties the rules' frames name are given apart and stay. Every sentence here is written for
// these tests.
import { describe, expect, it } from 'vitest';
import { withoutPurpose } from '../../src/relations/purpose-clause.js';
import { atFirstMeeting } from './helpers.js';

/** The names withoutPurpose keeps at the sentence's first meeting word; `rule`: the names the frames found. */
function kept(marked: string, rule: readonly string[] = []): string[] {
  const { d, trig, m, parties } = atFirstMeeting(marked);
  const ruleEnts = parties.filter((e) => rule.includes(d.entities[e]!.canonical));
  return withoutPurpose(d, trig, m, parties, ruleEnts).map((e) => d.entities[e]!.canonical);
}

describe('a name in the purpose clause after the meeting word', () => {
  it.each([
    [
      'the object of the purpose verb',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] untuk membincangkan cadangan [[Syarikat Contoh|ORG]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'the one thanked in the purpose clause',
      '[[Kelab Contoh|ORG]] berkunjung ke [[Jepun|LOC]] untuk menyampaikan penghargaan kepada [[Ahmad Zaki|PER]].',
      ['Kelab Contoh', 'Jepun'],
    ],
    [
      'a purpose clause opened by "bagi"',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] bagi meneliti tawaran [[Syarikat Contoh|ORG]].',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
  ])('dropped: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    [
      'a second meeting word in the clause',
      '[[Rahman Ali|PER]] melawat [[Jepun|LOC]] untuk bertemu dengan [[Ahmad Zaki|PER]].',
      [],
      ['Rahman Ali', 'Jepun', 'Ahmad Zaki'],
    ],
    [
      'a party the rules found',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] untuk membincangkan cadangan [[Syarikat Contoh|ORG]].',
      ['Syarikat Contoh'],
      ['Rahman Ali', 'Ahmad Zaki', 'Syarikat Contoh'],
    ],
    [
      '"bagi" with a name right after it: for that body',
      'Mesyuarat khas persiapan pilihan raya bagi [[Jawatankuasa Parti Contoh|ORG]] dipengerusikan [[Rahman Ali|PER]].',
      [],
      ['Jawatankuasa Parti Contoh', 'Rahman Ali'],
    ],
    [
      '"bagi pihak": on behalf of a party',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] bagi pihak [[Syarikat Contoh|ORG]].',
      [],
      ['Rahman Ali', 'Ahmad Zaki', 'Syarikat Contoh'],
    ],
    [
      'a capitalised "Untuk" in a title',
      '[[Siti Aminah|PER]] kerap melawat set penggambaran filem Hadiah Untuk Ibu arahan [[Ahmad Zaki|PER]].',
      [],
      ['Siti Aminah', 'Ahmad Zaki'],
    ],
    [
      'no "untuk" before it',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] dan [[Lim Wei|PER]] semalam.',
      [],
      ['Rahman Ali', 'Ahmad Zaki', 'Lim Wei'],
    ],
  ])('kept: %s', (_name, text, rule, want) => {
    expect(kept(text, rule)).toEqual(want);
  });
});
