// Shared by the tests of the rules applied after the model's decision: the decided mentions
// built from (name, label) pairs found in the text, in text order, and read back as "text/LABEL".
import { type Mention, type MentionFor, newMention } from '../../src/recognise/mention.js';
import type { TokenColumns } from '../../src/tokenize/columns.js';
import { segment } from '../../src/tokenize/index.js';
import type { EntityLabel, Token } from '../../src/types.js';

/** The tokens, a mention maker over them, and the decided mentions (each name's first occurrence at or after the previous one). */
export function decided(
  text: string,
  names: readonly (readonly [string, EntityLabel])[],
): { tokens: readonly Token[]; cols: TokenColumns; mentionFor: MentionFor; mentions: Mention[] } {
  const { tokens, columns: cols } = segment(text);
  const mentionFor: MentionFor = (k, e, label, score) => newMention(tokens[k]!.start, tokens[e - 1]!.end, k, e, label, 'model', score);
  let from = 0;
  const mentions = names.map(([name, label]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const k = tokens.findIndex((t) => t.start === start);
    const e = tokens.findIndex((t) => t.end === start + name.length) + 1;
    return mentionFor(k, e, label, 0.9);
  });
  return { tokens, cols, mentionFor, mentions };
}

/** The mentions as "text/LABEL". */
export const shown = (text: string, mentions: readonly Mention[]): string[] =>
  mentions.map((m) => `${text.slice(m.start, m.end)}/${m.label}`);
