// "kerajaan Persekutuan" with the second word capitalised names the federal government as a
// body: ORG over both words (ANNOTATION.md section 4, "Government words": "Kerajaan
// Persekutuan" written as a name is ORG). The model, which has learnt "kerajaan" in lower case as
// a common noun left out of names ("kerajaan Malaysia" -> the place only), takes "Persekutuan"
// alone as the body, or nothing; "Persekutuan" alone is no name of anything. All in lower case
// ("kerajaan persekutuan") it is a description and stays unannotated, and so does a phrase the
// model put inside a longer name, or one followed by another capitalised word ("kerajaan
// Persekutuan Rusia").

import type { TokenColumns } from '../tokenize/columns.js';
import { isUpperStart } from './context.js';
import type { Mention, MentionFor } from './mention.js';

/** Token k starts "kerajaan Persekutuan" (lower-case "kerajaan"), with no capitalised word after it. */
function federalAt(cols: TokenColumns, k: number): boolean {
  const next = k + 2;
  return (
    cols.texts[k]! === 'kerajaan' &&
    cols.texts[k + 1] === 'Persekutuan' &&
    cols.starts[k + 1]! === cols.ends[k]! + 1 &&
    !(next < cols.size && cols.kinds[next] === 'word' && cols.starts[next]! === cols.ends[k + 1]! + 1 && isUpperStart(cols, next))
  );
}

/** The mentions, in text order, with each "kerajaan Persekutuan" a body over both words. */
export function withFederalGovernment(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  let i = 0;
  const keep = (m: Mention): void => {
    out?.push(m);
  };
  for (let k = 0; k + 1 < cols.size; k++) {
    if (cols.texts[k]! !== 'kerajaan' || !federalAt(cols, k)) continue;
    while (i < mentions.length && mentions[i]!.tokenEnd <= k) keep(mentions[i++]!);
    const m = mentions[i];
    // a mention over "kerajaan" or one going on past "Persekutuan": the model's reading stands
    if (m !== undefined && m.tokenStart <= k + 1 && !(m.tokenStart === k + 1 && m.tokenEnd === k + 2)) continue;
    out ??= mentions.slice(0, i);
    const alone = m !== undefined && m.tokenStart === k + 1;
    out.push(mentionFor(k, k + 2, 'ORG', alone ? m.score : 0.5));
    if (alone) i++;
  }
  if (out === undefined) return mentions as Mention[];
  while (i < mentions.length) out.push(mentions[i++]!);
  return out;
}
