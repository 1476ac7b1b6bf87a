// Relations as event rows: a meeting is one row per pair, with the host; a statement one row.
import { describe, expect, it } from 'vitest';
import { eventDrafts, quadClass, sentenceAt } from '../../src/corpus/events.js';
import { at, ent, smallCorpus } from './fixtures.js';

describe('eventDrafts', () => {
  it('gives a meeting of three parties three rows, one per pair, in the order named', () => {
    const t = 'Ali, Abu dan Siti bermesyuarat di Ipoh.';
    const es = [ent(t, 'Ali', 'PER', 'Ali'), ent(t, 'Abu', 'PER', 'Abu'), ent(t, 'Siti', 'PER', 'Siti')];
    const rows = eventDrafts(es, [
      { type: 'MEET', cameo: '040', trigger: at(t, 'bermesyuarat'), participants: es.map((e) => at(t, e.text)), modality: 'asserted' },
    ]);
    expect(rows.map((r) => [r.sourceText, r.targetText, r.act, r.host])).toEqual([
      ['Ali', 'Abu', 'MEET', undefined],
      ['Ali', 'Siti', 'MEET', undefined],
      ['Abu', 'Siti', 'MEET', undefined],
    ]);
  });

  it.each([
    ['a visit (042): the visited party hosts', '042', 'VISIT', 'target'],
    ['hosting a visit (043): the first party hosts', '043', 'HOST', 'source'],
    ['a call (041): no host', '041', 'PHONE', undefined],
  ])('%s', (_why, cameo, act, host) => {
    const t = 'Ali dan Abu.';
    const es = [ent(t, 'Ali', 'PER', 'Ali'), ent(t, 'Abu', 'PER', 'Abu')];
    const [row] = eventDrafts(es, [
      { type: 'MEET', cameo: cameo as '040', trigger: at(t, 'dan'), participants: [at(t, 'Ali'), at(t, 'Abu')], modality: 'asserted' },
    ]);
    expect([row!.act, row!.host]).toEqual([act, host]);
  });

  it('keys actors by lexicon id, else by label and canonical name; a span with no entity has no key', () => {
    const [d1] = smallCorpus();
    const rows = eventDrafts(d1!.entities, d1!.relations, d1!.sentences);
    expect(rows.map((r) => [r.source, r.target])).toEqual([
      ['PER\u0000Mohd Farid Osman', 'PER\u0000Kenji Takahashi'],
      ['PER\u0000Mohd Farid Osman', 'PER\u0000Lim Boon Keat'],
    ]);
    const t = 'Dia bertemu Ali.';
    const [x] = eventDrafts(
      [ent(t, 'Ali', 'LOC', 'Ali', 'X1')],
      [{ type: 'MEET', cameo: '040', trigger: at(t, 'bertemu'), participants: [at(t, 'Dia'), at(t, 'Ali')], modality: 'asserted' }],
    );
    expect([x!.source, x!.sourceText, x!.target]).toEqual([undefined, 'Dia', '#X1']);
  });

  it("gives each event its sentence's offsets", () => {
    const [d1] = smallCorpus();
    const rows = eventDrafts(d1!.entities, d1!.relations, d1!.sentences);
    expect(rows.map((r) => r.sentence)).toEqual([
      [0, 61],
      [62, 106],
    ]);
  });
});

describe('sentenceAt', () => {
  const ss = [
    { start: 0, end: 10, text: '' },
    { start: 12, end: 20, text: '' },
  ];
  it.each([
    [0, [0, 10]],
    [9, [0, 10]],
    [11, undefined],
    [12, [12, 20]],
    [25, undefined],
  ])('offset %i -> %j', (offset, expected) => {
    expect(sentenceAt(ss, offset)).toEqual(expected);
  });
  it('has nothing to say without sentences', () => {
    expect(sentenceAt(undefined, 3)).toBeUndefined();
  });
});

describe('quadClass (PHOENIX)', () => {
  it.each([
    ['010', 0],
    ['020', 1],
    ['040', 1],
    ['051', 1],
    ['100', 3],
    ['111', 3],
    ['130', 3],
    ['180', 4],
    ['xyz', undefined],
  ])('%s -> %s', (cameo, q) => {
    expect(quadClass(cameo)).toBe(q);
  });
});
