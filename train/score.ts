// Scoring by the shared scorer (../shared/tools/score.mjs), never by a copy of it: gold and
// output are written to a temporary folder and the scorer's --json result read back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentResult } from '../src/types.js';
import { type GoldDoc, SHARED } from './gold.js';

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
  readonly tp: number;
  readonly pred: number;
  readonly gold: number;
}
export interface Scores {
  readonly documents: number;
  readonly entities: Record<'ALL' | 'PER' | 'ORG' | 'LOC', Prf>;
  readonly relations: Record<'MEET' | 'STATEMENT', { strict: Prf; lenient: Prf }>;
}

export function score(gold: readonly GoldDoc[], output: readonly DocumentResult[]): Scores {
  const dir = mkdtempSync(join(tmpdir(), 'kenal-score-'));
  try {
    const g = join(dir, 'gold.jsonl');
    const o = join(dir, 'out.jsonl');
    writeFileSync(g, `${gold.map((d) => JSON.stringify(d)).join('\n')}\n`);
    writeFileSync(o, `${output.map((d) => JSON.stringify(d)).join('\n')}\n`);
    const json = execFileSync(process.execPath, [`${SHARED}tools/score.mjs`, g, o, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    return JSON.parse(json) as Scores;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
