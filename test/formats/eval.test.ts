import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalJsonl } from '../../src/cli/eval.js';
import { chunks, scoreSequences, scoreSpans } from '../../src/formats/eval.js';
import { createPipeline } from '../../src/pipeline/index.js';
import { hasShared, SHARED } from '../shared.js';

describe('chunks (seqeval get_entities)', () => {
  it.each([
    [
      'IOB2',
      ['B-PER', 'I-PER', 'O', 'B-LOC'],
      [
        ['PER', 0, 1],
        ['LOC', 3, 3],
      ],
    ],
    [
      'IOB1: I- after O starts a chunk',
      ['I-PER', 'I-PER', 'O', 'I-LOC'],
      [
        ['PER', 0, 1],
        ['LOC', 3, 3],
      ],
    ],
    [
      'a change of label ends a chunk',
      ['B-PER', 'I-LOC'],
      [
        ['PER', 0, 0],
        ['LOC', 1, 1],
      ],
    ],
    [
      'B- after I- of the same label starts a new chunk',
      ['B-PER', 'I-PER', 'B-PER'],
      [
        ['PER', 0, 1],
        ['PER', 2, 2],
      ],
    ],
    [
      'IOBES',
      ['S-PER', 'B-LOC', 'E-LOC', 'O'],
      [
        ['PER', 0, 0],
        ['LOC', 1, 2],
      ],
    ],
    ['a label with a dash', ['B-NORP-X', 'I-NORP-X'], [['NORP-X', 0, 1]]],
    ['all O', ['O', 'O'], []],
  ])('%s', (_n, seq, want) => {
    expect(chunks([seq])).toEqual(want);
  });

  it('joins sentences with an O, so a chunk never runs across a sentence break', () => {
    expect(chunks([['B-PER', 'I-PER'], ['I-PER']])).toEqual([
      ['PER', 0, 1],
      ['PER', 3, 3],
    ]);
  });
});

describe('scoreSequences', () => {
  it("reproduces seqeval's documented example (MISC 0, PER 1.0, micro 0.5)", () => {
    const gold = [
      ['O', 'O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ];
    const pred = [
      ['O', 'O', 'B-MISC', 'I-MISC', 'I-MISC', 'I-MISC', 'O'],
      ['B-PER', 'I-PER', 'O'],
    ];
    const r = scoreSequences(gold, pred);
    expect(r.MISC).toMatchObject({ p: 0, r: 0, f: 0, gold: 1 });
    expect(r.PER).toMatchObject({ p: 1, r: 1, f: 1, gold: 1 });
    expect(r.ALL).toMatchObject({ p: 0.5, r: 0.5, f: 0.5, tp: 1, pred: 2, gold: 2 });
  });

  it('refuses sequences that do not align', () => {
    expect(() => scoreSequences([['O']], [['O', 'O']])).toThrow(/tokens/);
  });
});

describe('scoreSpans', () => {
  const gold = [
    {
      id: 'a',
      entities: [
        { start: 0, end: 5, label: 'PER' },
        { start: 9, end: 14, label: 'LOC' },
      ],
    },
  ];
  it.each([
    ['exact match', [{ id: 'a', entities: [{ start: 0, end: 5, label: 'PER' }] }], { tp: 1, pred: 1, gold: 2 }],
    ['wrong label', [{ id: 'a', entities: [{ start: 0, end: 5, label: 'ORG' }] }], { tp: 0, pred: 1, gold: 2 }],
    ['off by one', [{ id: 'a', entities: [{ start: 0, end: 6, label: 'PER' }] }], { tp: 0, pred: 1, gold: 2 }],
    [
      'duplicates count once',
      [
        {
          id: 'a',
          entities: [
            { start: 0, end: 5, label: 'PER' },
            { start: 0, end: 5, label: 'PER' },
          ],
        },
      ],
      { tp: 1, pred: 1, gold: 2 },
    ],
    ['unscored labels are ignored', [{ id: 'a', entities: [{ start: 0, end: 5, label: 'DATE' }] }], { tp: 0, pred: 0, gold: 2 }],
    ['a missing document predicts nothing', [], { tp: 0, pred: 0, gold: 2 }],
  ])('%s', (_n, pred, want) => {
    expect(scoreSpans(gold, pred).ALL).toMatchObject(want);
  });
});

describe.skipIf(!hasShared)('agreement with ../shared/tools/score.mjs (skipped without ../shared)', () => {
  it('gives the same entity counts as score.mjs on the dev set', () => {
    const goldPath = `${SHARED}eval/dev/gold.jsonl`;
    const gold = readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const pipeline = createPipeline();
    const pred = gold.map((g) => ({ id: g.id, ...pipeline.extract(String(g.text), { fields: ['entities'] }) }) as Record<string, unknown>);
    const ours = evalJsonl(gold, pred);
    const predFile = join(tmpdir(), `kenal-eval-agree-${process.pid}.jsonl`);
    writeFileSync(predFile, `${pred.map((p) => JSON.stringify(p)).join('\n')}\n`);
    const r = spawnSync(process.execPath, [`${SHARED}tools/score.mjs`, goldPath, predFile, '--json'], { encoding: 'utf8' });
    rmSync(predFile);
    const theirs = JSON.parse(r.stdout) as { entities: Record<string, { tp: number; pred: number; gold: number }> };
    for (const l of ['ALL', 'PER', 'ORG', 'LOC']) {
      const { tp, pred: np, gold: ng } = theirs.entities[l]!;
      expect({ label: l, tp: ours[l]!.tp, pred: ours[l]!.pred, gold: ours[l]!.gold }).toEqual({ label: l, tp, pred: np, gold: ng });
    }
  });
});
