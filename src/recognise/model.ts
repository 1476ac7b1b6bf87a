// The entity model: a linear model over the features of features.ts, with the word tables from
// the unlabelled corpus its features were trained on (absent in a model trained without them):
// word clusters and the rules' usual label of each capitalised word. The bundled one
// (lexicons/dist/entity-model.js, word-clusters.js and corpus-labels.js, written by
// `npm run train`) is decoded on first use and shared: it is never changed after decoding.

import { CORPUS_LABELS } from '#lexicons/corpus-labels.js';
import { ENTITY_MODEL } from '#lexicons/entity-model.js';
import { WORD_CLUSTERS } from '#lexicons/word-clusters.js';
import { lazyClusters, type WordClusters } from '../learn/clusters.js';
import { decodeModel } from '../learn/codec.js';
import type { LinearModel } from '../learn/linear.js';

/** Word tables learnt from unlabelled news, read by the tagger's features. */
export interface CorpusWords {
  /** Word -> cluster (train/clusters.ts). */
  readonly clusters?: WordClusters;
  /** Capitalised word -> the rules' usual label across the corpus and how clearly, as label * 4 + band (train/corpus-labels.ts). */
  readonly corpusLabels?: WordClusters;
}

export interface EntityModel extends LinearModel, CorpusWords {}

let decoded: EntityModel | undefined;

export function bundledEntityModel(): EntityModel {
  decoded ??= { ...decodeModel(ENTITY_MODEL, true), ...bundledCorpusWords() };
  return decoded;
}

let words: Required<CorpusWords> | undefined;

/** The corpus word tables the bundled model was trained with. */
export function bundledCorpusWords(): Required<CorpusWords> {
  // searched in place until a corpus has asked often (lazyClusters): a cold start fills no Map of 25,000 words
  words ??= { clusters: lazyClusters(WORD_CLUSTERS), corpusLabels: lazyClusters(CORPUS_LABELS) };
  return words;
}

/** A model with the corpus word tables it was trained with. */
export function withCorpusWords(model: LinearModel, w: CorpusWords | undefined): EntityModel {
  if (!w) return model;
  const out: { -readonly [K in keyof EntityModel]: EntityModel[K] } = { ...model };
  if (w.clusters) out.clusters = w.clusters;
  if (w.corpusLabels) out.corpusLabels = w.corpusLabels;
  return out;
}
