// User lexicons (--lexicon): read, parsed, and their problems reported on standard error.
import { readFileSync } from 'node:fs';
import { type Lexicon, parseLexicon } from '../lexicon/index.js';
import { decodeUtf8 } from './io.js';

/** The lexicons in `paths`; each problem found in them goes to standard error unless `report` is false. */
export function loadLexicons(paths: readonly string[], report = true): Lexicon[] {
  return paths.map((p) => {
    const format = p.endsWith('.json') ? 'json' : 'tsv';
    const { lexicon, messages } = parseLexicon(decodeUtf8(readFileSync(p), p), format, p);
    if (report) for (const m of messages) process.stderr.write(`kenal: ${m.message}\n`);
    return lexicon;
  });
}
