// The bundled entity model (lexicons/dist/entity-model.js, written by `npm run train`), decoded
// on first use and shared: it is never changed after decoding.
import { ENTITY_MODEL } from '#lexicons/entity-model.js';
import { decodeModel } from '../learn/codec.js';
import type { LinearModel } from '../learn/linear.js';

let decoded: LinearModel | undefined;

export function bundledEntityModel(): LinearModel {
  decoded ??= decodeModel(ENTITY_MODEL, true);
  return decoded;
}
