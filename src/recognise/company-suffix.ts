// A company suffix (Sdn Bhd, Berhad, Company, Plc ...) closes the name of a company: the words
// before it are the company's name and the whole is one ORG (ANNOTATION.md section 1: a company
// is an ORG, "Telekom Malaysia Berhad"). The model sometimes reads the first word of such a name
// as a place or a person and starts the body after it ("[Pulau Pinang] [Ferry Services Sdn
// Bhd]"): a decided mention just before a decided mention whose last word is a suffix (one
// space between) is joined to it, and the whole is an ORG. When the
// suffix is the abbreviation "Bhd." ending a sentence, its dot is the sentence's full stop and
// is left out of the span, as the annotation leaves out every full stop ("... Sdn Bhd. Syarikat
// itu ..." -> "... Sdn Bhd"); inside a sentence ("Sdn. Bhd. (MAS)") the dot stays.

import type { TokenColumns } from '../tokenize/columns.js';
import { isUpperStart } from './context.js';
import { type Mention, type MentionFor, newMention } from './mention.js';

/**
 * Last words of a company's name: the one-word suffix rows of lexicons/src/words/org-heads.tsv
 * (Bhd, Bhd., Berhad, Inc., Ltd, Ltd., Corporation, Corp) and the English Company, Limited, Plc
 * (general knowledge), with their capitals. "Group" and "Holdings" are left out: they also end
 * names of other things ("Hotel Group" is read either way).
 */
const SUFFIXES: ReadonlySet<string> = new Set([
  'Bhd',
  'Bhd.',
  'BHD',
  'BHD.',
  'Berhad',
  'BERHAD',
  'Inc',
  'Inc.',
  'Ltd',
  'Ltd.',
  'Limited',
  'Corporation',
  'Corp',
  'Corp.',
  'Company',
  'Plc',
  'PLC',
]);

/** Opening quotes a new sentence may start with. */
const OPENERS: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);

/** Whether token k is "Bhd." and a new sentence (or the text, or a line) starts after it. */
function endsSentence(cols: TokenColumns, k: number): boolean {
  const t = cols.texts[k]!;
  if (t !== 'Bhd.' && t !== 'BHD.') return false;
  const n = k + 1;
  if (n >= cols.size || cols.breaksBefore[n]! > 0) return true;
  if (cols.starts[n]! === cols.ends[k]!) return false;
  return isUpperStart(cols, n) || OPENERS.has(cols.texts[n]!);
}

/** The mentions, in text order, with each company name ending in a suffix one ORG. */
export function withCompanyNames(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const last = m.tokenEnd - 1;
    if (!SUFFIXES.has(cols.texts[last]!)) {
      out?.push(m);
      continue;
    }
    const prev = out ? out[out.length - 1] : mentions[i - 1];
    const joins =
      prev !== undefined &&
      prev.tokenEnd === m.tokenStart &&
      cols.starts[m.tokenStart]! === cols.ends[prev.tokenEnd - 1]! + 1 &&
      cols.breaksBefore[m.tokenStart]! === 0;
    const trim = endsSentence(cols, last);
    if (!joins && !trim) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    if (joins) out.pop();
    const c = mentionFor(joins ? prev!.tokenStart : m.tokenStart, m.tokenEnd, 'ORG', m.score);
    out.push(trim ? newMention(c.start, c.end - 1, c.tokenStart, c.tokenEnd, 'ORG', c.by, c.score, c.alias, c.kb, c.canonical) : c);
  }
  return out ?? (mentions as Mention[]);
}
