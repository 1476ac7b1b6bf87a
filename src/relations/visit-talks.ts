// A visit and the talks held during it are two events: "lawatan rasmi X ke negara itu, termasuk
// mesyuarat dua hala bersama Presiden Y", "semasa melawat Jepun, X ... rakan sejawatannya Y". The
// visit is the visitor's with the place visited (CAMEO 042); the meeting is the visitor's with the
// person met there (040). When the sides found for a visit word hold a place and, besides the
// visitor (the person named first), a person met, introduced by "dengan" or "bersama" or as the
// visitor's counterpart ("rakan sejawatannya") a few words before the name, that person is taken
// out of the visit and meets the visitor apart: the training set annotates the visit ("lawatan
// rasmi ke X") and the talks ("pertemuan dengan Y") apart, and one relation with every side would
// stand for one of them only. A person named otherwise ("mewakili Perdana Menteri Y", "menurut
// Duta Besar Z") is left where the party model put them. Read after the party model.
import { type Doc, norm } from './doc.js';

/** How many words before a name the word introducing the person met may stand. */
const REACH = 6;

/** Whether "dengan", "bersama" or "sejawat..." ("rakan sejawatannya") stands a few words before the name e. */
function introducedAsMet(d: Doc, e: number): boolean {
  const st = d.entStart[e]!;
  for (let k = st - 1; k >= 0 && k >= st - REACH && d.sentOf[k] === d.sentOf[st]; k--) {
    if (d.entAt[k]! >= 0) return false;
    const n = norm(d, k);
    if (n === 'dengan' || n === 'bersama' || n.startsWith('sejawat')) return true;
  }
  return false;
}

/** The visit's sides and, apart, the visitor with the people met, or undefined when there is nothing to part. */
export function visitAndTalks(d: Doc, sides: readonly number[]): { visit: number[]; talks: number[] } | undefined {
  if (!sides.some((e) => d.entities[e]!.label === 'LOC')) return undefined;
  const people = sides.filter((e) => d.entities[e]!.label === 'PER');
  if (people.length < 2) return undefined;
  // the visitor: the person named first (the subject, or the genitive of the visit noun)
  let visitor = people[0]!;
  for (const e of people) if (d.entStart[e]! < d.entStart[visitor]!) visitor = e;
  const met = new Set(people.filter((e) => e !== visitor && introducedAsMet(d, e)));
  if (met.size === 0) return undefined;
  return { visit: sides.filter((e) => !met.has(e)), talks: [visitor, ...met] };
}
