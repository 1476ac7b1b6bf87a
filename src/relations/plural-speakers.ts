// "X dan Y menegaskan, mereka kekal komited ...", "Kedua-duanya bersetuju ...": a plural pronoun
// as a statement's subject points back at the parties that spoke together last, two or more
// named for one statement in this sentence or the one before. With one party speaking last, or
// none near, "mereka" stays unresolved (people at large, "kebanyakan mereka", are no speaker).
// Applied after the speaker ranker, where it left the statement to nobody.
import type { Doc } from './doc.js';
import type { SpeakerTurn } from './resolve.js';

/** How many sentences back the parties may have spoken. */
const MAX_SENTENCES = 1;

/**
 * The parties of the last statement with two speakers or more (distinct names), said in the
 * sentence `sent` or the one before: the sentence's own last speakers first, then the turns.
 */
export function pluralSpeakers(
  d: Doc,
  sent: number,
  here: readonly number[] | undefined,
  hist: readonly SpeakerTurn[],
): readonly number[] | undefined {
  if (here !== undefined) return distinctNames(d, here) >= 2 ? here : undefined;
  const last = hist[hist.length - 1];
  if (!last || sent - last.sent > MAX_SENTENCES) return undefined;
  const group: number[] = [];
  for (let h = hist.length - 1; h >= 0 && hist[h]!.sent === last.sent; h--) group.unshift(hist[h]!.ent);
  return distinctNames(d, group) >= 2 ? group : undefined;
}

function distinctNames(d: Doc, ents: readonly number[]): number {
  const names = new Set<string>();
  for (const e of ents) names.add(d.entities[e]!.canonical);
  return names.size;
}
