// A statement noun after a preposition ("kecewa dengan kenyataan X", "merujuk kepada kenyataan X",
// "tunduk dengan tuntutan X", "di sebalik dakwaan X") refers to a statement made before, elsewhere:
// the sentence reports a stance on it, not the statement. In the training gold, none of the 5 such
// statements that no other trigger names is annotated. An agent after "oleh" ("ekoran pengumuman
// pelan itu oleh X") names who made it here, and "dalam" ("dalam kenyataan X", the statement the
// words are from) is no such preposition. Applied after the speaker ranker: no statement is added,
// and the one named stays the one last speaking (as a statement not made, index.ts saysNothingHere).
import { type Doc, norm, olehWithin } from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/**
 * Prepositions before a statement noun that make it a statement referred to: agreeing or yielding
 * "dengan" it, referring "kepada" it, distancing oneself "daripada" it, "susulan"/"ekoran" (after)
 * it, "di sebalik" (despite) it. After "terhadap", "mengenai" (a reaction to it, a question about
 * it) the training gold reports the statement (3 of 3 that no other trigger names): not here.
 */
const REFERRING: ReadonlySet<string> = new Set(['dengan', 'kepada', 'daripada', 'susulan', 'ekoran', 'sebalik']);

/** How far after the noun an agent's "oleh" is looked for ("pengumuman 12 pelan pemulihan oleh X"). */
const OLEH_REACH = 8;

/** Whether the statement noun m stands right after a referring preposition, with no agent after "oleh". */
export function referredStatement(d: Doc, m: TriggerMatch): boolean {
  if (m.trigger.type !== 'STATEMENT' || (m.trigger as StatementTrigger).frame !== 'noun') return false;
  const k = m.start - 1;
  const s = d.sentOf[m.start];
  if (k < 0 || d.sentOf[k] !== s || !REFERRING.has(norm(d, k))) return false;
  return m.end >= d.cols.size || d.sentOf[m.end] !== s || olehWithin(d, m.end, OLEH_REACH) < 0;
}
