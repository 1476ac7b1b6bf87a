import { describe, expect, it } from 'vitest';
import commonWords from '#lexicons/common-words.js';
import englishWords from '#lexicons/english-words.js';
import entities from '#lexicons/entities.js';
import malayRoots from '#lexicons/malay-roots.js';
import { bundledLexicon, type CompactLexicon, precompiledAliases } from '../../src/lexicon/bundled.js';
import { entryPrior } from '../../src/lexicon/compile.js';
import { createLexicon, loadBundledLexicon, mergeLexicons, parseLexicon } from '../../src/lexicon/index.js';
import { buildLinkerResources } from '../../src/link/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { placeCountries } from '../../src/relations/index.js';

// The bundled lexicon is read from its compact, precompiled form (src/lexicon/bundled.ts); the
// general path is createLexicon over the same entries. Both must be indistinguishable.
const fast = loadBundledLexicon();
const slow = createLexicon(fast.entries, fast.words, fast.version);
const pre = precompiledAliases(fast)!;

describe('the bundled lexicon read from its compact form', () => {
  it('carries precompiled data; a lexicon made by createLexicon or a merge does not', () => {
    expect(pre).toBeDefined();
    expect(precompiledAliases(slow)).toBeUndefined();
    expect(precompiledAliases(mergeLexicons(fast))).toBeUndefined();
  });

  it('has the same entries, byte for byte as JSON', () => {
    expect(JSON.stringify(fast.entries)).toBe(JSON.stringify(slow.entries));
    expect(fast.entries.length).toBeGreaterThan(5000);
  });

  it('finds every entry by id, the same object as in entries', () => {
    for (const e of fast.entries) expect(fast.byId(e.id)).toBe(e);
    expect(fast.byId('no:such-id')).toBeUndefined();
  });

  it.each([
    ['malay-roots', malayRoots],
    ['common-words', commonWords],
    ['english-words', englishWords],
  ])('ships the %s word list strictly ascending (its look-ups binary-search it before they fill a Set)', (_name, text) => {
    const words = text.split(' ');
    expect(words.length).toBeGreaterThan(1000);
    for (let i = 1; i < words.length; i++) expect(words[i - 1]! < words[i]!).toBe(true);
  });

  it.each(['id', 'alias'] as const)(
    'ships its %s column strictly ascending (look-ups binary-search it before they fill a Map)',
    (column) => {
      const keys = (entities as unknown as CompactLexicon)[column];
      for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
    },
  );

  it('finds every entry by id and misses unknown ids, by binary search and then by its Map (over 4,096 look-ups)', () => {
    const lex = bundledLexicon(entities as unknown as CompactLexicon, fast.words, fast.version, entryPrior);
    const ask = () => [...fast.entries.map((e) => lex.byId(e.id)?.id), lex.byId('no:such-id'), lex.byId(''), lex.byId('zzz')];
    const first = ask(); // the first 4,095 by binary search, the rest by the Map
    expect(first).toEqual([...fast.entries.map((e) => e.id), undefined, undefined, undefined]);
    expect(ask()).toEqual(first);
  });

  it('has the same alias index: size, key order, candidates of every alias', () => {
    expect(fast.aliases.size).toBe(slow.aliases.size);
    expect([...fast.aliases.keys()]).toEqual([...slow.aliases.keys()]);
    for (const alias of slow.aliases.keys()) {
      expect(fast.aliases.has(alias)).toBe(true);
      expect(fast.aliases.get(alias)).toEqual(slow.aliases.get(alias));
    }
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', '', 'no such alias'])(
    'knows no alias %j (no prototype look-ups)',
    (alias) => {
      expect(fast.aliases.has(alias)).toBe(slow.aliases.has(alias));
      expect(fast.aliases.get(alias)).toEqual(slow.aliases.get(alias));
    },
  );

  it('is frozen through and through, and returns the same frozen candidate lists', () => {
    expect(Object.isFrozen(fast)).toBe(true);
    expect(Object.isFrozen(fast.aliases)).toBe(true);
    expect(fast.aliases.get('Rusia')).toBe(fast.aliases.get('Rusia'));
    expect(Object.isFrozen(fast.aliases.get('Rusia')[0])).toBe(true);
    const withSources = fast.entries.find((e) => e.sources !== undefined)!;
    expect(Object.isFrozen(withSources.sources)).toBe(true);
    expect(Object.isFrozen(withSources.aliases)).toBe(true);
  });

  it('gives the linker the same person-token index', () => {
    const a = buildLinkerResources(fast).personTokens;
    const b = buildLinkerResources(slow).personTokens;
    const tokens = new Set(['constructor', '__proto__', 'muhammad', 'sergey', 'xyzzy']);
    for (const e of fast.entries)
      for (const form of [e.name, ...e.aliases]) for (const t of form.toLowerCase().split(/[\s-]+/)) tokens.add(t);
    for (const t of tokens)
      expect(
        a.get(t)?.map((e) => e.id),
        t,
      ).toEqual(b.get(t)?.map((e) => e.id));
  });

  it("answers the relations' country of a place as placeCountries does", () => {
    const countryOf = placeCountries(slow);
    for (const e of fast.entries) expect(pre.placeCountry(e.id), e.id).toBe(countryOf(e.id));
    expect(pre.placeCountry('no:such-id')).toBeUndefined();
  });
});

describe('user lexicons over the bundled one (the general path)', () => {
  const { lexicon: mine } = parseLexicon(
    'id\tlabel\tname\taliases\tsource\norg:kelab-zz\tORG\tKelab Zapin Zamrud\tKZZ\ttest fixture\n',
    'tsv',
    'mine.tsv',
  );
  const text = 'Kelab Zapin Zamrud (KZZ) bertemu Perdana Menteri Anwar Ibrahim di Kuala Lumpur.';

  it('merges into a new lexicon holding both', () => {
    const merged = mergeLexicons(fast, mine);
    expect(merged.byId('org:kelab-zz')?.name).toBe('Kelab Zapin Zamrud');
    expect(merged.aliases.get('Kuala Lumpur')).toEqual(fast.aliases.get('Kuala Lumpur'));
    expect(merged.entries.length).toBe(fast.entries.length + 1);
  });

  it('extracts the same as the bundled pipeline, plus the user entity', () => {
    const bundled = createPipeline().extract(text).entities;
    const withMine = createPipeline({ lexicons: [mine] }).extract(text).entities;
    expect(withMine.find((e) => e.text === 'Kelab Zapin Zamrud')?.kb).toBe('org:kelab-zz');
    expect(withMine.filter((e) => !e.text.includes('Zapin') && e.text !== 'KZZ')).toEqual(
      bundled.filter((e) => !e.text.includes('Zapin') && e.text !== 'KZZ'),
    );
  });

  it('gives the same results when the bundled lexicon is passed through createLexicon', () => {
    expect(createPipeline({ lexicon: slow }).extract(text)).toEqual(createPipeline().extract(text));
  });
});
