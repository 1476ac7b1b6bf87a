import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLexicon, loadBundledLexicon, mergeLexicons, parseLexicon } from '../../src/lexicon/index.js';

const TSV = [
  '# my lexicon',
  'id\tlabel\tname\taliases\tkind\tcountry\tsource',
  'org:kelab-a\tORG\tKelab Sukan A\tKSA|Kelab A\tngo\tMY\tmy notes',
  'loc:x\tPLACE\tKampung X\t\t\t\tmy notes',
  'per:y\tPER\tSiti Y\t\tperson\tMY\t',
  'per:z\tPER\tZainal Z\tbatu\tperson\tMY\tmy notes',
  'org:kelab-a\tORG\tKelab Lagi\t\tngo\tMY\tmy notes',
  '',
].join('\n');

describe('parseLexicon', () => {
  it('keeps good TSV rows and reports bad ones with line numbers', () => {
    const { lexicon, messages } = parseLexicon(TSV, 'tsv', 'mine.tsv');
    expect(lexicon.entries.map((e) => e.id)).toEqual(['org:kelab-a']);
    expect(lexicon.aliases.get('KSA')[0]?.id).toBe('org:kelab-a');
    expect(messages.map((m) => [m.code, m.line])).toEqual([
      ['lexicon/bad-label', 4],
      ['lexicon/missing-source', 5],
      ['lexicon/lowercase-alias', 6],
      ['lexicon/duplicate-id', 7],
    ]);
    expect(messages[0]?.message).toMatch(/^mine\.tsv:4: label must be one of/);
  });

  it.each([
    ['unknown column', 'id\tlabel\tname\tcolour\tsource\nx:a\tLOC\tA\tred\ts', 'lexicon/unknown-column'],
    ['too many cells', 'id\tlabel\tname\tsource\nx:a\tLOC\tA\ts\textra', 'lexicon/extra-cells'],
    ['bad id', 'id\tlabel\tname\tsource\nQ12x\tLOC\tA\ts', 'lexicon/bad-id'],
    ['bad kind', 'id\tlabel\tname\tkind\tsource\nx:a\tLOC\tA\tvillage\ts', 'lexicon/bad-kind'],
    ['kind does not fit label', 'id\tlabel\tname\tkind\tsource\nx:a\tPER\tA\tcity\ts', 'lexicon/kind-label-mismatch'],
    ['bad country', 'id\tlabel\tname\tcountry\tsource\nx:a\tLOC\tA\tMYS\ts', 'lexicon/bad-country'],
    ['bad date', 'id\tlabel\tname\tvalidFrom\tsource\nx:a\tPER\tA\t3 Dec 2022\ts', 'lexicon/bad-date'],
    ['bad population', 'id\tlabel\tname\tpopulation\tsource\nx:a\tLOC\tA\tmany\ts', 'lexicon/bad-number'],
    ['padded alias', 'id\tlabel\tname\taliases\tsource\nx:a\tLOC\tA\t B\ts', 'lexicon/bad-alias'],
    ['empty alias', 'id\tlabel\tname\taliases\tsource\nx:a\tLOC\tA\tB||C\ts', 'lexicon/bad-alias'],
    ['no header', '\n# nothing\n', 'lexicon/empty'],
  ])('TSV: %s', (_what, text, code) => {
    expect(parseLexicon(text, 'tsv', 't.tsv').messages.map((m) => m.code)).toContain(code);
  });

  it('reads JSON (array or {entries, words}) with line numbers for bad entries', () => {
    const text = JSON.stringify(
      {
        entries: [
          { id: 'org:a', label: 'ORG', name: 'Kelab A', aliases: ['KA'], source: 'notes' },
          { id: 'org:b', label: 'ORG', name: 'Kelab B', source: '' },
        ],
        words: { titles: [{ word: 'Tok', meaning: 'elder', kind: 'honorific', region: 'MY', source: 'notes' }] },
      },
      null,
      2,
    );
    const { lexicon, messages } = parseLexicon(text, 'json', 'mine.json');
    expect(lexicon.entries.map((e) => e.id)).toEqual(['org:a']);
    expect(lexicon.words.titles.map((t) => t.word)).toEqual(['Tok']);
    expect(messages.map((m) => [m.code, m.line])).toEqual([['lexicon/missing-source', 12]]);
    expect(parseLexicon('[{"id":"x:a","label":"LOC","name":"A","source":"s"}]', 'json', 'a.json').lexicon.entries).toHaveLength(1);
  });

  it('reports JSON syntax errors with a line instead of throwing', () => {
    const { lexicon, messages } = parseLexicon('[\n{"id": "x:a",\n oops}\n]', 'json', 'bad.json');
    expect(lexicon.entries).toEqual([]);
    expect(messages[0]?.code).toBe('lexicon/bad-json');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('json' as const, 'tsv' as const), (text, format) => {
        const r = parseLexicon(text, format, 'fuzz');
        return Array.isArray(r.messages) && Object.isFrozen(r.lexicon);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => Array.isArray(parseLexicon(text, 'json', 'fuzz').messages)),
      { numRuns: 300 },
    );
  });
});

describe('mergeLexicons', () => {
  it('returns a new lexicon and leaves the bundled one untouched', () => {
    const base = loadBundledLexicon();
    const before = base.aliases.get('Vladimir Putin').length;
    const mine = parseLexicon(
      [
        'id\tlabel\tname\taliases\tsource',
        'Q7747\tPER\tVladimir Putin\tVladimir Vladimirovich\tmy notes',
        'org:kelab-a\tORG\tKelab Sukan A\tKSA\tmy notes',
      ].join('\n'),
      'tsv',
      'mine.tsv',
    ).lexicon;
    const merged = mergeLexicons(base, mine);
    expect(merged).not.toBe(base);
    expect(merged.byId('org:kelab-a')?.name).toBe('Kelab Sukan A');
    expect(merged.aliases.get('Vladimir Vladimirovich')[0]?.id).toBe('Q7747');
    expect(merged.byId('Q7747')?.role).toBe(base.byId('Q7747')?.role);
    expect(merged.byId('Q7747')?.sources).toContain('my notes');
    expect(base.byId('org:kelab-a')).toBeUndefined();
    expect(base.aliases.has('Vladimir Vladimirovich')).toBe(false);
    expect(base.aliases.get('Vladimir Putin')).toHaveLength(before);
    expect(merged.version).toBe(`${base.version}+mine.tsv`);
  });

  it('a later role brings its own validity dates', () => {
    const a = createLexicon(
      [{ id: 'per:a', label: 'PER', name: 'A', aliases: [], role: 'Minister of X', validFrom: '2020', validTo: '2022', source: 'a: 1' }],
      { titles: [], orgHeads: [], particles: [], ambiguous: [], nonEntities: [] },
      'a',
    );
    const b = createLexicon(
      [{ id: 'per:a', label: 'PER', name: 'A', aliases: [], role: 'Minister of Y', validFrom: '2023', source: 'b: 2' }],
      { titles: [], orgHeads: [], particles: [], ambiguous: [], nonEntities: [] },
      'b',
    );
    const m = mergeLexicons(a, b).byId('per:a');
    expect(m).toMatchObject({ role: 'Minister of Y', validFrom: '2023', source: 'a: 1', sources: ['a: 1', 'b: 2'] });
    expect(m?.validTo).toBeUndefined();
  });
});
