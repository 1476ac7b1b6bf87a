// The relation models shipped with kenal: lexicons/dist/relation-model.js, written by
// `npm run train` (train/relations-main.ts) from the training set. Decoded on first use (not at
// import: the package has no side effects, and a cold start pays only for what it uses),
// frozen, shared; the pipeline passes it to the relation stage unless given another.
import data from '#lexicons/relation-model.js';
import { decodeRelationModel, type EncodedRelationModel, type RelationModel } from './model.js';

let decoded: RelationModel | undefined;

export function bundledRelationModel(): RelationModel {
  decoded ??= decodeRelationModel(data.model as EncodedRelationModel);
  return decoded;
}
