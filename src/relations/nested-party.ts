// A body and the organisation or place its own name holds are one side, not two: "mesyuarat
// Jawatankuasa Kerja PAS Pusat" is PAS meeting in one of its committees, not the committee
// meeting PAS; "Pergerakan Pemuda UMNO Malaysia mengadakan mesyuarat exco" is the youth wing
// alone; "Jabatan Imigresen Wilayah Persekutuan Kuala Lumpur" is no meeting with Kuala Lumpur.
// Where one party's name is a run of whole words of another party's name (by canonical name or
// by the words of the mention), the shorter is dropped and the fuller name stays. A meeting
// left with one side is then no meeting (a meeting with only one named side is not annotated,
// ANNOTATION.md section 4). In the training set's gold meetings no party's name is a run of
// words of another's; in the party model's choices on the training folds, 5 meetings paired
// a committee or wing with its own party, or a body with the place in its name, none of them
// gold.
import type { Doc } from './doc.js';

/** The words of a name, lower-cased, split at anything that is not a letter or a digit. */
function wordsOf(name: string): string[] {
  const out: string[] = [];
  let w = '';
  for (const ch of name.toLowerCase()) {
    if (/[\p{L}\p{N}]/u.test(ch)) w += ch;
    else if (w !== '') {
      out.push(w);
      w = '';
    }
  }
  if (w !== '') out.push(w);
  return out;
}

/** Whether `inner` is a run of whole words of `outer`, and shorter. */
function runOf(inner: readonly string[], outer: readonly string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  for (let s = 0; s + inner.length <= outer.length; s++) {
    let k = 0;
    while (k < inner.length && outer[s + k] === inner[k]) k++;
    if (k === inner.length) return true;
  }
  return false;
}

/** The parties (entity indexes, one per name) without those whose name is held in another party's name. */
export function withoutNestedParties(d: Doc, parties: readonly number[]): readonly number[] {
  if (parties.length < 2) return parties;
  const names = parties.map((e) => {
    const ent = d.entities[e]!;
    return [wordsOf(ent.canonical), wordsOf(ent.text)] as const;
  });
  const nested = (i: number): boolean => names.some((outer, j) => j !== i && names[i]!.some((inner) => outer.some((o) => runOf(inner, o))));
  const keep = parties.filter((_, i) => !nested(i));
  return keep.length === parties.length ? parties : keep;
}
