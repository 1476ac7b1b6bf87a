// Corpus entities: ids, names and counts of the merged groups; documents counted once in the
// second pass however many of an entity's names a document uses.
import { describe, expect, it } from 'vitest';
import { addDigest, secondPass } from '../../src/corpus/digests.js';
import { slug } from '../../src/corpus/entities.js';
import { nameRules } from '../../src/corpus/names.js';
import { addRecord, type DocDigest, emptyTallies, isProblem } from '../../src/corpus/reduce.js';
import { resolveEntities } from '../../src/corpus/resolve.js';
import { loadBundledLexicon } from '../../src/index.js';
import { record, smallCorpus } from './fixtures.js';

const lexicon = loadBundledLexicon();
const rules = nameRules(lexicon.words);

function run(docs = smallCorpus().map(record)) {
  const t = emptyTallies();
  const digests = docs.map((d) => addRecord(t, d)).filter((d): d is DocDigest => !isProblem(d));
  const { entities, entityOf } = resolveEntities(t.entities.values(), lexicon, rules);
  const p = secondPass(entityOf, new Set(entities.map((e) => e.id)), new Set(['CRITICISE', 'PRAISE', 'APPEAL']));
  const rows = digests.flatMap((d) => addDigest(p, d));
  return { entities, rows, networks: p.networks };
}

describe('corpusEntities', () => {
  const { entities } = run();
  const byName = new Map(entities.map((e) => [e.canonical, e]));

  it('merges one person written three ways, and names it by the name used most', () => {
    const farid = byName.get('Farid Osman')!;
    expect(farid.names).toEqual([
      ['Farid Osman', 3],
      ['Mohd Farid Osman', 2],
    ]);
    expect([farid.mentions, farid.id, farid.rules]).toEqual([5, 'kenal:per:farid-osman', ['same-name']]);
    expect(farid.variants.map(([v]) => v).sort()).toEqual(['Farid', 'Farid Osman', 'Mohd Farid Osman']);
  });

  it('joins a surname that one person owns, but not one that two share', () => {
    expect(byName.get('Kenji Takahashi')!.names.map(([n]) => n)).toEqual(['Kenji Takahashi', 'Takahashi']);
    expect(byName.get('Lim')?.names).toEqual([['Lim', 1]]);
    expect(byName.has('Lim Boon Keat') && byName.has('Lim Siew Ling')).toBe(true);
  });

  it("takes a lexicon entity's id, name and country from the lexicon", () => {
    expect(byName.get('Jepun')).toMatchObject({ id: 'JP', kb: 'JP', country: 'JP' });
    expect(byName.get('Tokyo')).toMatchObject({ id: 'geonames:1850147', country: 'JP' });
  });

  it('counts documents once per entity, however many of its names a document uses', () => {
    expect(byName.get('Farid Osman')!.documents).toBe(3);
    expect([...byName.get('Farid Osman')!.months]).toEqual([
      ['2024-01', { mentions: 2, documents: 1 }],
      ['2024-02', { mentions: 3, documents: 2 }],
    ]);
  });

  it('lists the most mentioned first', () => {
    expect(entities.map((e) => e.mentions)).toEqual([...entities.map((e) => e.mentions)].sort((a, b) => b - a));
  });

  it('gives the same ids whatever order the documents come in', () => {
    const again = run(smallCorpus().map(record).reverse()).entities;
    expect(again.map((e) => [e.id, e.mentions, e.documents])).toEqual(entities.map((e) => [e.id, e.mentions, e.documents]));
  });
});

describe('event rows after the merge', () => {
  const { rows, networks } = run();

  it('names actors by corpus id, with their country where the lexicon knows it, and the host of a visit', () => {
    const visit = rows.find((r) => r.act === 'VISIT')!;
    expect([visit.source?.id, visit.target?.id, visit.target?.country, visit.host?.id]).toEqual([
      'kenal:per:farid-osman',
      'JP',
      'JP',
      'JP',
    ]);
    expect(visit.eventId).toBe('d2#1');
  });

  it('draws who met whom and who criticised, praised or urged whom', () => {
    expect([...networks.meetings.keys()].sort()).toEqual([
      'JP\u0000kenal:per:farid-osman',
      'kenal:per:farid-osman\u0000kenal:per:kenji-takahashi',
    ]);
    expect([...networks.statements.keys()].sort()).toEqual([
      'kenal:per:farid-osman\u0000kenal:per:lim-boon-keat\u0000CRITICISE',
      'kenal:per:kenji-takahashi\u0000kenal:per:farid-osman\u0000APPEAL',
      'kenal:per:lim-siew-ling\u0000kenal:per:farid-osman\u0000PRAISE',
    ]);
  });
});

describe('slug', () => {
  it.each([
    ['farid osman', 'farid-osman'],
    ['Darul Ta’zim', 'darul-ta-zim'],
    ['Sékou Touré', 'sekou-toure'],
    ['   ', 'x'],
  ])('%s -> %s', (s, expected) => {
    expect(slug(s)).toBe(expected);
  });
});
