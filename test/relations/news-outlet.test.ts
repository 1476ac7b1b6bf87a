// A news outlet reports a meeting and takes no part in it (news-outlet.ts): the outlet is
// dropped from the parties, and a meeting left with one side is none. The outlet is known by
// its lexicon id's kind, given to the relation stage as `kindOf`. Every sentence and every
// name here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { EntryKind } from '../../src/lexicon/types.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { meets } from './helpers.js';

const KINDS: Readonly<Record<string, EntryKind>> = {
  'org:warta-kini': 'news-outlet',
  'org:berita-kita': 'news-agency',
  'org:parti-maju': 'party',
};
const kindOf = (kb: string): EntryKind | undefined => KINDS[kb];
const parties = (text: string): string[][] => meets(text, { kindOf }).map((m) => m.parties);

describe('a news outlet is no party to the meeting it reports', () => {
  it.each([
    [
      'an outlet calling for comment',
      '[[Warta Kini|ORG|Warta Kini|org:warta-kini]] cuba menghubungi [[Rahman Ali|PER]] bagi mendapatkan reaksi.',
      [],
    ],
    [
      'a news agency contacted',
      'Ketika dihubungi [[Berita Kita|ORG|Berita Kita|org:berita-kita]], [[Rahman Ali|PER]] enggan mengulas.',
      [],
    ],
    [
      'the outlet dropped, the other sides kept',
      '[[Rahman Ali|PER]] bertemu [[Ahmad Zaki|PER]] dan [[Warta Kini|ORG|Warta Kini|org:warta-kini]] di [[Kulai|LOC]].',
      [['Ahmad Zaki', 'Rahman Ali']],
    ],
  ])('%s', (_name, text, want) => {
    expect(parties(text)).toEqual(want);
  });
  it.each([
    ['a body of another kind', '[[Parti Maju|ORG|Parti Maju|org:parti-maju]] menghubungi [[Rahman Ali|PER]] semalam.'],
    ['an outlet unknown to the lexicon is not known to be one', '[[Warta Baru|ORG]] menghubungi [[Rahman Ali|PER]] semalam.'],
  ])('a meeting still: %s', (_name, text) => {
    expect(parties(text)).toHaveLength(1);
    expect(parties(text)[0]).toHaveLength(2);
  });
  it('without the kinds (no lexicon given) every party stands', () => {
    const text = '[[Warta Kini|ORG|Warta Kini|org:warta-kini]] cuba menghubungi [[Rahman Ali|PER]] bagi mendapatkan reaksi.';
    expect(meets(text).map((m) => m.parties)).toEqual([['Rahman Ali', 'Warta Kini']]);
  });
});

describe('the pipeline gives the relation stage the lexicon kinds', () => {
  it('an outlet of the bundled lexicon is no meeting party', () => {
    const text = 'Malaysiakini menghubungi Datuk Rahman Ali semalam untuk mendapatkan ulasannya.';
    const r = createPipeline().extract(text);
    expect(r.entities.some((e) => e.text === 'Malaysiakini' && e.kb !== undefined)).toBe(true);
    const meetings = r.relations.filter((x) => x.type === 'MEET');
    expect(meetings.flatMap((m) => m.participants.map((p) => p.text))).not.toContain('Malaysiakini');
  });
});
