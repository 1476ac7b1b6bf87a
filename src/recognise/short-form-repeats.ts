// A short form a text defines in brackets after a name is that body's name wherever else the text
// writes it: "Majlis Belia Malaysia (MBM) ... kata MBM" -> ORG each time. The model, deciding
// token by token, takes an unseen acronym after its definition but often leaves its later bare
// uses ("MBM mendakwa ...") for want of context. A short form counts as defined when a mention
// of it sits in brackets straight after a decided name of the same label, "(" and ")" touching it;
// each other place the text writes the same token run, standing alone (no letter, digit or
// hyphen joined to it) and covered by no mention, is added with that label.
import type { EntityLabel, Token } from '../types.js';
import type { Mention } from './mention.js';

/** Marks a standing-alone word may touch: "(MBM)", "MBM.", "“MBM”" (not AS$5, MBM-nya, xMBM). */
const OPENING: ReadonlySet<string> = new Set(['(', '"', "'", '\u201c', '\u2018']);
const CLOSING: ReadonlySet<string> = new Set([')', '.', ',', ';', ':', '!', '?', '"', "'", '\u201d', '\u2019']);

interface ShortForm {
  readonly texts: readonly string[];
  readonly label: EntityLabel;
  readonly score: number;
}

/** Mention i is a short form in brackets straight after mention i-1 of the same label. */
function definedAt(tokens: readonly Token[], mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  const open = tokens[m.tokenStart - 1];
  const close = tokens[m.tokenEnd];
  return (
    prev !== undefined &&
    prev.label === m.label &&
    prev.tokenEnd === m.tokenStart - 1 &&
    open?.text === '(' &&
    close?.text === ')' &&
    open.end === m.start &&
    close.start === m.end
  );
}

/** The short form's tokens match at k, written as one word (touching tokens), standing alone. */
function matchesAt(tokens: readonly Token[], k: number, f: ShortForm): boolean {
  const n = f.texts.length;
  if (k + n > tokens.length) return false;
  for (let j = 0; j < n; j++) {
    if (tokens[k + j]!.text !== f.texts[j]) return false;
    if (j > 0 && tokens[k + j]!.start !== tokens[k + j - 1]!.end) return false;
  }
  const before = tokens[k - 1];
  const after = tokens[k + n];
  if (before !== undefined && before.end === tokens[k]!.start && !OPENING.has(before.text)) return false;
  return !(after !== undefined && after.start === tokens[k + n - 1]!.end && !CLOSING.has(after.text));
}

/** The mentions, in text order, with the bare repeats of bracket-defined short forms added. */
export function withShortFormRepeats(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  mentionFor: (k: number, e: number, label: EntityLabel, score: number) => Mention,
): Mention[] {
  const forms = new Map<string, ShortForm>();
  for (let i = 1; i < mentions.length; i++) {
    if (!definedAt(tokens, mentions, i)) continue;
    const m = mentions[i]!;
    const texts = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
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
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!firsts.has(t.text.charCodeAt(0))) continue;
    while (i < mentions.length && mentions[i]!.tokenStart <= k) out.push(mentions[i++]!);
    const last = out[out.length - 1];
    if (last !== undefined && last.tokenEnd > k) continue;
    const candidates = byFirst.get(t.text);
    if (candidates === undefined) continue;
    const next = mentions[i];
    for (const f of candidates) {
      const e = k + f.texts.length;
      if (!matchesAt(tokens, k, f) || (next !== undefined && next.tokenStart < e)) continue;
      out.push(mentionFor(k, e, f.label, f.score));
      break;
    }
  }
  while (i < mentions.length) out.push(mentions[i++]!);
  return out.length === mentions.length ? (mentions as Mention[]) : out;
}
