// The chair of a meeting named after it in a passive relative clause: "mesyuarat Majlis X yang
// dipengerusikan oleh Y", "mesyuarat khas yang dipengerusikan Perdana Menteri, Y", "rundingan
// yang diketuai oleh Z". A person chairing a meeting of a named body takes part in it
// (ANNOTATION.md section 4); the agent of the passive verb is that person, with or without
// "oleh".
import { type Doc, norm } from './doc.js';

/** Passive verbs whose agent leads the meeting. */
const CHAIRED: ReadonlySet<string> = new Set(['dipengerusikan', 'dipengerusi', 'diketuai', 'dipimpin']);

/** The token where the chair's name may begin when a chairing clause starts at k ("yang dipengerusikan oleh"), else -1. */
export function chairAt(d: Doc, k: number, end: number): number {
  let j = k;
  if (j < end && norm(d, j) === 'yang') j++;
  if (j >= end || d.entAt[j]! >= 0 || !CHAIRED.has(norm(d, j))) return -1;
  j++;
  if (j < end && norm(d, j) === 'oleh') j++;
  return j < end ? j : -1;
}
