// Entity scores when the dev set's texts are lower-cased or upper-cased (offsets unchanged).
// A measurement, not a test (the dev set lives outside the repository):
//   npx tsx test/robustness/case-recall.ts [GOLD.jsonl] [score.mjs]
// Scores each variant with the shared scorer when it exists (exact span + label, micro P/R/F1),
// else with the same exact-span logic here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPipeline } from '../../src/index.js';

const GOLD = process.argv[2] ?? '/work/shared/eval/dev/gold.jsonl';
const SCORER = process.argv[3] ?? '/work/shared/tools/score.mjs';

interface GoldDoc {
  id: string;
  text: string;
  date?: string;
  entities: { start: number; end: number; label: string }[];
}

const gold = readFileSync(GOLD, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldDoc);
const pipeline = createPipeline();
const dir = mkdtempSync(join(tmpdir(), 'kenal-case-'));

/** Same length or the original: a case change that moves offsets (rare: ß -> SS) is not applied. */
const recase = (s: string, f: (x: string) => string): string => {
  const out = [...s].map((c) => (f(c).length === c.length ? f(c) : c)).join('');
  return out.length === s.length ? out : s;
};

const VARIANTS: [string, (s: string) => string][] = [
  ['as written', (s) => s],
  ['lower-cased', (s) => recase(s, (c) => c.toLowerCase())],
  ['upper-cased', (s) => recase(s, (c) => c.toUpperCase())],
];

function ownScore(
  pred: readonly { id: string; entities: readonly { start: number; end: number; label: string }[] }[],
): Record<string, number> {
  let tp = 0,
    np = 0,
    ng = 0;
  for (const [i, g] of gold.entries()) {
    const gs = new Set(g.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    const ps = new Set(pred[i]!.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    ng += gs.size;
    np += ps.size;
    for (const k of ps) if (gs.has(k)) tp++;
  }
  const p = np ? tp / np : 0,
    r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, pred: np, gold: ng };
}

try {
  for (const [name, f] of VARIANTS) {
    const docs = gold.map((g) => ({ ...g, text: f(g.text) }));
    const pred = docs.map((d) => ({
      id: d.id,
      entities: pipeline.extract(d.text, d.date ? { date: d.date } : {}).entities,
      relations: [],
    }));
    const goldFile = join(dir, 'gold.jsonl');
    const predFile = join(dir, 'pred.jsonl');
    writeFileSync(goldFile, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    writeFileSync(predFile, `${pred.map((d) => JSON.stringify(d)).join('\n')}\n`);
    let s: Record<string, Record<string, number>>;
    if (existsSync(SCORER)) {
      const out = JSON.parse(execFileSync(process.execPath, [SCORER, goldFile, predFile, '--json'], { encoding: 'utf8' })) as {
        entities: Record<string, Record<string, number>>;
      };
      s = out.entities;
    } else s = { ALL: ownScore(pred) };
    const pct = (x: number | undefined): string => (100 * (x ?? 0)).toFixed(1).padStart(5);
    const row = (l: string): string =>
      `${l} P ${pct(s[l]?.p)} R ${pct(s[l]?.r)} F1 ${pct(s[l]?.f)} (tp ${s[l]?.tp}, pred ${s[l]?.pred}, gold ${s[l]?.gold})`;
    console.log(
      `${name.padEnd(12)} ${['ALL', 'PER', 'ORG', 'LOC']
        .filter((l) => s[l])
        .map(row)
        .join('\n             ')}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
