// Relation extraction (MEET and STATEMENT, CAMEO-coded): issue #5. This entry point is wired
// into the pipeline; it returns no relations until the extractors land.
import type { Entity, Relation, Segmentation } from '../types.js';

export interface RelationOptions {
  /** Reference date (UTC ms) for resolving relative times, from the publication date or dateline. */
  readonly ref?: number;
}

export function extractRelations(_text: string, _seg: Segmentation, _entities: readonly Entity[], _opts: RelationOptions): Relation[] {
  return [];
}
