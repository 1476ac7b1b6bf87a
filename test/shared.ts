// Paths to the read-only material beside the project (../shared). Tests that need it are
// skipped, with the reason in their name, when the project is checked out without it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
export const SEED = `${SHARED}seed/seed.txt`;
export const CORPUS = `${SHARED}data/corpus/malay_news_my.jsonl`;
export const hasShared = existsSync(SEED);
