// The chair of a meeting named after it in a passive relative clause: "mesyuarat Majlis X yang
// dipengerusikan oleh Y", "mesyuarat khas yang dipengerusikan Perdana Menteri, Y", "rundingan
// yang diketuai oleh Z", "Mesyuarat Majlis X petang ini yang akan dipengerusikan Y". A person
// chairing a meeting of a named body takes part in it (ANNOTATION.md section 4); the agent of
// the passive verb is that person, with or without "oleh". Those attending named the same way
// take part too: "mesyuarat X yang turut dihadiri Y dan Z", "perhimpunan dihadiri X".
import { AUXILIARIES, type Doc, isDate, norm } from './doc.js';

/** Passive verbs whose agent leads or attends the meeting. */
const CHAIRED: ReadonlySet<string> = new Set(['dipengerusikan', 'dipengerusi', 'diketuai', 'dipimpin', 'dihadiri']);
/** Words between the meeting and "yang" that say when it is: "petang ini yang ...". */
const WHEN: ReadonlySet<string> = new Set(['ini', 'itu', 'tadi', 'esok', 'semalam', 'pagi', 'petang', 'malam', 'hari']);
const AUX: ReadonlySet<string> = new Set(AUXILIARIES);

/** The token where the chair's name may begin when a chairing clause starts at k ("yang dipengerusikan oleh"), else -1. */
export function chairAt(d: Doc, k: number, end: number): number {
  let j = k;
  for (let steps = 0; steps < 3 && j < end && d.entAt[j]! < 0 && (WHEN.has(norm(d, j)) || isDate(d, j)); steps++) j++;
  if (j < end && norm(d, j) === 'yang') j++;
  while (j < end && AUX.has(norm(d, j))) j++;
  if (j >= end || d.entAt[j]! >= 0 || !CHAIRED.has(norm(d, j))) return -1;
  j++;
  if (j < end && norm(d, j) === 'oleh') j++;
  return j < end ? j : -1;
}
