// `npm run eval:cv`: 5 folds by article over ../shared/eval/train (cv.ts), each scored by
// ../shared/tools/score.mjs on articles its model did not see: P/R/F1 per label and per fold,
// relations per fold; then the dev and seed scores of the committed model (trained on all of
// train, never on dev or seed). `--rules` adds the recognisers' own choice (no model) as a baseline.
import { bundledCorpusWords } from '../src/recognise/model.js';
import { recogniserResources } from './entities.js';
import { readGold, SHARED, TRAIN_GOLD } from './gold.js';
import type { Prf, Scores } from './score.js';
import { score } from './score.js';

const { crossValidate, run } = await import('./cv.js');
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const prf = (s: Prf): string => `P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f)}`;

function table(name: string, s: Scores): void {
  console.log(`${name}`);
  for (const l of ['ALL', 'PER', 'ORG', 'LOC'] as const)
    console.log(
      `  entities ${l.padEnd(4)} ${prf(s.entities[l])}  (tp ${s.entities[l].tp}, pred ${s.entities[l].pred}, gold ${s.entities[l].gold})`,
    );
  console.log(`  MEET strict      ${prf(s.relations.MEET.strict)}   lenient ${prf(s.relations.MEET.lenient)}`);
  console.log(`  STATEMENT strict ${prf(s.relations.STATEMENT.strict)}   speaker-only ${prf(s.relations.STATEMENT.lenient)}`);
}

const { docs } = readGold(TRAIN_GOLD);
const res = recogniserResources();
// the committed corpus word tables: from unlabelled text, the same for every fold
const words = bundledCorpusWords();
const t0 = Date.now();
const { folds, pooled } = crossValidate(docs, res, words, (f) =>
  table(`fold ${f.fold} (${f.test} articles, trained on ${f.train})`, f.scores),
);
table(`all ${docs.length} articles, each scored by the model of its fold`, pooled);
console.log(
  `per-fold entity F1: ${folds.map((f) => f.scores.entities.ALL.f.toFixed(3)).join(' ')}; mean ${(folds.reduce((a, f) => a + f.scores.entities.ALL.f, 0) / folds.length).toFixed(3)}`,
);
if (process.argv.includes('--rules'))
  table('rules only (no models), all of train', score(docs, run(docs, { entityModel: null, relationModel: null })));
for (const set of ['dev', 'seed']) {
  const gold = readGold(`${SHARED}eval/${set}/gold.jsonl`).docs;
  table(`${set} (${gold.length} articles), the committed model`, score(gold, run(gold, {})));
}
console.error(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
