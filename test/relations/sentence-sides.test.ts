// A meeting whose own sentence names two sides needs nobody from outside it (sentence-sides.ts).
// Every sentence and name here is written for these tests.
import { describe, expect, it } from 'vitest';
import { withinSentence } from '../../src/relations/sentence-sides.js';
import { atFirstMeeting } from './helpers.js';

const kept = (text: string, framed: readonly string[] = []): string[] => {
  const { d, m, parties } = atFirstMeeting(text);
  const f = new Set(parties.filter((e) => framed.includes(d.entities[e]!.canonical)));
  return withinSentence(d, m.start, parties, f).map((e) => d.entities[e]!.canonical);
};

describe('a party from outside the sentence, when the sentence names two sides', () => {
  it.each([
    [
      'the one telling of talks between two bodies',
      '[[Ahmad Zaki|PER]] tiba di pejabat pagi tadi. Menurut beliau, rundingan dengan [[Syarikat Contoh|ORG]] dan [[Lembaga Maju|ORG]] masih berjalan.',
      ['Syarikat Contoh', 'Lembaga Maju'],
    ],
    [
      'an inclusive we beside two parties named',
      '[[Rahman Ali|PER]] tidak hadir semalam. Kita akan berbincang dengan [[Parti Maju|ORG]] dan [[Parti Baru|ORG]] minggu depan.',
      ['Parti Maju', 'Parti Baru'],
    ],
  ])('%s: dropped', (_name, text, want) => {
    expect(kept(text)).toEqual(want);
  });
  it('one side named in the sentence: the one from outside stays', () => {
    expect(kept('[[Ahmad Zaki|PER]] tiba pagi tadi. Beliau bertemu [[Rahman Ali|PER]] di sana.')).toEqual(['Ahmad Zaki', 'Rahman Ali']);
  });
  it('a party the frames resolved from a pronoun stays', () => {
    expect(
      kept('[[Ahmad Zaki|PER]] tiba di pejabat pagi tadi. Beliau bertemu [[Rahman Ali|PER]] dan [[Siti Aminah|PER]] di sana.', [
        'Ahmad Zaki',
      ]),
    ).toEqual(['Ahmad Zaki', 'Rahman Ali', 'Siti Aminah']);
  });
});
