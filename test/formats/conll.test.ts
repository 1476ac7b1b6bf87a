import { describe, expect, it } from 'vitest';
import { parseConll, tagDocument, writeConll } from '../../src/formats/conll.js';
import { ENTITIES, TEXT } from './fixtures.js';

const tags = (text: string, ents: { start: number; end: number; label: 'PER' | 'LOC' | 'ORG' }[]): string =>
  tagDocument(text, ents)
    .sentences.flat()
    .map((t) => `${t.text}/${t.tag}`)
    .join(' ');

describe('tagDocument', () => {
  it.each([
    ['one-token entity', 'Anwar tiba', [{ start: 0, end: 5, label: 'PER' as const }], 'Anwar/B-PER tiba/O'],
    ['multi-token entity', 'di Kuala Lumpur tadi', [{ start: 3, end: 15, label: 'LOC' as const }], 'di/O Kuala/B-LOC Lumpur/I-LOC tadi/O'],
    [
      'adjacent entities of one label stay apart',
      'Anwar Prabowo',
      [
        { start: 0, end: 5, label: 'PER' as const },
        { start: 6, end: 13, label: 'PER' as const },
      ],
      'Anwar/B-PER Prabowo/B-PER',
    ],
    ['an entity inside a token tags the token', 'Anwarlah', [{ start: 0, end: 5, label: 'PER' as const }], 'Anwarlah/B-PER'],
    ['no entities', 'tiada apa', [], 'tiada/O apa/O'],
  ])('%s', (_n, text, ents, want) => {
    expect(tags(text, ents)).toBe(want);
  });

  it('splits sentences where the sentence spans say', () => {
    const text = 'Anwar tiba. Prabowo pulang.';
    const doc = tagDocument(text, [{ start: 12, end: 19, label: 'PER' }], undefined, [
      { start: 0, end: 11, text: 'Anwar tiba.' },
      { start: 12, end: 27, text: 'Prabowo pulang.' },
    ]);
    expect(doc.sentences.map((s) => s.map((t) => t.tag))).toEqual([
      ['O', 'O'],
      ['B-PER', 'O'],
    ]);
  });

  it('gives tokens that contain whitespace one CoNLL line per word', () => {
    const doc = tagDocument(
      'pada 11 Okt. lalu',
      [],
      [
        { start: 0, end: 4, text: 'pada' },
        { start: 5, end: 12, text: '11 Okt.' },
        { start: 13, end: 17, text: 'lalu' },
      ],
    );
    expect(doc.sentences[0]!.map((t) => t.text)).toEqual(['pada', '11', 'Okt.', 'lalu']);
  });
});

describe('writeConll and parseConll', () => {
  it('round-trips tokens, tags and sentence breaks', () => {
    const doc = tagDocument(TEXT, ENTITIES, undefined, [
      { start: 0, end: TEXT.indexOf('\n'), text: '' },
      { start: TEXT.indexOf('\n') + 1, end: TEXT.length, text: '' },
    ]);
    const written = writeConll(doc);
    expect(written.startsWith('-DOCSTART-\tO\n\n')).toBe(true);
    expect(parseConll(written)).toEqual([doc]);
    expect(parseConll(written + written)).toEqual([doc, doc]);
  });

  it.each([
    [
      '2-column, no DOCSTART',
      'Anwar B-PER\ntiba O\n\nIa O\n',
      [
        [
          ['Anwar', 'B-PER'],
          ['tiba', 'O'],
        ],
        [['Ia', 'O']],
      ],
    ],
    [
      '4-column CoNLL-2003',
      '-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n',
      [
        [
          ['EU', 'B-ORG'],
          ['rejects', 'O'],
        ],
      ],
    ],
    [
      'CRLF line breaks',
      'a\tO\r\nb\tB-LOC\r\n',
      [
        [
          ['a', 'O'],
          ['b', 'B-LOC'],
        ],
      ],
    ],
  ])('reads %s', (_n, input, want) => {
    const docs = parseConll(input);
    expect(docs.flatMap((d) => d.sentences.map((s) => s.map((t) => [t.text, t.tag])))).toEqual(want);
  });
});
