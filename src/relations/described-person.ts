// A body or place inside the words describing a person ("pemimpin majoriti Senat, X", "rakan
// sejawatannya dari Pakistan, Y", "Menteri di Jabatan Perdana Menteri (Hal Ehwal Islam) Datuk Z"):
// a role noun stands a few lower-case words before it, and the person it describes follows it,
// after a comma, brackets or titles. The person is the side of the meeting; the body or place
// only says where the person serves or comes from, and is dropped from the parties (after the
// party model's choice) when that person is a party too. A capitalised title right before the
// body ("Presiden Indonesia, X") is the title rule's (`isTitleModifier`); this one reads the
// lower-case descriptions that rule does not.
import { DEMONSTRATIVES, type Doc, is, isCapWord, isPunct, isTitleWord, norm, ROLE } from './doc.js';

/** Lower-case words that describe a person by a relation to another ("rakan sejawatan"). */
const RELATION_NOUNS: ReadonlySet<string> = new Set(['rakan', 'sahabat']);

/** A word that may be a verb or close a noun phrase ("bertemu", "melawat", "itu"): no description runs over it. */
function breaksDescription(d: Doc, j: number): boolean {
  const n = norm(d, j);
  if (DEMONSTRATIVES.has(n)) return true;
  return n.length >= 6 && (n.startsWith('me') || n.startsWith('ber') || n.startsWith('ter') || n.startsWith('di'));
}

/** Whether a role noun stands at most four lower-case words before token st, in its sentence. */
function roleBefore(d: Doc, st: number): boolean {
  const s0 = d.sentStart[d.sentOf[st]!]!;
  for (let j = st - 1; j >= s0 && j >= st - 4; j--) {
    if (d.entAt[j]! >= 0 || isPunct(d, j)) return false;
    if (is(d, ROLE, j) || RELATION_NOUNS.has(norm(d, j)) || RELATION_NOUNS.has(d.cols.stems[j] ?? '')) return true;
    if (breaksDescription(d, j)) return false;
    if (isCapWord(d, j)) return false;
  }
  return false;
}

/** The person entity a description ending at token k leads to: past a comma, brackets and titles. */
function personAfter(d: Doc, k: number): number {
  const s1 = d.sentEnd[d.sentOf[k - 1]!]!;
  let depth = 0;
  for (let steps = 0; steps < 10 && k < s1; steps++, k++) {
    const e = d.entAt[k]!;
    if (e >= 0) {
      if (depth > 0) continue;
      return d.entities[e]!.label === 'PER' ? e : -1;
    }
    const n = norm(d, k);
    if (n === '(') depth++;
    else if (n === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0 || n === ',' || isTitleWord(d, k)) continue;
    else return -1;
  }
  return -1;
}

/** The parties without a body or place that only describes another party, a person. */
export function withoutDescriptions(d: Doc, parties: readonly number[]): readonly number[] {
  if (parties.length < 2) return parties;
  const keys = new Set(parties.map((e) => d.entities[e]!.canonical));
  const drop = parties.filter((e) => {
    if (d.entities[e]!.label === 'PER' || !roleBefore(d, d.entStart[e]!)) return false;
    const p = personAfter(d, d.entEnd[e]!);
    return p >= 0 && keys.has(d.entities[p]!.canonical);
  });
  return drop.length === 0 ? parties : parties.filter((e) => !drop.includes(e));
}
