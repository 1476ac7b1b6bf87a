// One pronoun, one person. A meeting's sentence may name a side only by a pronoun ("beliau akan
// mengadakan pertemuan dengan X", "saya berjumpa dengan Y"); the party model is then asked about
// two people from outside the sentence (the current speaker and the person named last before it)
// and may take both. Where every pronoun of the sentence is of one person (only "beliau", "dia",
// "baginda", or only "saya", "aku", "beta"; no "mereka", "kami", "kita", "kedua-duanya", and not
// both kinds, "dia tidak berjumpa dengan saya"), one person from outside it takes part: the one
// the rules resolved the pronoun to, else the current speaker (as resolve.ts reads "beliau" with
// no person named before it in the sentence). Nor is a body or a place from outside the sentence
// the referent of such pronouns ("Beliau berkata begitu selepas mempengerusikan mesyuarat X"
// after a body was quoted): it is dropped, unless -nya on the meeting word may point at it
// ("pertemuannya"). Names the sentence itself holds are not touched. Checked after the party
// model (index.ts).
import { type Doc, hasNya, is, norm, PRONOUN_FIRST, PRONOUN_PERSON, PRONOUN_PLURAL } from './doc.js';
import type { TriggerMatch } from './match.js';

/** First-person pronouns of more than one person. */
const FIRST_PLURAL: ReadonlySet<string> = new Set(['kami', 'kita']);

/** Whether the sentence of m refers by pronoun to one person only (see the header). */
function onePersonReferred(d: Doc, m: TriggerMatch): boolean {
  const sent = d.sentOf[m.start]!;
  let person = false;
  let first = false;
  for (let k = d.sentStart[sent]!, s1 = d.sentEnd[sent]!; k < s1; k++) {
    if (is(d, PRONOUN_PLURAL, k) || FIRST_PLURAL.has(norm(d, k))) return false;
    if (is(d, PRONOUN_PERSON, k)) person = true;
    else if (is(d, PRONOUN_FIRST, k)) first = true;
  }
  return !(person && first);
}

/**
 * The chosen parties (`picked`) with at most one of the two context people (`context`: the current
 * speaker, the person named last before the sentence) not named in m's sentence, when its pronouns
 * refer to one person: the one in `rule` (the rules' resolution), else the current speaker; and
 * with no context body or place not named in the sentence, then.
 */
export function oneReferent(
  d: Doc,
  m: TriggerMatch,
  context: readonly number[],
  rule: readonly number[],
  picked: readonly number[],
): readonly number[] {
  let chosen = picked;
  const name = (e: number): string => d.entities[e]!.canonical;
  const sent = d.sentOf[m.start]!;
  const named = new Set<string>();
  for (let k = d.sentStart[sent]!, s1 = d.sentEnd[sent]!; k < s1; k++) if (d.entAt[k]! >= 0) named.add(name(d.entAt[k]!));
  // "Beliau berkata begitu selepas mempengerusikan mesyuarat X": a person's pronoun is no body or place
  if (!hasNya(d, m.end - 1) && onePersonReferred(d, m)) {
    const outside = new Set(context.filter((e) => d.entities[e]!.label !== 'PER' && !named.has(name(e))).map(name));
    if (outside.size > 0) chosen = chosen.filter((e) => !outside.has(name(e)));
  }
  if (context.length < 2) return chosen;
  const [a, b] = [name(context[0]!), name(context[1]!)];
  if (a === b) return chosen;
  if (named.has(a) || named.has(b)) return chosen;
  const ia = chosen.findIndex((e) => name(e) === a);
  const ib = chosen.findIndex((e) => name(e) === b);
  if (ia < 0 || ib < 0 || !onePersonReferred(d, m)) return chosen;
  const inRule = (x: string): boolean => rule.some((e) => name(e) === x);
  const drop = inRule(b) && !inRule(a) ? ia : ib;
  return chosen.filter((_, i) => i !== drop);
}
