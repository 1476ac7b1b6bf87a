// Builds lexicons/dist/common-words.js: the words that Malaysian news writes in lower case
// when they are not at the start of a sentence, i.e. ordinary words, not names. Counted over
// ../shared/data/corpus/malay_news_my.jsonl (4,631 articles, 2013-2018) leaving out the 15
// articles of the dev evaluation set, so that the dev score does not see its own text. Only
// aggregate facts (which words occur mostly in lower case) are kept, never the text itself.
// The recognisers use it beside the Sastrawi root list, which misses Malaysian spellings
// (kesihatan, suruhanjaya, rasuah, majlis, isteri).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/tokenize/index.js';
import { wordListModule } from './word-list-module.js';

export const CORPUS_SOURCE =
  'lower-case counts over ../shared/data/corpus/malay_news_my.jsonl (mesolitica/malaysian-dataset bahasa/news, commit f6e226fc), dev evaluation articles excluded';

/** Minimum lower-case occurrences, and minimum share of lower-case among non-initial occurrences. */
const MIN_LOWER = 3;
const MIN_SHARE = 0.6;

export function buildCommonWords(sharedDir: string): { js: string; dts: string } | undefined {
  const corpus = join(sharedDir, 'data', 'corpus', 'malay_news_my.jsonl');
  if (!existsSync(corpus)) return undefined;
  const devGold = join(sharedDir, 'eval', 'dev', 'gold.jsonl');
  const exclude = new Set<string>();
  if (existsSync(devGold)) {
    for (const line of readFileSync(devGold, 'utf8').split('\n'))
      if (line.trim()) exclude.add(String((JSON.parse(line) as { id: string }).id));
  }
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const line of readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { id: string; text: string };
    if (exclude.has(String(doc.id))) continue;
    const { tokens, sentences } = segment(doc.text);
    for (const s of sentences) {
      for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
        const t = tokens[k]!;
        if (t.kind !== 'word') continue;
        const key = t.stem ?? t.norm;
        if (key.length < 2 || !/^[a-z][a-z'-]*$/.test(key)) continue;
        const c = t.text.charCodeAt(0);
        const m = c >= 97 && c <= 122 ? lower : upper;
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    }
  }
  const words = [...lower.entries()]
    .filter(([w, n]) => n >= MIN_LOWER && n / (n + (upper.get(w) ?? 0)) >= MIN_SHARE)
    .map(([w]) => w)
    .sort();
  return wordListModule('lexicons/common-words.ts', CORPUS_SOURCE, words, 'Words written mostly in lower case in Malaysian news, sorted.');
}
