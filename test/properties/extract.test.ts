// Invariants of extract() on arbitrary strings (fast-check): never throws; every span is exact;
// entities of one label never overlap; relation arguments are entity mentions; deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/index.js';
import type { DocumentResult, Span } from '../../src/types.js';

const pipeline = createPipeline();
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces that reach the recognisers' paths: titles, heads, names, places, triggers, quotes. */
const piece = fc.constantFrom(
  ' ',
  ' ',
  '\n',
  '\n\n',
  ', ',
  '. ',
  '“',
  '”',
  '‘',
  '’',
  '"',
  '(',
  ')',
  '-',
  '–',
  'dan ',
  'di ',
  'ke ',
  'kata ',
  'berkata ',
  'katanya',
  'Presiden ',
  'Menteri Luar ',
  'Datuk Seri ',
  'Tan Sri ',
  'Dr. ',
  'bin ',
  'binti ',
  'a/l ',
  'Kementerian ',
  'Majlis ',
  'Suruhanjaya ',
  'Kampung ',
  'Stadium ',
  'Korea Utara',
  'Korea ',
  'Utara ',
  'Rusia',
  'AS',
  'PBB',
  'UMNO',
  'Wanita ',
  'Putin',
  'Vladimir Putin',
  'Razlan ',
  'Hemdi',
  'Gomasi',
  'Sdn Bhd',
  'Group',
  'bertemu ',
  'pertemuan ',
  'melawat ',
  'lawatan ',
  'menggesa ',
  'menafikan ',
  'beliau ',
  'Beliau ',
  'mengecam ',
  'PYONGYANG, 21 JAN – ',
  'minggu lalu',
  '16 Januari 2024',
  'RM1.5 bilion',
  'Asianya',
  'perangnya',
  'kedua-dua ',
  'Se\u00adlangor',
  '\ud800',
  '😀',
  'Ω',
  'é',
  'كوريا',
  '中文',
  '\u0000',
  '\u200b',
  '\ufeff',
  'A',
  'x',
);
const newsish = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: codeUnit, maxLength: 300 }), newsish);

function exact(text: string, s: Span | undefined): void {
  if (!s) return;
  expect(s.end).toBeGreaterThanOrEqual(s.start);
  expect(text.slice(s.start, s.end)).toBe(s.text);
}

function checkInvariants(text: string, r: DocumentResult): void {
  for (const e of r.entities) exact(text, e);
  for (const s of r.sentences ?? []) exact(text, s);
  for (const d of r.dates ?? []) exact(text, d);
  // entities of one label never overlap (spans are flat)
  const sorted = [...r.entities].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  // relation arguments coincide with entity mentions
  const isMention = (s: Span) => r.entities.some((e) => e.start === s.start && e.end === s.end);
  for (const rel of r.relations) {
    exact(text, rel.trigger);
    if (rel.type === 'MEET') {
      for (const p of rel.participants) {
        exact(text, p);
        expect(isMention(p)).toBe(true);
      }
      exact(text, rel.place);
      exact(text, rel.time);
    } else {
      exact(text, rel.speaker);
      expect(isMention(rel.speaker)).toBe(true);
      if (rel.target) expect(isMention(rel.target)).toBe(true);
      exact(text, rel.target);
      exact(text, rel.content);
    }
  }
}

const RUNS = 500;

describe('extract() on arbitrary strings', () => {
  it(`never throws, spans exact, no overlaps, relation arguments are mentions (${RUNS} generated cases)`, () => {
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(text, pipeline.extract(text))),
      { numRuns: RUNS },
    );
  });
  it(`is deterministic (${RUNS / 5} generated cases)`, () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(pipeline.extract(text)).toEqual(pipeline.extract(text));
      }),
      { numRuns: RUNS / 5 },
    );
  });
});
