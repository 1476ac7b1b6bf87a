// A Malay passive may name its agent right after the verb, without "oleh": "Cadangan itu disambut
// baik Ketua Menteri, Datuk X", "Kenyataan itu diselar Y". The passive frame (statement.ts) looks
// for the agent after "oleh" alone; where there is none and a name or a title stands right after
// the verb, that is the agent: the one who spoke. Applied after the speaker ranker, where it left
// the passive to nobody.
import { type Doc, isTitleWord, olehWithin } from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { PASSIVE_AGENT_REACH } from './statement.js';

/** The token where the agent of passive statement m starts when it follows the verb without "oleh", else -1. */
export function passiveAgentAt(d: Doc, m: TriggerMatch): number {
  if ((m.trigger as StatementTrigger).frame !== 'passive' || m.end >= d.cols.size) return -1;
  const s = d.sentOf[m.start];
  if (d.sentOf[m.end] !== s || olehWithin(d, m.end, PASSIVE_AGENT_REACH) >= 0) return -1;
  return d.entAt[m.end]! >= 0 || isTitleWord(d, m.end) ? m.end : -1;
}
