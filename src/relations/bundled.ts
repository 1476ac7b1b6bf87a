// The relation models shipped with kenal: lexicons/dist/relation-model.js, written by
// `npm run train:relations` (train/relations-main.ts) from the training set. Decoded once at
// load, frozen, shared; the pipeline passes it to the relation stage unless given another.
import data from '#lexicons/relation-model.js';
import { decodeRelationModel, type EncodedRelationModel, type RelationModel } from './model.js';

export const BUNDLED_RELATION_MODEL: RelationModel = decodeRelationModel(data.model as EncodedRelationModel);
