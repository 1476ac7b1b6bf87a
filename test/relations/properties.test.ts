// Properties over arbitrary Malay-like text and entity lists: no throw, every span a slice of
// the input, every argument an entity mention, and time that stays linear in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/relations/index.js';
import { segment } from '../../src/tokenize/index.js';
import type { Entity } from '../../src/types.js';

const WORDS = [
  'berkata',
  'katanya',
  'kata',
  'menurut',
  'bertemu',
  'dengan',
  'dan',
  'pertemuan',
  'lawatan',
  'ke',
  'di',
  'beliau',
  'ia',
  'itu',
  'kementerian',
  'menafikan',
  'tuduhan',
  'oleh',
  'akan',
  'tidak',
  ',',
  '.',
  '“',
  '”',
  '"',
  'Presiden',
  'Menteri',
  'Luar',
  'Ali',
  'Rusia',
  'Jepun',
  'Kementerian Luar Jepun',
  'saya',
  'minta',
  'semalam',
];

function entitiesOf(text: string): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(/Kementerian Luar Jepun|Ali|Rusia|Jepun/g)) {
    if (out.some((e) => m.index < e.end)) continue;
    const t = m[0];
    out.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      label: t === 'Ali' ? 'PER' : t.startsWith('K') ? 'ORG' : 'LOC',
      canonical: t,
      source: 'gazetteer',
    });
  }
  return out;
}

describe('relation properties', () => {
  it('spans are slices of the input and arguments are entity mentions', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        const ents = entitiesOf(text);
        const starts = new Set(ents.map((e) => `${e.start}:${e.end}`));
        for (const r of extractRelations(text, segment(text), ents, { ref: 0 })) {
          const args = r.type === 'STATEMENT' ? [r.speaker, ...(r.target ? [r.target] : [])] : r.participants;
          for (const s of [r.trigger, ...args, ...(r.type === 'STATEMENT' && r.content ? [r.content] : [])])
            expect(text.slice(s.start, s.end)).toBe(s.text);
          for (const a of args) expect(starts.has(`${a.start}:${a.end}`)).toBe(true);
          if (r.type === 'MEET') expect(new Set(r.participants.map((p) => p.text)).size).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a long article takes time linear in its length', () => {
    const para =
      '“Saya minta Kementerian Luar Jepun bertindak,” kata Ali. Beliau berkata Rusia dan Jepun bertemu di Rusia semalam. Kementerian itu menafikan tuduhan oleh Rusia. ';
    const run = (n: number): number => {
      const text = para.repeat(n);
      const ents = entitiesOf(text);
      const seg = segment(text);
      const t0 = performance.now();
      extractRelations(text, seg, ents, {});
      return performance.now() - t0;
    };
    run(50);
    // the fastest of three runs of each: a shared machine's pauses inflate single timings
    const best = (n: number): number => Math.min(run(n), run(n), run(n));
    const small = best(100);
    const big = best(800);
    expect(big / Math.max(small, 1)).toBeLessThan(24); // 8x the text, well under quadratic
  });
});
