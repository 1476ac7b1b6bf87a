// The entity model: a linear model over the features of features.ts, with the word clusters its
// cluster features were trained on (absent in a model trained without them). The bundled one
// (lexicons/dist/entity-model.js and word-clusters.js, written by `npm run train`) is decoded on
// first use and shared: it is never changed after decoding.
import { ENTITY_MODEL } from '#lexicons/entity-model.js';
import { WORD_CLUSTERS } from '#lexicons/word-clusters.js';
import { decodeClusters, type WordClusters } from '../learn/clusters.js';
import { decodeModel } from '../learn/codec.js';
import type { LinearModel } from '../learn/linear.js';

export interface EntityModel extends LinearModel {
  /** Word -> cluster, as the model was trained with (src/learn/clusters.ts). */
  readonly clusters?: WordClusters;
}

let decoded: EntityModel | undefined;

export function bundledEntityModel(): EntityModel {
  decoded ??= { ...decodeModel(ENTITY_MODEL, true), clusters: decodeClusters(WORD_CLUSTERS) };
  return decoded;
}
