// The news-corpus example: run kenal over a JSONL corpus (the embedded demo by default) with
// the CLI (progress bar and summary on standard error), then count what it found and draw it.
//
//   npx tsx examples/news-corpus/main.ts [CORPUS.jsonl] [--workers N] [--out DIR]
//
// Writes to DIR (default examples/news-corpus/out/, not committed): results.jsonl (kenal's
// output), top-entities.tsv, met.tsv (who met whom), criticised.tsv (who criticised whom),
// mentions.svg (most mentioned people and organisations), meetings.svg (meeting network) and
// report.html (all of it on one self-contained page).
//
// It counts each document's canonical names as they are: the same person written "S. Subramaniam"
// in one article and "S Subramaniam" in another is two rows here. `kenal corpus results.jsonl
// --out DIR` merges such names across documents (spellings, honorifics, short forms; see the
// README, "From a corpus to tables") into entities.csv.
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentResult, Entity, Span } from '../../src/index.js';
import { barChartSvg, type Edge, networkSvg } from './charts.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/kenal', import.meta.url));
export const DEMO_CORPUS = join(HERE, 'demo.jsonl');

export interface Options {
  readonly corpus?: string;
  readonly out?: string;
  readonly workers?: number;
  /** Pass --quiet to kenal (no progress bar, no summary). */
  readonly quiet?: boolean;
  readonly top?: number;
}

export interface Counts {
  documents: number;
  errors: number;
  /** label -> canonical -> { mentions, documents, kb } */
  readonly entities: Map<string, Map<string, { mentions: number; documents: number; kb?: string }>>;
  /** "a\u0000b" (a < b) -> documents */
  readonly met: Map<string, number>;
  /** "speaker\u0000target\u0000act" -> documents */
  readonly criticised: Map<string, number>;
}

const CRITICAL_ACTS = new Set(['CRITICISE', 'ACCUSE']);

/** The entity a relation argument names: the one with that span, or the one overlapping it most. */
function nameOf(entities: readonly Entity[], s: Span | undefined): string | undefined {
  if (s === undefined) return undefined;
  let best: Entity | undefined;
  let bestOv = 0;
  for (const e of entities) {
    const ov = Math.min(e.end, s.end) - Math.max(e.start, s.start);
    if (ov > bestOv) [best, bestOv] = [e, ov];
  }
  return best?.canonical ?? s.text;
}

export function emptyCounts(): Counts {
  return { documents: 0, errors: 0, entities: new Map(), met: new Map(), criticised: new Map() };
}

/** Adds one result record to the counts (each pair or edge counts once per document). */
export function addResult(c: Counts, rec: DocumentResult & { error?: unknown }): void {
  c.documents++;
  if (rec.error !== undefined) {
    c.errors++;
    return;
  }
  const seen = new Set<string>();
  for (const e of rec.entities) {
    let byName = c.entities.get(e.label);
    if (!byName) c.entities.set(e.label, (byName = new Map()));
    const row = byName.get(e.canonical) ?? { mentions: 0, documents: 0 };
    row.mentions++;
    if (!seen.has(`${e.label}\u0000${e.canonical}`)) row.documents++;
    seen.add(`${e.label}\u0000${e.canonical}`);
    if (e.kb !== undefined) row.kb = e.kb;
    byName.set(e.canonical, row);
  }
  const met = new Set<string>();
  const crit = new Set<string>();
  for (const r of rec.relations) {
    if (r.type === 'MEET') {
      const names = [...new Set(r.participants.map((p) => nameOf(rec.entities, p)).filter((n): n is string => n !== undefined))].sort();
      for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) met.add(`${names[i]}\u0000${names[j]}`);
    } else if (CRITICAL_ACTS.has(r.act) && r.target !== undefined) {
      const a = nameOf(rec.entities, r.speaker);
      const b = nameOf(rec.entities, r.target);
      if (a !== undefined && b !== undefined && a !== b) crit.add(`${a}\u0000${b}\u0000${r.act}`);
    }
  }
  for (const k of met) c.met.set(k, (c.met.get(k) ?? 0) + 1);
  for (const k of crit) c.criticised.set(k, (c.criticised.get(k) ?? 0) + 1);
}

const byCount = <T>(m: Map<string, T>, v: (x: T) => number): [string, T][] =>
  [...m].sort((a, b) => v(b[1]) - v(a[1]) || a[0].localeCompare(b[0]));

