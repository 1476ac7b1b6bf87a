// Builds lexicons/dist/malay-roots.js: the Sastrawi root-word list (29,933 Malay/Indonesian roots,
// MIT) as shipped inside natural@8.1.1's Indonesian stemmer. The tokenizer uses it to tell a
// clitic from a root that happens to end like one (sekolah, masalah, tanya, walaupun).
// natural stays a build-time dependency: importing it at run time would pull its database
// clients into every user's install, so the list is extracted here once.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordListModule } from './word-list-module.js';

export const ROOTS_SOURCE = 'natural@8.1.1 lib/natural/stemmers/indonesian/data/kata-dasar.json (Sastrawi dictionary, MIT)';

/** The generated module's text: one lower-case root a line inside a string literal. */
export function buildMalayRoots(): { js: string; dts: string } {
  const require = createRequire(import.meta.url);
  const words = require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[];
  const sorted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))].sort();
  return wordListModule('lexicons/roots.ts', ROOTS_SOURCE, sorted, 'Malay/Indonesian root words, lower-case, sorted.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), 'dist');
  mkdirSync(out, { recursive: true });
  const { js, dts } = buildMalayRoots();
  writeFileSync(join(out, 'malay-roots.js'), js);
  writeFileSync(join(out, 'malay-roots.d.ts'), dts);
  console.log(`wrote ${join(out, 'malay-roots.js')}`);
}
