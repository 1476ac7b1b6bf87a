// The custom-lexicon example: add a user gazetteer (a TSV list of Bruneian officials and a
// body) to kenal at run time, without rebuilding, and show what it changes on a short article.
//
//   npx tsx examples/custom-lexicon/main.ts [LEXICON.tsv|.json] [ARTICLE.txt]
//
// The same from the command line:
//   bin/kenal extract examples/custom-lexicon/berita.txt --lexicon examples/custom-lexicon/brunei-officials.tsv
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPipeline, type Entity, parseLexicon } from '../../src/index.js';

export const LEXICON = fileURLToPath(new URL('brunei-officials.tsv', import.meta.url));
export const ARTICLE = fileURLToPath(new URL('berita.txt', import.meta.url));

export interface Comparison {
  readonly messages: readonly string[];
  readonly before: readonly Entity[];
  readonly after: readonly Entity[];
}

/** Entities of `text` with the bundled lexicon alone, and with the user lexicon merged over it. */
export function compare(lexiconText: string, lexiconName: string, text: string): Comparison {
  const { lexicon, messages } = parseLexicon(lexiconText, lexiconName.endsWith('.json') ? 'json' : 'tsv', lexiconName);
  const before = createPipeline().extract(text, { fields: ['entities'] }).entities;
  const after = createPipeline({ lexicons: [lexicon] }).extract(text, { fields: ['entities'] }).entities;
  return { messages: messages.map((m) => m.message), before, after };
}

const row = (e: Entity | undefined): string =>
  e === undefined ? '-' : `${e.label} ${e.canonical}${e.kb !== undefined ? ` [${e.kb}]` : ''}`;

/** A side-by-side listing of every mention found either way. */
export function describe(c: Comparison): string {
  const key = (e: Entity): string => `${e.start}:${e.end}`;
  const spans = new Map<string, { text: string; start: number }>();
  for (const e of [...c.before, ...c.after]) spans.set(key(e), { text: e.text, start: e.start });
  const lines = c.messages.map((m) => `lexicon: ${m}`);
  const w1 = Math.max(8, ...[...spans.values()].map((s) => s.text.length)) + 2;
  const w2 = Math.max(16, ...c.before.map((e) => row(e).length)) + 2;
  lines.push(`${'mention'.padEnd(w1)}${'bundled lexicon'.padEnd(w2)}with the user lexicon`);
  for (const [k, s] of [...spans].sort((a, b) => a[1].start - b[1].start)) {
    const b = c.before.find((e) => key(e) === k);
    const a = c.after.find((e) => key(e) === k);
    const changed = row(a) !== row(b) ? ' *' : '';
    lines.push(`${s.text.padEnd(w1)}${row(b).padEnd(w2)}${row(a)}${changed}`);
  }
  const linked = c.after.filter((e) => e.kb?.startsWith('demo:')).length;
  lines.push('', `${linked} mentions linked to the user lexicon (* = changed by it)`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [lex = LEXICON, article = ARTICLE] = process.argv.slice(2);
  process.stdout.write(describe(compare(readFileSync(lex, 'utf8'), lex, readFileSync(article, 'utf8'))));
}
