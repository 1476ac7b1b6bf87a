// The first pass: result records in, per-entity counts and document digests out; a line that
// is not a result record is a problem with its reason, and adds nothing.
import { describe, expect, it } from 'vitest';
import { addRecord, emptyTallies, isProblem } from '../../src/corpus/reduce.js';
import { record, smallCorpus } from './fixtures.js';

describe('addRecord: what is not a result record', () => {
  const good = record(smallCorpus()[0]!);
  it.each<[string, unknown, string, RegExp]>([
    ['not an object', [1, 2], 'E_RECORD', /not a JSON object/],
    [
      'an error record of kenal extract',
      { id: 'x', line: 3, error: { code: 'E_NO_TEXT', message: 'no text' } },
      'E_NO_TEXT',
      /could not process/,
    ],
    ['no entities', { id: 'x', text: 'Ali' }, 'E_RECORD', /no "entities"/],
    ['relations not a list', { ...good, relations: {} }, 'E_RECORD', /not an array/],
    [
      'an entity without a canonical name',
      { ...good, entities: [{ start: 0, end: 3, text: 'Ali', label: 'PER' }] },
      'E_RECORD',
      /canonical/,
    ],
    ['an entity without offsets', { ...good, entities: [{ text: 'Ali', label: 'PER', canonical: 'Ali' }] }, 'E_RECORD', /start, end/],
    [
      'a statement without a speaker',
      { ...good, relations: [{ type: 'STATEMENT', cameo: '010', act: 'SAY', trigger: { start: 0, end: 1, text: 'x' } }] },
      'E_RECORD',
      /speaker/,
    ],
    [
      'a relation of another type',
      { ...good, relations: [{ type: 'FIGHT', cameo: '190', trigger: { start: 0, end: 1, text: 'x' } }] },
      'E_RECORD',
      /unknown type/,
    ],
  ])('%s', (_why, rec, code, message) => {
    const t = emptyTallies();
    const x = addRecord(t, rec);
    expect(isProblem(x)).toBe(true);
    expect(x).toMatchObject({ code, message: expect.stringMatching(message) });
    expect([t.documents, t.entities.size]).toEqual([0, 0]);
  });
});

describe('addRecord: counts', () => {
  const t = emptyTallies();
  const digests = smallCorpus().map((d) => addRecord(t, record(d)));

  it('counts every mention, each document once, and keeps the mention texts', () => {
    const farid = t.entities.get('PER\u0000Mohd Farid Osman')!;
    expect([farid.mentions, farid.documents]).toEqual([2, 1]);
    expect([...farid.variants]).toEqual([
      ['Mohd Farid Osman', 1],
      ['Farid', 1],
    ]);
    expect(t.entities.get('PER\u0000Farid Osman')!.mentions).toBe(3);
  });

  it('keys lexicon entities by id', () => {
    expect(t.entities.get('#JP')).toMatchObject({ label: 'LOC', kb: 'JP', mentions: 1 });
  });

  it('reads the date (MM-DD-YYYY or ISO) into months and first and last dates', () => {
    const osman = t.entities.get('PER\u0000Farid Osman')!;
    expect([...osman.months]).toEqual([['2024-02', 3]]);
    expect([osman.first, osman.last]).toEqual(['2024-02-03', '2024-02-20']);
    expect(t.entities.get('PER\u0000Mohd Farid Osman')!.first).toBe('2024-01-15');
  });

  it("gives each document's distinct keys and its events", () => {
    const d2 = digests[1]!;
    expect(isProblem(d2)).toBe(false);
    if (isProblem(d2)) return;
    expect(d2.keys).toEqual(['PER\u0000Farid Osman', '#JP', 'PER\u0000Lim Siew Ling']);
    expect(d2.events.map((e) => e.act)).toEqual(['VISIT', 'PRAISE']);
    expect(t.events).toBe(6);
  });

  it('counts a document without a readable date, in no month', () => {
    const u = emptyTallies();
    addRecord(u, { ...record(smallCorpus()[0]!), date: 'semalam' });
    expect(u.undated).toBe(1);
    expect(u.entities.get('PER\u0000Lim Boon Keat')!.months.size).toBe(0);
  });
});
