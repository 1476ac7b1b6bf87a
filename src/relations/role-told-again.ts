// A role of a place or body closed by a demonstrative ("Pemimpin Amerika Syarikat itu", "calon
// Parti Demokrat itu", "Senator Umno itu") tells again of a person named before: the person is
// who met, not the place or body the role belongs to. When the party model chose such a place
// or body (its holder was not found by `role-of.ts`), it is dropped from the parties, after the
// model's choice, when two sides remain; else the place or body stands for its unnamed holder.
import { DEMONSTRATIVES, type Doc, is, isTitleWord, norm, ROLE } from './doc.js';

/** Role nouns the word class does not hold: those standing for a party or a post. */
const MORE_ROLES: ReadonlySet<string> = new Set(['calon', 'senator', 'wakil', 'bekas']);

/** Whether entity e stands between a role noun (over title words) and a demonstrative. */
export function isRoleToldAgain(d: Doc, e: number): boolean {
  if (d.entities[e]!.label === 'PER') return false;
  const end = d.entEnd[e]!;
  if (end >= d.cols.size || !DEMONSTRATIVES.has(norm(d, end))) return false;
  const s0 = d.sentStart[d.sentOf[d.entStart[e]!]!]!;
  for (let j = d.entStart[e]! - 1; j >= s0 && j >= d.entStart[e]! - 3; j--) {
    if (d.entAt[j]! >= 0) return false;
    if (is(d, ROLE, j) || MORE_ROLES.has(norm(d, j))) return true;
    if (!isTitleWord(d, j)) return false;
  }
  return false;
}

/** The parties without a place or body told again as a role of it ("pemimpin X itu"), when two sides
 * remain: with its holder unnamed ("berbincang dengan pemimpin Filipina itu"), the place stands for them. */
export function withoutRolesToldAgain(d: Doc, parties: readonly number[]): readonly number[] {
  const kept = parties.filter((e) => !isRoleToldAgain(d, e));
  return kept.length >= 2 ? kept : parties;
}
