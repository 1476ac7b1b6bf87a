// CoNLL-2003-style BIO: one "token<TAB>tag" line per token, a blank line after each sentence,
// "-DOCSTART-<TAB>O" and a blank line before each document. Tags are IOB2 (B-PER, I-PER, O).
// Browser-safe: no Node imports.
import type { Entity, Span } from '../types.js';

export interface ConllToken {
  readonly text: string;
  readonly tag: string;
}
export type ConllSentence = readonly ConllToken[];
export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

export const DOCSTART = '-DOCSTART-\tO';

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Tokens split further at whitespace (a CoNLL token has none), or the text split at whitespace when no tokens are given. */
function pieces(text: string, tokens: readonly Span[] | undefined): Piece[] {
  const out: Piece[] = [];
  const split = (s: number, e: number): void => {
    const re = /\S+/gu;
    const part = text.slice(s, e);
    for (let m = re.exec(part); m !== null; m = re.exec(part)) out.push({ start: s + m.index, end: s + m.index + m[0].length, text: m[0] });
  };
  if (tokens === undefined) split(0, text.length);
  else for (const t of tokens) split(t.start, t.end);
  return out;
}

/**
 * BIO-tag one document. `tokens` and `sentences` come from extract() with fields
 * tokens and sentences; without them the text is split at whitespace into one sentence.
 * A token that overlaps an entity gets its label: B- on the entity's first token, I- after.
 */
export function tagDocument(
  text: string,
  entities: readonly Pick<Entity, 'start' | 'end' | 'label'>[],
  tokens?: readonly Span[],
  sentences?: readonly Span[],
): ConllDocument {
  const ps = pieces(text, tokens);
  const tags: string[] = ps.map(() => 'O');
  const ents = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  let k = 0;
  for (const e of ents) {
    while (k < ps.length && ps[k]!.end <= e.start) k++;
    let first = true;
    for (let j = k; j < ps.length && ps[j]!.start < e.end; j++) {
      if (tags[j] !== 'O') continue;
      tags[j] = `${first ? 'B' : 'I'}-${e.label}`;
      first = false;
    }
  }
  const bounds = sentences && sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
  const out: ConllToken[][] = [];
  let j = 0;
  for (const s of bounds) {
    const sent: ConllToken[] = [];
    while (j < ps.length && ps[j]!.start < s.end) {
      sent.push({ text: ps[j]!.text, tag: tags[j]! });
      j++;
    }
    if (sent.length > 0) out.push(sent);
  }
  if (j < ps.length) out.push(ps.slice(j).map((p, i) => ({ text: p.text, tag: tags[j + i]! })));
  return { sentences: out };
}

/** The CoNLL text of one document, DOCSTART line included. */
export function writeConll(doc: ConllDocument): string {
  let s = `${DOCSTART}\n\n`;
  for (const sent of doc.sentences) {
    for (const t of sent) s += `${t.text}\t${t.tag}\n`;
    s += '\n';
  }
  return s;
}

/**
 * Read CoNLL: the first column is the token, the last the tag (so 4-column CoNLL-2003 files
 * and 2-column token/tag files both read); blank lines end sentences; -DOCSTART- lines start
 * documents (a file without them is one document).
 */
export function parseConll(input: string): ConllDocument[] {
  const docs: ConllSentence[][] = [];
  let cur: ConllSentence[] | undefined;
  let sent: ConllToken[] = [];
  const endSentence = (): void => {
    if (sent.length === 0) return;
    if (cur === undefined) docs.push((cur = []));
    cur.push(sent);
    sent = [];
  };
  for (const raw of input.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((cur = []));
      continue;
    }
    sent.push({ text: cols[0]!, tag: cols.length > 1 ? cols[cols.length - 1]! : 'O' });
  }
  endSentence();
  return docs.map((sentences) => ({ sentences }));
}
