// "kerajaan Persekutuan" with the second word capitalised names the federal government as a
// body: ORG over both words (ANNOTATION.md section 4, "Government words": "Kerajaan
// Persekutuan" written as a name is ORG). The model, which has learnt "kerajaan" in lower case as
// a common noun left out of names ("kerajaan Malaysia" -> the place only), takes "Persekutuan"
// alone as the body, or nothing; "Persekutuan" alone is no name of anything. All in lower case
// ("kerajaan persekutuan") it is a description and stays unannotated, and so does a phrase the
// model put inside a longer name, or one followed by another capitalised word ("kerajaan
// Persekutuan Rusia").
import type { EntityLabel, Token } from '../types.js';
import { isUpperStart } from './context.js';
import type { Mention } from './mention.js';

/** Token k starts "kerajaan Persekutuan" (lower-case "kerajaan"), with no capitalised word after it. */
function federalAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 2];
  return (
    tokens[k]!.text === 'kerajaan' &&
    tokens[k + 1]?.text === 'Persekutuan' &&
    tokens[k + 1]!.start === tokens[k]!.end + 1 &&
    !(next !== undefined && next.kind === 'word' && next.start === tokens[k + 1]!.end + 1 && isUpperStart(next))
  );
}

/** The mentions, in text order, with each "kerajaan Persekutuan" a body over both words. */
export function withFederalGovernment(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  mentionFor: (k: number, e: number, label: EntityLabel, score: number) => Mention,
): Mention[] {
  let out: Mention[] | undefined;
  let i = 0;
  const keep = (m: Mention): void => {
    out?.push(m);
  };
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== 'kerajaan' || !federalAt(tokens, k)) continue;
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
