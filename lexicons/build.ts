// npm run lexicons: rebuild lexicons/dist from lexicons/src, pinned packages and the shared
// raw sources. Fails (exit 1) on any invalid row.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommonWords } from './common-words.js';
import { buildLexicons } from './compile.js';
import { buildEnglishWords } from './english-words.js';
import { buildMalayRoots } from './roots.js';
import { LEXICONS_DIR, ROOT, readSources } from './sources.js';
import { buildTriggers } from './triggers.js';

const out = process.argv[2] ?? join(LEXICONS_DIR, 'dist');
const result = buildLexicons(readSources());
if (result.errors.length > 0) {
  for (const e of result.errors) process.stderr.write(`${e.code} ${e.message}\n`);
  process.stderr.write(`${result.errors.length} error(s); lexicons/dist not written\n`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
// Only our own files are written; anything else in dist is left alone.
for (const [name, contents] of Object.entries(result.files)) writeFileSync(join(out, name), contents);
// the root-word list the tokenizer uses to tell clitics from word endings
const roots = buildMalayRoots();
writeFileSync(join(out, 'malay-roots.js'), roots.js);
writeFileSync(join(out, 'malay-roots.d.ts'), roots.dts);
// the relation extractor's triggers and word classes (lexicons/src/relations)
const triggers = buildTriggers();
writeFileSync(join(out, 'triggers.js'), triggers.js);
writeFileSync(join(out, 'triggers.d.ts'), triggers.dts);
// common English words, to tell English names of bodies from persons' names
const english = buildEnglishWords();
writeFileSync(join(out, 'english-words.js'), english.js);
writeFileSync(join(out, 'english-words.d.ts'), english.dts);
// ordinary words by their lower-case use in the news corpus (needs ../shared; kept as is without it)
const common = buildCommonWords(join(ROOT, '..', 'shared'));
if (common) {
  writeFileSync(join(out, 'common-words.js'), common.js);
  writeFileSync(join(out, 'common-words.d.ts'), common.dts);
} else process.stderr.write('common-words: ../shared/data/corpus not found; lexicons/dist/common-words.js left as it was\n');
const manifest = JSON.parse(result.files['manifest.json'] ?? '{}') as { version: string; counts: { byLabel: unknown; entries: number } };
process.stdout.write(
  `lexicons ${manifest.version}: ${manifest.counts.entries} entries ${JSON.stringify(manifest.counts.byLabel)} -> ${out}\n`,
);
