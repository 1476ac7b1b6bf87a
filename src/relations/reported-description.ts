// A description ("pemimpin itu", "ketua negara itu", "menteri tersebut") as the subject of a
// statement reported inside another speaker's report in the same sentence: "X berkata pemimpin
// itu membangkitkan isu Y". The reporter speaks of himself as "beliau", "dia" or "saya"; a role
// noun with a demonstrative names someone else, the person the text spoke of before (often named
// after a preposition: "dalam pertemuan dengan Presiden Z ... pemimpin itu meminta"). Applied
// after the speaker is chosen: when the choice is the reporter, it is the nearest other person
// named before the description, in its sentence or the few before it.
import { DEMONSTRATIVES, type Doc, is, ROLE } from './doc.js';

/** How many sentences back the other person may be named. */
const SENTENCES_BACK = 3;

/** Whether a role description closed by a demonstrative starts at token `at` ("ketua negara itu"). */
function roleWithDemonstrative(d: Doc, at: number): boolean {
  let k = at;
  // the role's words: role nouns and a few words qualifying them ("ketua negara", "pemimpin parti")
  for (let steps = 0; steps < 4 && k < d.cols.size && d.entAt[k] === -1; steps++, k++) {
    if (DEMONSTRATIVES.has(d.cols.norms[k]!)) return steps > 0;
    if (steps === 0 && !is(d, ROLE, k)) return false;
  }
  return false;
}

/**
 * The person a role description subject refers to when the speaker chosen for it is the one
 * reporting the sentence (`reporters`, the speakers of the sentence's earlier statements); else
 * undefined (the choice stands).
 */
export function reportedDescription(
  d: Doc,
  roleAt: number,
  chosen: readonly number[],
  reporters: readonly number[] | undefined,
): number | undefined {
  if (!reporters || reporters.length === 0 || !roleWithDemonstrative(d, roleAt)) return undefined;
  const names = new Set(reporters.map((e) => d.entities[e]!.canonical));
  if (!chosen.every((e) => names.has(d.entities[e]!.canonical))) return undefined;
  const sent = d.sentOf[roleAt]!;
  const quote = d.quoteOf[roleAt];
  for (let k = roleAt - 1; k >= 0; k--) {
    if (sent - d.sentOf[k]! > SENTENCES_BACK) break;
    const e = d.entAt[k]!;
    if (e < 0) continue;
    k = d.entStart[e]!;
    const ent = d.entities[e]!;
    if (ent.label !== 'PER' || names.has(ent.canonical)) continue;
    if (d.quoteOf[k] !== -1 && d.quoteOf[k] !== quote) continue;
    return e;
  }
  return undefined;
}