/** The tables and pictures, as file name -> content. */
export function report(c: Counts, top = 15): Record<string, string> {
  const files: Record<string, string> = {};
  let tsv = 'label\trank\tcanonical\tkb\tmentions\tdocuments\n';
  for (const label of ['PER', 'ORG', 'LOC']) {
    byCount(c.entities.get(label) ?? new Map(), (x) => x.mentions)
      .slice(0, 50)
      .forEach(([name, x], i) => {
        tsv += `${label}\t${i + 1}\t${name}\t${x.kb ?? ''}\t${x.mentions}\t${x.documents}\n`;
      });
  }
  files['top-entities.tsv'] = tsv;
  const edges: Edge[] = byCount(c.met, (x) => x).map(([k, w]) => {
    const [a, b] = k.split('\u0000') as [string, string];
    return { a, b, weight: w };
  });
  files['met.tsv'] = `a\tb\tdocuments\n${edges.map((e) => `${e.a}\t${e.b}\t${e.weight}\n`).join('')}`;
  files['criticised.tsv'] =
    'speaker\ttarget\tact\tdocuments\n' +
    byCount(c.criticised, (x) => x)
      .map(([k, w]) => `${k.split('\u0000').join('\t')}\t${w}\n`)
      .join('');
  const bars = (label: string) =>
    byCount(c.entities.get(label) ?? new Map(), (x) => x.mentions)
      .slice(0, top)
      .map(([name, x]) => ({ label: name, value: x.mentions }));
  files['mentions.svg'] = barChartSvg(`Most mentioned, ${c.documents} documents`, [
    { title: 'People (mentions)', color: '#9b87f5', bars: bars('PER') },
    { title: 'Organisations (mentions)', color: '#3bbfbf', bars: bars('ORG') },
  ]);
  // the network of the most connected people: at most 40 nodes, so that labels stay readable
  const degree = new Map<string, number>();
  for (const e of edges) for (const n of [e.a, e.b]) degree.set(n, (degree.get(n) ?? 0) + e.weight);
  const keep = new Set(
    byCount(degree, (x) => x)
      .slice(0, 40)
      .map(([n]) => n),
  );
  const shown = edges.filter((e) => keep.has(e.a) && keep.has(e.b));
  const labelOf = new Map<string, string>();
  for (const label of ['LOC', 'ORG', 'PER']) for (const name of c.entities.get(label)?.keys() ?? []) labelOf.set(name, label);
  const colour = (n: string): string => ({ PER: '#9b87f5', ORG: '#3bbfbf', LOC: '#f5a04a' })[labelOf.get(n) ?? 'PER'] ?? '#9b87f5';
  files['meetings.svg'] = networkSvg(
    'Who met whom',
    `${shown.length} of ${edges.length} meeting pairs among the ${keep.size} most connected participants; line width = documents; purple person, teal organisation, orange place`,
    shown,
    colour,
  );
  files['report.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>kenal: news corpus</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border-top:1px solid #eee;padding:.2em .6em;text-align:left}</style></head><body>
<h1>kenal over ${c.documents} documents (${c.errors} errors)</h1>
${files['mentions.svg']}
${files['meetings.svg']}
<h2>Who criticised whom</h2>
<table><tr><th>speaker</th><th>target</th><th>act</th><th>documents</th></tr>
${byCount(c.criticised, (x) => x)
  .slice(0, 50)
  .map(
    ([k, w]) =>
      `<tr>${k
        .split('\u0000')
        .map((x) => `<td>${x.replace(/[&<>]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</td>`)
        .join('')}<td>${w}</td></tr>`,
  )
  .join('\n')}
</table></body></html>
`;
  return files;
}

/** kenal extract over the corpus into DIR/results.jsonl; resolves with kenal's exit code. */
function extract(corpus: string, results: string, workers: number, quiet: boolean): Promise<number> {
  const args = [BIN, 'extract', corpus, '--out', results, '--workers', String(workers), '--fields', 'entities,relations'];
  if (quiet) args.push('--quiet');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 70));
  });
}

export async function run(o: Options = {}): Promise<{ out: string; counts: Counts; exitCode: number }> {
  const corpus = o.corpus ?? DEMO_CORPUS;
  const out = o.out ?? join(HERE, 'out');
  mkdirSync(out, { recursive: true });
  const results = join(out, 'results.jsonl');
  const exitCode = await extract(corpus, results, o.workers ?? 1, o.quiet ?? false);
  if (exitCode > 1) throw new Error(`kenal extract failed with exit code ${exitCode}`);
  const counts = emptyCounts();
  for await (const line of createInterface({ input: createReadStream(results), crlfDelay: Infinity })) {
    if (line.trim()) addResult(counts, JSON.parse(line) as DocumentResult & { error?: unknown });
  }
  for (const [name, content] of Object.entries(report(counts, o.top))) writeFileSync(join(out, name), content);
  return { out, counts, exitCode };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const workers = opt('--workers');
  const out = opt('--out');
  const { counts, exitCode } = await run({
    ...(args[0] !== undefined ? { corpus: args[0] } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(workers !== undefined ? { workers: Number(workers) } : {}),
  });
  const dir = out ?? 'examples/news-corpus/out';
  const topOf = (label: string): string =>
    byCount(counts.entities.get(label) ?? new Map(), (x) => x.mentions)
      .slice(0, 5)
      .map(([n, x]) => `${n} (${x.mentions})`)
      .join(', ');
  process.stdout.write(
    `\n${counts.documents} documents, ${counts.errors} errors\n` +
      `top PER: ${topOf('PER')}\ntop ORG: ${topOf('ORG')}\ntop LOC: ${topOf('LOC')}\n` +
      `meeting pairs: ${counts.met.size}, criticism edges: ${counts.criticised.size}\n` +
      `wrote ${dir}/{results.jsonl, top-entities.tsv, met.tsv, criticised.tsv, mentions.svg, meetings.svg, report.html}\n`,
  );
  process.exitCode = exitCode;
}
