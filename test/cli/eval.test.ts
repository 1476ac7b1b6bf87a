// kenal eval end to end, on small files written here (and the shared dev set when present).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, SHARED } from '../shared.js';
import { kenal, scratch } from './helpers.js';

const dir = scratch();
const file = (name: string, s: string): string => {
  const p = join(dir, name);
  writeFileSync(p, s);
  return p;
};

describe('kenal eval', () => {
  const gold = file('gold.conll', 'Anwar\tB-PER\nIbrahim\tI-PER\ntiba\tO\ndi\tO\nJakarta\tB-LOC\n\nPBB\tB-ORG\nsetuju\tO\n');
  const pred = file('pred.conll', 'Anwar\tB-PER\nIbrahim\tI-PER\ntiba\tO\ndi\tO\nJakarta\tB-ORG\n\nPBB\tB-ORG\nsetuju\tO\n');

  it('scores CoNLL predictions per label (seqeval chunks)', () => {
    const r = kenal(['eval', '--gold', gold, '--pred', pred, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { entities: Record<string, { p: number; r: number; tp: number }> };
    expect(s.entities.PER).toMatchObject({ p: 1, r: 1 });
    expect(s.entities.LOC).toMatchObject({ tp: 0, r: 0 });
    expect(s.entities.ALL).toMatchObject({ tp: 2, pred: 3, gold: 3 });
  });

  it('prints a table by default', () => {
    const r = kenal(['eval', '--gold', gold, '--pred', pred]);
    expect(r.out).toMatch(/^label\s+P\s+R\s+F1\s+tp\s+pred\s+gold$/m);
    expect(r.out).toMatch(/^ALL\s+66\.7\s+66\.7\s+66\.7\s+2\s+3\s+3$/m);
  });

  it('runs kenal on the gold tokens when no prediction is given', () => {
    const r = kenal(['eval', '--gold', gold, '--json']);
    const s = JSON.parse(r.out) as { pred: string; entities: Record<string, { gold: number }> };
    expect(s.pred).toBe('kenal');
    expect(s.entities.ALL!.gold).toBe(3);
  });

  it('scores gold JSONL against kenal JSONL on exact spans', () => {
    const g = file(
      'gold.jsonl',
      `${JSON.stringify({
        id: 'a',
        text: 'Anwar tiba di Jakarta.',
        entities: [
          { start: 0, end: 5, label: 'PER' },
          { start: 14, end: 21, label: 'LOC' },
        ],
      })}\n`,
    );
    const p = file('pred.jsonl', `${JSON.stringify({ id: 'a', entities: [{ start: 0, end: 5, label: 'PER' }] })}\n`);
    const s = JSON.parse(kenal(['eval', '--gold', g, '--pred', p, '--json']).out) as { entities: Record<string, { p: number; r: number }> };
    expect(s.entities.ALL).toMatchObject({ p: 1, r: 0.5 });
  });

  it('needs --gold', () => {
    const r = kenal(['eval']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/--gold/);
  });

  it.skipIf(!hasShared)('runs and scores the shared dev set (skipped without ../shared)', () => {
    const r = kenal(['eval', '--gold', `${SHARED}eval/dev/gold.jsonl`, '--json']);
    const s = JSON.parse(r.out) as { entities: Record<string, { gold: number }> };
    expect(s.entities.ALL!.gold).toBe(345);
  });
});

describe('kenal --help', () => {
  it.each([[[]], [['extract']], [['eval']], [['tokenize']]])('kenal %j --help exits 0 and lists the options', (cmd) => {
    const r = kenal([...cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: kenal/);
    expect(r.out).toMatch(/Options:/);
  });
});
