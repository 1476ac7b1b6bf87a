import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, ENTITY_COLUMNS, entityRows, parseCsv, RELATION_COLUMNS, relationRows } from '../../src/formats/csv.js';
import { RESULT } from './fixtures.js';

describe('csvField', () => {
  it.each([
    ['plain', 'Anwar', 'Anwar'],
    ['comma', 'Kementerian Pelancongan, Seni', '"Kementerian Pelancongan, Seni"'],
    ['quote', 'kata "ya"', '"kata ""ya"""'],
    ['line break', 'a\nb', '"a\nb"'],
    ['number', 0.9, '0.9'],
    ['absent', undefined, ''],
  ])('%s', (_n, v, want) => {
    expect(csvField(v)).toBe(want);
  });
});

describe('entity and relation tables', () => {
  it('round-trips the entity rows through a CSV reader', () => {
    const rows = parseCsv(csvHeader(ENTITY_COLUMNS) + entityRows('doc-1', RESULT));
    expect(rows[0]).toEqual([...ENTITY_COLUMNS]);
    const recs = rows.slice(1).map((r) => Object.fromEntries(ENTITY_COLUMNS.map((c, i) => [c, r[i]])));
    expect(recs).toHaveLength(RESULT.entities.length);
    RESULT.entities.forEach((e, i) => {
      expect(recs[i]).toMatchObject({
        doc_id: 'doc-1',
        start: String(e.start),
        end: String(e.end),
        text: e.text,
        label: e.label,
        canonical: e.canonical,
        kb: e.kb ?? '',
      });
    });
  });

  it('writes one relation a row with canonical names of its arguments', () => {
    const rows = parseCsv(csvHeader(RELATION_COLUMNS) + relationRows('doc-1', RESULT));
    const recs = rows.slice(1).map((r) => Object.fromEntries(RELATION_COLUMNS.map((c, i) => [c, r[i]])));
    expect(recs).toHaveLength(3);
    expect(recs[0]).toMatchObject({
      type: 'MEET',
      cameo: '040',
      modality: 'asserted',
      participants_canonical: 'Anwar Ibrahim | Prabowo Subianto',
      place: 'Putrajaya',
      time_value: '2024-03-02',
    });
    expect(recs[1]).toMatchObject({
      type: 'STATEMENT',
      act: 'SAY',
      speaker: 'Anwar',
      speaker_canonical: 'Anwar Ibrahim',
      content: 'Kerjasama kukuh,',
    });
    expect(recs[2]).toMatchObject({ act: 'CRITICISE', cameo: '111', target_canonical: 'Kerajaan Malaysia' });
  });

  it('keeps every row the same width as the header', () => {
    const rows = parseCsv(csvHeader(RELATION_COLUMNS) + relationRows('doc,1', RESULT));
    for (const r of rows) expect(r).toHaveLength(RELATION_COLUMNS.length);
  });
});
