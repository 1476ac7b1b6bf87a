// "Beliau (Kamal) memberitahu ...", "Mereka (Persatuan X) menggesa ...": a pronoun followed by a
// name in brackets is told by the writer who it points at, as quotations are clarified in news
// ("“Dia (menteri itu) sudah berjanji ...”"). The statement's subject is the name in the brackets,
// whoever the pronoun would otherwise be read as. Only a bracket holding names alone (one name,
// or names joined by "dan", "serta" or commas) counts; a description ("Kami (kerajaan negeri)")
// leaves the pronoun as it is. Applied after the speaker ranker.
import { type Doc, norm } from './doc.js';
import type { Referent } from './refer.js';

/** How many tokens a bracket may hold. */
const MAX_INSIDE = 12;

/** The entities named in brackets right after the pronoun subject `r`, or undefined. */
export function bracketedReferent(d: Doc, r: Referent | undefined): readonly number[] | undefined {
  if (r?.kind !== 'pronoun' || r.cls === 'nya') return undefined;
  const open = r.at + 1;
  if (open >= d.cols.size || norm(d, open) !== '(' || d.sentOf[open] !== d.sentOf[r.at]) return undefined;
  const ents: number[] = [];
  let k = open + 1;
  while (k < d.cols.size && k <= open + MAX_INSIDE) {
    const e = d.entAt[k]!;
    if (e >= 0) {
      if (!ents.includes(e)) ents.push(e);
      k = d.entEnd[e]!;
      continue;
    }
    const n = norm(d, k);
    if (n === ')') return ents.length > 0 && (r.cls === 'plural' || ents.length === 1) ? ents : undefined;
    if (n !== 'dan' && n !== 'serta' && n !== ',') return undefined;
    k++;
  }
  return undefined;
}
