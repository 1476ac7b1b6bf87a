// npm run bench:tokenize: tokens/s and MB/s of kenal's tokenizer against wink-tokenizer,
// natural's WordPunctTokenizer and Indonesian AggressiveTokenizer, and a bare regex scan with
// offsets (the practical ceiling), on the Malaysian news corpus in ../shared, in one run:
// warm-up first, then the median of several timed passes. Also counts, for each tokenizer,
// how many Malay phenomena it keeps whole (RM1.5, kanak-kanak, Sdn. Bhd., a/l ...).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { segment, tokenize } from '../src/tokenize/index.js';

const require = createRequire(import.meta.url);
// Deep imports only: natural's index loads dotenv, database clients and prints to stdout.
const { WordPunctTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
  WordPunctTokenizer: new () => { tokenize(s: string): string[] };
};
const AggressiveTokenizerId = require('natural/lib/natural/tokenizers/aggressive_tokenizer_id.js') as new () => {
  tokenize(s: string): string[];
};
const winkTokenizer = require('wink-tokenizer') as () => { tokenize(s: string): Array<{ value: string; tag: string }> };

const corpusPath = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/corpus/malay_news_my.jsonl', import.meta.url));
if (!existsSync(corpusPath)) {
  console.error(`bench:tokenize: corpus not found at ${corpusPath} (give a JSONL file with a "text" field as the argument)`);
  process.exit(2);
}
const docs: string[] = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const chars = docs.reduce((n, d) => n + d.length, 0);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

const wink = winkTokenizer();
const wordPunct = new WordPunctTokenizer();
const aggressiveId = new AggressiveTokenizerId();
const BARE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

type Run = (text: string) => number;
const contenders: Array<[string, Run]> = [
  // tokenize(): every token with offsets, kinds (units included), norms, clitics and
  // reduplication, without the sentence pass; segment() adds the sentences
  ['kenal tokenize (tokens)', (t) => tokenize(t).length],
  ['kenal segment (tokens+units+sentences)', (t) => segment(t).tokens.length],
  ['wink-tokenizer', (t) => wink.tokenize(t).length],
  ['natural WordPunctTokenizer', (t) => wordPunct.tokenize(t).length],
  ['natural AggressiveTokenizerId', (t) => aggressiveId.tokenize(t).length],
  [
    'bare regex matchAll with offsets',
    (t) => {
      let n = 0;
      for (const m of t.matchAll(BARE)) n += m.index >= 0 ? 1 : 0;
      return n;
    },
  ],
];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Row {
  name: string;
  tokens: number;
  ms: number;
  tokPerS: number;
  mbPerS: number;
}
const rows: Row[] = [];
for (const [name, run] of contenders) {
  let tokens = 0;
  for (const d of docs.slice(0, 300)) run(d); // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    tokens = 0;
    const t0 = performance.now();
    for (const d of docs) tokens += run(d);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  rows.push({ name, tokens, ms, tokPerS: tokens / (ms / 1000), mbPerS: bytes / 1e6 / (ms / 1000) });
}

// Malay phenomena each tokenizer should keep as one token
const cases = [
  'RM1.5',
  'B$50',
  'kanak-kanak',
  'kedua-dua',
  'ke-14',
  'Sdn.',
  'Bhd.',
  'Dr.',
  'Y.A.B.',
  'a/l',
  'Okt.',
  'P.123',
  '1,000',
  '3.5%',
  'Al-Sultan',
];
const probe = (words: string[]) => cases.filter((c) => words.includes(c)).length;
const sample =
  'Dr. Ali a/l Abu dari Maju Sdn. Bhd. di P.123 bersama kanak-kanak dan kedua-dua Y.A.B. yang ke-14 pada 11 Okt. bayar RM1.5 dan B$50 naik 3.5% iaitu 1,000 orang Al-Sultan.';
const whole: Record<string, number> = {
  'kenal tokenize (tokens)': probe(tokenize(sample).map((t) => t.text)),
  'kenal segment (tokens+units+sentences)': probe(segment(sample).tokens.map((t) => t.text)),
  'wink-tokenizer': probe(wink.tokenize(sample).map((t) => t.value)),
  'natural WordPunctTokenizer': probe(wordPunct.tokenize(sample)),
  'natural AggressiveTokenizerId': probe(aggressiveId.tokenize(sample)),
  'bare regex matchAll with offsets': probe([...sample.matchAll(BARE)].map((m) => m[0])),
};

const wk = rows.find((r) => r.name === 'wink-tokenizer')!;
console.log(
  `corpus: ${docs.length} documents, ${(chars / 1e6).toFixed(1)} M characters, ${(bytes / 1e6).toFixed(1)} MB; median of ${RUNS} runs\n`,
);
console.log(`| tokenizer | tokens | ms | tokens/s | MB/s | x wink | Malay cases whole (of ${cases.length}) |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.tokens.toLocaleString('en')} | ${r.ms.toFixed(0)} | ${Math.round(r.tokPerS).toLocaleString('en')} | ${r.mbPerS.toFixed(1)} | ${(r.tokPerS / wk.tokPerS).toFixed(2)} | ${whole[r.name]} |`,
  );
}
