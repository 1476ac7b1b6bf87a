// A short form a text defines in brackets after a name is that body's name wherever else the text
// writes it: "Majlis Belia Malaysia (MBM) ... kata MBM" -> ORG each time. The model, deciding
// token by token, takes an unseen acronym after its definition but often leaves its later bare
// uses ("MBM mendakwa ...") for want of context. A short form counts as defined when a mention
// of it sits in brackets straight after a decided name of the same label, "(" and ")" touching it;
// each other place the text writes the same token run, standing alone (no letter, digit or
// hyphen joined to it) and covered by no mention, is added with that label.

import { firstCodeUnit, type TokenColumns } from '../tokenize/columns.js';
import type { EntityLabel } from '../types.js';
import type { Mention, MentionFor } from './mention.js';

/** Marks a standing-alone word may touch: "(MBM)", "MBM.", "“MBM”" (not AS$5, MBM-nya, xMBM). */
const OPENING: ReadonlySet<string> = new Set(['(', '"', "'", '\u201c', '\u2018']);
const CLOSING: ReadonlySet<string> = new Set([')', '.', ',', ';', ':', '!', '?', '"', "'", '\u201d', '\u2019']);

interface ShortForm {
  readonly texts: readonly string[];
  readonly label: EntityLabel;
  readonly score: number;
}

/** Mention i is a short form in brackets straight after mention i-1 of the same label. */
function definedAt(cols: TokenColumns, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  const open = m.tokenStart - 1;
  const close = m.tokenEnd;
  return (
    prev !== undefined &&
    prev.label === m.label &&
    prev.tokenEnd === m.tokenStart - 1 &&
    cols.texts[open] === '(' &&
    cols.texts[close] === ')' &&
    cols.ends[open] === m.start &&
    cols.starts[close] === m.end
  );
}

/** The short form's tokens match at k, written as one word (touching tokens), standing alone. */
function matchesAt(cols: TokenColumns, k: number, f: ShortForm): boolean {
  const n = f.texts.length;
  if (k + n > cols.size) return false;
  for (let j = 0; j < n; j++) {
    if (cols.texts[k + j]! !== f.texts[j]) return false;
    if (j > 0 && cols.starts[k + j]! !== cols.ends[k + j - 1]!) return false;
  }
  const before = k - 1;
  const after = k + n;
  if (before >= 0 && cols.ends[before] === cols.starts[k]! && !OPENING.has(cols.texts[before]!)) return false;
  return !(after < cols.size && cols.starts[after] === cols.ends[k + n - 1]! && !CLOSING.has(cols.texts[after]!));
}

/** The mentions, in text order, with the bare repeats of bracket-defined short forms added. */
export function withShortFormRepeats(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  const forms = new Map<string, ShortForm>();
  for (let i = 1; i < mentions.length; i++) {
    if (!definedAt(cols, mentions, i)) continue;
    const m = mentions[i]!;
    const texts = cols.texts.slice(m.tokenStart, m.tokenEnd);
    const key = texts.join('\u0000');
    if (!forms.has(key)) forms.set(key, { texts, label: m.label, score: m.score });
  }
  if (forms.size === 0) return mentions as Mention[];
  const byFirst = new Map<string, ShortForm[]>();
  for (const f of forms.values()) {
    const list = byFirst.get(f.texts[0]!);
    if (list) list.push(f);
    else byFirst.set(f.texts[0]!, [f]);
  }
  // the first characters the short forms start with: most tokens are passed over on one character
  const firsts = new Set<number>();
  for (const f of forms.values()) firsts.add(f.texts[0]!.charCodeAt(0));
  const out: Mention[] = [];
  let i = 0;
  for (let k = 0; k < cols.size; k++) {
    // (the first character read in the text: the token's own string only past the test)
    if (!firsts.has(firstCodeUnit(cols, k))) continue;
    const t = cols.texts[k]!;
    while (i < mentions.length && mentions[i]!.tokenStart <= k) out.push(mentions[i++]!);
    const last = out[out.length - 1];
    if (last !== undefined && last.tokenEnd > k) continue;
    const candidates = byFirst.get(t);
    if (candidates === undefined) continue;
    const next = mentions[i];
    for (const f of candidates) {
      const e = k + f.texts.length;
      if (!matchesAt(cols, k, f) || (next !== undefined && next.tokenStart < e)) continue;
      out.push(mentionFor(k, e, f.label, f.score));
      break;
    }
  }
  while (i < mentions.length) out.push(mentions[i++]!);
  return out.length === mentions.length ? (mentions as Mention[]) : out;
}
