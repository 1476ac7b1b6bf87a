// The annotated articles `npm run train` and `npm run eval:cv` learn from and score on
// (../shared/eval/train/gold.jsonl, see ../shared/eval/README.md), read at build time only:
// no article text is ever written into the project. Folds are by article, fixed by the id.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashText } from '../src/learn/hash.js';
import type { EntityLabel } from '../src/types.js';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const TRAIN_GOLD = `${SHARED}eval/train/gold.jsonl`;

export interface GoldEntity {
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
  readonly canonical?: string;
}

export interface GoldDoc {
  readonly id: string;
  readonly date?: string;
  readonly text: string;
  readonly entities: readonly GoldEntity[];
  readonly relations: readonly Record<string, unknown>[];
}

export function readGold(path: string): { docs: GoldDoc[]; sha256: string } {
  const raw = readFileSync(path, 'utf8');
  const docs = raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
  return { docs, sha256: createHash('sha256').update(raw).digest('hex') };
}

export const FOLDS = 5;
/** The cross-validation fold of an article: fixed by its id, so every model and every run agree. */
export const foldOf = (id: string): number => hashText(id) % FOLDS;

/** A gold date (MM-DD-YYYY, as the corpus writes them, or YYYY-MM-DD) as YYYY-MM-DD, or undefined. */
export function isoDate(d: string | undefined): string | undefined {
  if (d === undefined) return undefined;
  const us = /^(\d{2})-(\d{2})-(\d{4})$/.exec(d);
  if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}
