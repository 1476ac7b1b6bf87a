// A user's lexicon is authoritative over the model: its names are entities, whatever was decided.
import { describe, expect, it } from 'vitest';
import { createPipeline, parseLexicon } from '../../src/index.js';
import { newMention } from '../../src/recognise/mention.js';
import { withUserEntries } from '../../src/recognise/user-entries.js';

const m = (a: number, b: number, label: 'PER' | 'ORG' | 'LOC', by: 'gazetteer' | 'model' = 'model', kb?: string) =>
  newMention(a * 10, b * 10, a, b, label, by, 0.5, undefined, kb);
const isUser = (kb: string): boolean => kb.startsWith('user:');

describe('withUserEntries', () => {
  it.each([
    ['no user entry: the decision stands', [m(0, 2, 'PER')], [m(0, 2, 'PER', 'gazetteer', 'per:x')], ['0-2 PER model']],
    [
      'a user entry the model dropped is added, in order',
      [m(5, 6, 'LOC')],
      [m(1, 2, 'PER', 'gazetteer', 'user:gv')],
      ['1-2 PER gazetteer', '5-6 LOC model'],
    ],
    [
      'a user entry replaces what it overlaps',
      [m(0, 3, 'ORG'), m(4, 5, 'LOC')],
      [m(1, 2, 'PER', 'gazetteer', 'user:gv')],
      ['1-2 PER gazetteer', '4-5 LOC model'],
    ],
    [
      'of two overlapping user entries the longer is kept',
      [],
      [m(1, 2, 'PER', 'gazetteer', 'user:a'), m(1, 3, 'ORG', 'gazetteer', 'user:b')],
      ['1-3 ORG gazetteer'],
    ],
  ])('%s', (_name, decided, proposals, expected) => {
    expect(withUserEntries(decided, proposals, isUser).map((x) => `${x.tokenStart}-${x.tokenEnd} ${x.label} ${x.by}`)).toEqual(expected);
  });

  it('a name from createPipeline({ lexicons }) is found in a sentence the model would pass over', () => {
    const { lexicon } = parseLexicon(
      'id\tlabel\tname\taliases\tsource\nuser:gv\tPER\tGomasi Velaski\tGV\ttest fixture\n',
      'tsv',
      'mine.tsv',
    );
    const e = createPipeline({ lexicons: [lexicon] }).extract('Kenyataan GV semalam.').entities;
    expect(e.map((x) => `${x.text}|${x.label}|${x.kb}`)).toContain('GV|PER|user:gv');
  });
});
