// The same meeting word again, later in the article, with one side the same: "X mengadakan
// lawatan kerja ke Y ..." and, sentences on, "Dia menyifatkan lawatan kerjanya ke sana berjaya".
// ANNOTATION.md section 2 annotates each event once, at its clearest mention. A later meeting with
// the same word (the lexicon's phrase: "lawatan kerja", "berunding") that shares one of its two
// sides with a meeting told in an earlier sentence, its other side not named in its own sentence
// (a pronoun's or -nya's referent: "Kita akan berunding dengan X", "lawatan kerjanya"), is that
// meeting told again, its other side mis-read: it is not added. A sentence naming both sides tells
// a meeting in full ("Esok Z pula berunding dengan Y"), and is kept; so are two meetings with the
// same word in one sentence ("X bertemu Y semalam dan Z bertemu Y hari ini"), meetings with no
// side in common, and meetings with a word of their own ("mesyuarat" after "bertemu": any meeting
// word instead of the same one dropped 50 right meetings for 20 wrong). Checked after the models,
// at run time (index.ts). On the training set (gold entities, 4 seeds) it dropped 10 meetings,
// all wrong; with a sentence naming both sides dropped too, 26 right for 18 wrong.

import type { Doc } from './doc.js';

/** An earlier meeting: its trigger phrase's words, sentence, and the canonical names of its sides. */
export interface MeetingTold {
  readonly words: string;
  readonly sentence: number;
  readonly names: readonly string[];
}

/**
 * Whether a meeting of `names` by the phrase `words` in `sentence` tells again a meeting in
 * `before` (the meetings added so far with the same phrase, in text order): both of two sides,
 * in an earlier sentence, one side in common.
 */
export function wordAgain(
  d: Doc,
  before: readonly MeetingTold[] | undefined,
  words: string,
  sentence: number,
  names: readonly string[],
): boolean {
  if (!before || names.length !== 2 || names[0] === names[1]) return false;
  // both sides named in the sentence itself: a meeting told in full, whatever came before
  const inSentence = new Set<string>();
  for (let k = d.sentStart[sentence]!, s1 = d.sentEnd[sentence]!; k < s1; k++)
    if (d.entAt[k]! >= 0) inSentence.add(d.entities[d.entAt[k]!]!.canonical);
  if (inSentence.has(names[0]!) && inSentence.has(names[1]!)) return false;
  for (const b of before) {
    if (b.words !== words || b.sentence >= sentence || b.names.length !== 2) continue;
    const shared = (names.includes(b.names[0]!) ? 1 : 0) + (names.includes(b.names[1]!) ? 1 : 0);
    if (shared === 1) return true;
  }
  return false;
}
