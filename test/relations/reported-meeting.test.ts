// A meeting told by someone who took no part in it (reported-meeting.ts): "X berkata, Y akan
// bertemu Z". Every entity of the sentence is taken as a party (as a model might choose them);
// the one before the statement verb is dropped when the reported clause names its own party
// before the meeting word, or opens with a subject of its own or a meeting noun naming whose
// meeting it is, and kept when the clause points back at them. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { withoutTeller } from '../../src/relations/reported-meeting.js';
import { atFirstMeeting } from './helpers.js';

/** The names withoutTeller keeps when every entity is a party of the sentence's meeting word. */
function kept(marked: string): string[] {
  const { d, trig, m, parties } = atFirstMeeting(marked);
  return withoutTeller(d, trig, m, parties).map((e) => d.entities[e]!.canonical);
}

describe('the one who tells of a meeting others hold', () => {
  it.each([
    [
      'a reported clause with its own subject',
      '[[Rahman Ali|PER]] berkata, [[Ahmad Zaki|PER]] akan bertemu dengan [[Lim Wei|PER]] minggu depan.',
      ['Ahmad Zaki', 'Lim Wei'],
    ],
    [
      'a verb other than berkata',
      '[[Rahman Ali|PER]] menegaskan [[Ahmad Zaki|PER]] tidak akan berunding dengan [[Kesatuan Contoh|ORG]] tentang gaji.',
      ['Ahmad Zaki', 'Kesatuan Contoh'],
    ],
    [
      'the party owning the meeting noun',
      '[[Rahman Ali|PER]] berkata, kehadiran [[Ahmad Zaki|PER]] pada sidang kemuncak [[Kesatuan Contoh|ORG]] amat bermakna.',
      ['Ahmad Zaki', 'Kesatuan Contoh'],
    ],
    [
      'a reported clause opening with a described subject',
      '[[Rahman Ali|PER]] berkata wakil penduduk kampung itu sudah bertemu dengan [[Ahmad Zaki|PER]] pagi tadi.',
      ['Ahmad Zaki'],
    ],
    [
      'an attribution opening the sentence, a clause with a subject of its own',
      'Menurut [[Rahman Ali|PER]], pegawai kementerian akan berunding dengan [[Kesatuan Contoh|ORG]] bulan depan.',
      ['Kesatuan Contoh'],
    ],
    [
      'the meeting noun names whose visit it is',
      '[[Rahman Ali|PER]] berkata, lawatan rasmi Perdana Menteri ke [[Negeri Contoh|LOC]] bermula esok.',
      ['Negeri Contoh'],
    ],
  ])('dropped: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it.each([
    [
      'a person pronoun points back at the speaker',
      '[[Rahman Ali|PER]] berkata, [[Ahmad Zaki|PER]] telah bertemu dengan beliau semalam.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      '-nya points back at the speaker',
      '[[Rahman Ali|PER]] berkata [[Ahmad Zaki|PER]] telah menghubunginya semalam.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'the speaker speaks of themselves as "saya"',
      '[[Rahman Ali|PER]] berkata, [[Ahmad Zaki|PER]] ingin berjumpa dengan saya esok.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'no party between the statement verb and the meeting word',
      '[[Rahman Ali|PER]] berkata, pihaknya telah bertemu [[Ahmad Zaki|PER]] semalam.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'the reported clause opens with the meeting noun and "dengan": the speaker met',
      '[[Rahman Ali|PER]] berkata, pertemuan dengan [[Ahmad Zaki|PER]] berjalan lancar.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'the reported clause opens with a preposition: the speaker was there',
      '[[Rahman Ali|PER]] berkata, dalam mesyuarat dengan [[Ahmad Zaki|PER]] semalam, banyak isu dibincangkan.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'a statement noun, not a verb, before the meeting',
      '[[Rahman Ali|PER]] membuat kenyataan itu selepas bertemu [[Ahmad Zaki|PER]] semalam.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
    [
      'no statement verb between the parties',
      '[[Rahman Ali|PER]] dan [[Ahmad Zaki|PER]] bertemu di pejabat semalam.',
      ['Rahman Ali', 'Ahmad Zaki'],
    ],
  ])('kept: %s', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
});
