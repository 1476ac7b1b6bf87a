// "Mesyuarat antara X dan Y" (between-sides.ts): a meeting noun followed by "antara" names its
// sides after it; the names the party model adds before the meeting noun are dropped. Every
// sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { sidesBetween, withinBetween } from '../../src/relations/between-sides.js';
import { atFirstMeeting } from './helpers.js';

/** The names kept when every entity of the text is a party and the rules' frame found `rule` (entity indexes). */
function kept(marked: string, rule: readonly number[]): string[] {
  const { d, m, parties } = atFirstMeeting(marked);
  return withinBetween(d, m, parties, rule).map((e) => d.entities[e]!.canonical);
}

describe('"antara" after a meeting noun', () => {
  it.each([
    ['right after the noun', 'Rundingan antara [[Syarikat Padu|ORG]] dan kerajaan negeri bermula semalam.', true],
    ['past the words describing it', 'Mesyuarat khas antara [[Majlis Daerah Contoh|ORG]] dengan penduduk diadakan pagi tadi.', true],
    ['no "antara"', 'Mesyuarat [[Majlis Daerah Contoh|ORG]] diadakan pagi tadi.', false],
    ['a verb, not a noun', '[[Rahman Ali|PER]] bertemu antara lain wakil [[Syarikat Padu|ORG]].', false],
  ])('%s', (_name, text, want) => {
    const { d, m } = atFirstMeeting(text);
    expect(sidesBetween(d, m)).toBe(want);
  });
});

describe('the sides are those listed after "antara"', () => {
  it('the one telling of the meeting is no side', () => {
    expect(
      kept(
        '[[Rahman Ali|PER]] berkata beliau sudah meminta mesyuarat antara [[Syarikat Padu|ORG]] dan kerajaan negeri diadakan segera.',
        [1],
      ),
    ).toEqual(['Syarikat Padu']);
  });
  it('a name after "antara" the frame missed stays', () => {
    expect(
      kept('Rundingan antara ketua pasukan pertama, [[Rahman Ali|PER]] dan ketua pasukan kedua, [[Kamal Hassan|PER]] gagal semalam.', []),
    ).toEqual(['Rahman Ali', 'Kamal Hassan']);
  });
  it('without "antara" nothing is dropped', () => {
    expect(kept('[[Rahman Ali|PER]] berkata mesyuarat dengan [[Syarikat Padu|ORG]] diadakan segera.', [1])).toEqual([
      'Rahman Ali',
      'Syarikat Padu',
    ]);
  });
});
