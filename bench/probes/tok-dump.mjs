// Dumps tokenize() and segment() of every corpus text, one JSON line each, for byte-for-byte
// comparison of two builds: node bench/probes/tok-dump.mjs DIST_DIR OUT_PREFIX [CORPUS]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist = 'dist', out = '/tmp/tok', corpus = '../shared/data/corpus/malay_news_my.jsonl'] = process.argv.slice(2);
const { tokenize, segment } = await import(pathToFileURL(resolve(dist, 'kenal.js')).href);
const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
writeFileSync(`${out}-tokens.jsonl`, `${texts.map((t) => JSON.stringify(tokenize(t))).join('\n')}\n`);
writeFileSync(`${out}-segment.jsonl`, `${texts.map((t) => JSON.stringify(segment(t))).join('\n')}\n`);
console.log(`${texts.length} texts dumped to ${out}-tokens.jsonl and ${out}-segment.jsonl`);
