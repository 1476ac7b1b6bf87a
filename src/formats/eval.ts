// Scoring: entity chunks of BIO sequences the way seqeval (default mode, i.e. conlleval)
// reads them, and exact-span entity scoring of JSONL results the way ../shared/tools/score.mjs
// does. Browser-safe: no Node imports.

export interface Counts {
  tp: number;
  pred: number;
  gold: number;
}
export interface Score extends Counts {
  readonly p: number;
  readonly r: number;
  readonly f: number;
}
/** Per label, plus 'ALL' (micro average over every label). */
export type Report = Record<string, Score>;

export function prf(c: Counts): Score {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { ...c, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A chunk: label, first and last token index (inclusive), as seqeval's get_entities returns. */
export type Chunk = readonly [label: string, first: number, last: number];

function split(chunk: string): [tag: string, type: string] {
  const tag = chunk.slice(0, 1);
  const rest = chunk.slice(1);
  const dash = rest.indexOf('-');
  const type = dash >= 0 ? rest.slice(dash + 1) : rest;
  return [tag, type || '_'];
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === 'E' || prevTag === 'S') return true;
  if ((prevTag === 'B' || prevTag === 'I') && (tag === 'B' || tag === 'S' || tag === 'O')) return true;
  return prevTag !== 'O' && prevTag !== '.' && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === 'B' || tag === 'S') return true;
  if ((prevTag === 'E' || prevTag === 'S' || prevTag === 'O') && (tag === 'E' || tag === 'I')) return true;
  return tag !== 'O' && tag !== '.' && prevType !== type;
}

/**
 * seqeval.metrics.sequence_labeling.get_entities: sentences are joined with an 'O' between
 * them, so chunk indices run over the whole sequence. Accepts IOB1, IOB2 and IOBES tags.
 */
export function chunks(sentences: readonly (readonly string[])[]): Chunk[] {
  const seq: string[] = [];
  for (const s of sentences) seq.push(...s, 'O');
  const out: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let begin = 0;
  seq.push('O');
  seq.forEach((chunk, i) => {
    const [tag, type] = split(chunk);
    if (endOfChunk(prevTag, tag, prevType, type)) out.push([prevType, begin, i - 1]);
    if (startOfChunk(prevTag, tag, prevType, type)) begin = i;
    prevTag = tag;
    prevType = type;
  });
  return out;
}

function report(counts: Map<string, Counts>): Report {
  const all: Counts = { tp: 0, pred: 0, gold: 0 };
  const out: Report = {};
  for (const [label, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    out[label] = prf(c);
    all.tp += c.tp;
    all.pred += c.pred;
    all.gold += c.gold;
  }
  out.ALL = prf(all);
  return out;
}

const bump = (m: Map<string, Counts>, label: string, k: keyof Counts): void => {
  let c = m.get(label);
  if (c === undefined) m.set(label, (c = { tp: 0, pred: 0, gold: 0 }));
  c[k]++;
};

/** Entity P/R/F1 per label over aligned tag sequences (seqeval's classification_report, micro average as ALL). */
export function scoreSequences(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Report {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} sentences, prediction ${pred.length}`);
  gold.forEach((g, i) => {
    if (g.length !== pred[i]!.length) throw new Error(`sentence ${i + 1}: gold has ${g.length} tokens, prediction ${pred[i]!.length}`);
  });
  const key = (c: Chunk): string => c.join('\u0001');
  const g = new Set(chunks(gold).map(key));
  const p = new Set(chunks(pred).map(key));
  const counts = new Map<string, Counts>();
  for (const k of g) bump(counts, k.split('\u0001')[0]!, 'gold');
  for (const k of p) {
    const label = k.split('\u0001')[0]!;
    bump(counts, label, 'pred');
    if (g.has(k)) bump(counts, label, 'tp');
  }
  return report(counts);
}

export interface SpanDoc {
  readonly id: string;
  readonly entities: readonly { readonly start: number; readonly end: number; readonly label: string }[];
}

/**
 * Exact span + label, per document as distinct (start, end, label) triples, summed over the
 * gold documents; a document missing from `pred` counts as predicting nothing. Only `labels`
 * are scored (default PER, ORG, LOC), as score.mjs does.
 */
export function scoreSpans(gold: readonly SpanDoc[], pred: readonly SpanDoc[], labels: readonly string[] = ['PER', 'ORG', 'LOC']): Report {
  const byId = new Map(pred.map((d) => [d.id, d]));
  const counts = new Map<string, Counts>(labels.map((l) => [l, { tp: 0, pred: 0, gold: 0 }]));
  const keys = (d: SpanDoc | undefined): Set<string> =>
    new Set((d?.entities ?? []).filter((e) => labels.includes(e.label)).map((e) => `${e.start}:${e.end}:${e.label}`));
  for (const gd of gold) {
    const g = keys(gd);
    const p = keys(byId.get(gd.id));
    for (const k of g) bump(counts, k.slice(k.lastIndexOf(':') + 1), 'gold');
    for (const k of p) {
      const label = k.slice(k.lastIndexOf(':') + 1);
      bump(counts, label, 'pred');
      if (g.has(k)) bump(counts, label, 'tp');
    }
  }
  return report(counts);
}

/** A fixed-width text table of a report, ALL last. */
export function formatReport(r: Report): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const rows = Object.keys(r).filter((l) => l !== 'ALL');
  rows.push('ALL');
  const lines = [
    `${'label'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(7)} ${'pred'.padStart(7)} ${'gold'.padStart(7)}`,
  ];
  for (const l of rows) {
    const s = r[l];
    if (s === undefined) continue;
    lines.push(
      `${l.padEnd(8)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)} ${String(s.tp).padStart(7)} ${String(s.pred).padStart(7)} ${String(s.gold).padStart(7)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
