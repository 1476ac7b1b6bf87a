// Golden test: the seed article (read from ../shared at run time) gives every entity of its
// gold annotation with exact spans and labels, and the gold canonical names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { hasShared, SHARED } from '../shared.js';

interface Gold {
  id: string;
  text: string;
  date: string;
  entities: Array<{ start: number; end: number; label: string; canonical?: string }>;
}

describe.skipIf(!hasShared)('seed article golden test (../shared/eval/seed/gold.jsonl)', () => {
  const gold = hasShared ? (JSON.parse(readFileSync(`${SHARED}eval/seed/gold.jsonl`, 'utf8').split('\n')[0]!) as Gold) : undefined;
  const result = gold ? extract(gold.text, { id: gold.id, date: gold.date }) : undefined;
  const key = (e: { start: number; end: number; label: string }) => `${e.start}:${e.end}:${e.label}`;

  it('finds every gold entity with its exact span and label, and nothing else (entity F1 1.0)', () => {
    const predicted = result!.entities.map(key).sort();
    expect(predicted).toEqual(gold!.entities.map(key).sort());
  });

  it('links every entity to the gold canonical name', () => {
    const byKey = new Map(result!.entities.map((e) => [key(e), e.canonical]));
    const wrong = gold!.entities
      .map((g) => ({
        text: gold!.text.slice(g.start, g.end),
        want: g.canonical ?? gold!.text.slice(g.start, g.end),
        got: byKey.get(key(g)),
      }))
      .filter((r) => r.want !== r.got);
    expect(wrong).toEqual([]);
  });
});
