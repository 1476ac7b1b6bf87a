// The cross-document merge: which names are one entity, and which must stay apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconPersonKeys, mergeNames, type NameEntry } from '../../src/corpus/merge.js';
import { nameRules } from '../../src/corpus/names.js';
import { loadBundledLexicon } from '../../src/index.js';

const rules = nameRules(loadBundledLexicon().words);
type N = [canonical: string, mentions: number, kb?: string | undefined];
const per = ([canonical, mentions, kb]: N): NameEntry => ({ label: 'PER', canonical, mentions, ...(kb !== undefined ? { kb } : {}) });

/** The groups of more than one name, as sorted lists of names. */
function merged(names: readonly NameEntry[], lexiconKeys?: Map<string, string[]>): string[][] {
  const r = mergeNames(names, rules, lexiconKeys);
  return r.groups
    .filter((g) => g.members.length > 1)
    .map((g) => g.members.map((i) => names[i]!.canonical).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('mergeNames: names that are one entity', () => {
  it.each<[string, N[], string[][]]>([
    [
      'Mohd / Muhammad / Muhd',
      [
        ['Mohd Farid Osman', 5],
        ['Muhammad Farid Osman', 3],
        ['Muhd Farid Osman', 1],
      ],
      [['Mohd Farid Osman', 'Muhammad Farid Osman', 'Muhd Farid Osman']],
    ],
    [
      'with or without a leading Muhammad',
      [
        ['Mohd Farid Osman', 57],
        ['Farid Osman', 83, 'per:farid-osman'],
      ],
      [['Farid Osman', 'Mohd Farid Osman']],
    ],
    [
      'bin and honorifics',
      [
        ['Datuk Seri Farid bin Osman', 2],
        ['Farid Osman', 9],
      ],
      [['Datuk Seri Farid bin Osman', 'Farid Osman']],
    ],
    [
      'the given name alone, owned by one person',
      [
        ['Farid Osman', 40],
        ['Farid', 6],
      ],
      [['Farid', 'Farid Osman']],
    ],
    [
      'the name without the middle words',
      [
        ['Farid Abdul Osman', 10],
        ['Farid Osman', 3],
      ],
      [['Farid Abdul Osman', 'Farid Osman']],
    ],
    [
      'a lexicon person and the one longer unlinked name that starts with it, however rare',
      [
        ['Farid Osman', 135, 'Q7'],
        ['Farid Osman Abu Bakar', 22],
      ],
      [['Farid Osman', 'Farid Osman Abu Bakar']],
    ],
    [
      'a surname one person owns',
      [
        ['Kenji Takahashi', 12],
        ['Takahashi', 4],
      ],
      [['Kenji Takahashi', 'Takahashi']],
    ],
    [
      'a given name nearly all of whose mentions are one person',
      [
        ['Farid Osman', 400],
        ['Farid Ramli', 3],
        ['Farid', 20],
      ],
      [['Farid', 'Farid Osman']],
    ],
  ])('%s', (_why, names, expected) => {
    expect(merged(names.map(per))).toEqual(expected);
  });
});

describe('mergeNames: names that must stay apart', () => {
  it.each<[string, N[]]>([
    [
      'two people sharing a surname, and the surname alone',
      [
        ['Lim Boon Keat', 34],
        ['Lim Siew Ling', 11],
        ['Lim', 5],
      ],
    ],
    [
      'two people sharing a given name, and the given name alone',
      [
        ['Farid Osman', 20],
        ['Farid Ramli', 15],
        ['Farid', 8],
      ],
    ],
    [
      'a father named alone is not his son',
      [
        ['Farid Abdul Razif', 50],
        ['Abdul Razif', 12],
      ],
    ],
    [
      'a royal title keeps two names apart',
      [
        ['Tunku Abdul Razif', 5],
        ['Abdul Razif', 5],
      ],
    ],
    [
      'two lexicon ids, however alike the names',
      [
        ['Farid Osman', 5, 'Q1'],
        ['Mohd Farid Osman', 5, 'Q2'],
      ],
    ],
    [
      'a given name that is also a lexicon id of its own',
      [
        ['Farid Osman', 50, 'Q1'],
        ['Farid', 5, 'Q2'],
      ],
    ],
    [
      'an initial alone',
      [
        ['S. Ravi', 9],
        ['S', 3],
      ],
    ],
    [
      'a short name used more than the one longer name that has it',
      [
        ['Rahim', 30],
        ['Rahim Tamby', 2],
      ],
    ],
    [
      'a one-word lexicon person and a longer unlinked name used less',
      [
        ['Francis', 27, 'per:francis'],
        ['Francis Yeoh', 5],
      ],
    ],
    [
      'Muhammad and two words is not the first and last words of a longer name',
      [
        ['Noor Hisham Abdullah', 74],
        ['Mohd Noor Abdullah', 1],
      ],
    ],
    [
      'Muhammad and a surname is not that surname alone',
      [
        ['Farid Malik', 90],
        ['Mohd Malik', 6],
      ],
    ],
    [
      'a reserve team is not its club',
      [
        ['Kelab Bola Sepak Harimau', 9],
        ['Kelab Bola Sepak Harimau II', 3],
      ],
    ],
    [
      'a party wing is not a wing of the state branch',
      [
        ['Pemuda Maju', 9],
        ['Pemuda Maju Selangor', 3],
      ],
    ],
  ])('%s', (_why, names) => {
    expect(merged(names.map(per))).toEqual([]);
  });

  it.each([
    ['SG', 'Sg'],
    ['MD', 'Md'],
  ])('keeps two-letter names apart when their case differs: %s and %s', (a, b) => {
    expect(
      merged([
        { label: 'ORG', canonical: a, mentions: 3 },
        { label: 'ORG', canonical: b, mentions: 3 },
      ]),
    ).toEqual([]);
  });

  it('merges longer organisation names that differ in case or dots only', () => {
    expect(
      merged([
        { label: 'ORG', canonical: 'Syarikat Maju Sdn. Bhd.' },
        { label: 'ORG', canonical: 'SYARIKAT MAJU Sdn Bhd' },
        { label: 'ORG', canonical: 'DoJ' },
        { label: 'ORG', canonical: 'DOJ' },
      ]),
    ).toEqual([
      ['DOJ', 'DoJ'],
      ['SYARIKAT MAJU Sdn Bhd', 'Syarikat Maju Sdn. Bhd.'],
    ]);
  });

  it('never merges a person with an organisation of the same name', () => {
    expect(merged([per(['Farid Osman', 3]), { label: 'ORG', canonical: 'Farid Osman', mentions: 2 }])).toEqual([]);
  });

  it('keeps unlinked names apart from two ids that share their name, but joins them to each other', () => {
    expect(
      merged([per(['Farid Osman', 5, 'Q1']), per(['Farid Osman ', 5, 'Q2']), per(['Mohd Farid Osman', 3]), per(['FARID OSMAN', 1])]),
    ).toEqual([['FARID OSMAN', 'Mohd Farid Osman']]);
  });
});

describe('mergeNames: the lexicon', () => {
  const keys = lexiconPersonKeys([{ id: 'Q9', label: 'PER', name: 'Farid Osman', aliases: ['Mohd Farid bin Osman'] }], rules);
  it('gives an unlinked name the id of the one lexicon person who has it', () => {
    const r = mergeNames([per(['Datuk Farid Osman', 4])], rules, keys);
    expect(r.groups).toEqual([{ members: [0], kb: 'Q9', rules: ['lexicon-name'] }]);
  });
  it('joins it to the names already linked to that id', () => {
    expect(merged([per(['Farid Osman', 4, 'Q9']), per(['Mohd Farid Osman', 2]), per(['Farid', 3])], keys)).toEqual([
      ['Farid', 'Farid Osman', 'Mohd Farid Osman'],
    ]);
  });
});

describe('mergeNames: properties', () => {
  const names = fc.array(
    fc.record({
      canonical: fc.constantFrom(
        'Farid Osman',
        'Mohd Farid Osman',
        'Farid',
        'Osman',
        'Lim',
        'Lim Boon Keat',
        'Lim Siew Ling',
        'Datuk Farid bin Osman',
      ),
      mentions: fc.integer({ min: 1, max: 500 }),
      kb: fc.option(fc.constantFrom('Q1', 'Q2', 'Q3'), { nil: undefined }),
    }),
    { maxLength: 12 },
  );
  it('never puts two lexicon ids in one group', () => {
    fc.assert(
      fc.property(names, (xs) => {
        const entries = xs.map((x) => per([x.canonical, x.mentions, x.kb]));
        const r = mergeNames(entries, rules);
        for (const g of r.groups) expect(new Set(g.members.map((i) => entries[i]!.kb).filter(Boolean)).size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
  it('decides the same groups whatever order the names come in', () => {
    fc.assert(
      fc.property(names, fc.integer(), (xs, seed) => {
        const uniq = [...new Map(xs.map((x) => [`${x.canonical}/${x.kb}`, x])).values()].map((x) => per([x.canonical, x.mentions, x.kb]));
        const order = uniq.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        const groupsOf = (entries: NameEntry[]): string[] =>
          mergeNames(entries, rules)
            .groups.map((g) =>
              g.members
                .map((i) => `${entries[i]!.canonical}/${entries[i]!.kb}`)
                .sort()
                .join('+'),
            )
            .sort();
        expect(groupsOf(order.map((i) => uniq[i]!))).toEqual(groupsOf(uniq));
      }),
      { numRuns: 500 },
    );
  });
});
