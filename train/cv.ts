// Cross-validation by article: for each of the 5 folds (gold.ts: foldOf), the entity and relation
// models are trained on the other four and the whole pipeline runs on the fold's articles,
// scored by the shared scorer. Nothing is measured on an article its models saw.
import { decodeModel, encodeModel } from '../src/learn/codec.js';
import { createPipeline, type PipelineOptions } from '../src/pipeline/index.js';
import type { RecogniserResources } from '../src/recognise/index.js';
import { type CorpusWords, withCorpusWords } from '../src/recognise/model.js';
import { decodeRelationModel } from '../src/relations/model.js';
import type { DocumentResult } from '../src/types.js';
import { trainEntityModel } from './entities.js';
import { FOLDS, foldOf, type GoldDoc, isoDate } from './gold.js';
import { trainRelationModels } from './relations.js';
import { type Scores, score } from './score.js';

/** A pipeline's output over gold articles (their text and date only). */
export function run(docs: readonly GoldDoc[], options: PipelineOptions): DocumentResult[] {
  const pipeline = createPipeline(options);
  return docs.map((d) => {
    const date = isoDate(d.date);
    return pipeline.extract(d.text, date !== undefined ? { id: d.id, date } : { id: d.id });
  });
}

export interface FoldScores {
  readonly fold: number;
  readonly train: number;
  readonly test: number;
  readonly scores: Scores;
}

/** The scores of each fold, and of all articles pooled, each scored by the model of its fold. */
export function crossValidate(
  docs: readonly GoldDoc[],
  res: RecogniserResources,
  words: CorpusWords | undefined,
  onFold?: (f: FoldScores) => void,
): { folds: FoldScores[]; pooled: Scores } {
  const folds: FoldScores[] = [];
  const allGold: GoldDoc[] = [];
  const allOut: DocumentResult[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = docs.filter((d) => foldOf(d.id) !== fold);
    const test = docs.filter((d) => foldOf(d.id) === fold);
    // the models as shipped: through the codec, so quantisation is in the score; both trained on the four folds only
    const model = withCorpusWords(decodeModel(encodeModel(trainEntityModel(train, res, words).model), true), words);
    const relationModel = decodeRelationModel(trainRelationModels(train));
    const out = run(test, { entityModel: model, relationModel });
    const f = { fold, train: train.length, test: test.length, scores: score(test, out) };
    folds.push(f);
    allGold.push(...test);
    allOut.push(...out);
    onFold?.(f);
  }
  return { folds, pooled: score(allGold, allOut) };
}
