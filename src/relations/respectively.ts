// "masing-masing dengan X, Y dan Z": respectively, each with one of them. A meeting noun or verb
// whose sides are listed after "masing-masing" ("mengadakan rundingan dua hala itu masing-masing
// bersama perdana menteri X, Y dan Z", "bertemu masing-masing dengan X dan Y") tells one meeting
// of the subject with each of them, not one meeting of all: ANNOTATION.md section 2 annotates
// each event, and a bilateral meeting has two sides. The caller (meeting.ts) makes one relation
// per name listed, each with the meeting's other sides; the parties the model chose among the
// listed names give way to the list itself. "Pertemuan itu masing-masing ..." without
// "dengan" or "bersama" after it, or a list of one name, splits nothing.
import { DEMONSTRATIVES, type Doc, norm } from './doc.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';
import { listAfter } from './party-list.js';

/** How many words may stand between the meeting word and "masing-masing". */
const SPAN = 3;

/** The token after "masing-masing dengan" in the meeting phrase at m, else -1. */
export function respectivelyAt(d: Doc, m: TriggerMatch): number {
  const s1 = d.sentEnd[d.sentOf[m.start]!]!;
  let k = pastModifiers(d, m.end, s1);
  for (const lim = Math.min(s1, k + SPAN); k < lim && norm(d, k) !== 'masing-masing'; k++) {
    const n = norm(d, k);
    if (d.entAt[k]! >= 0 || !(DEMONSTRATIVES.has(n) || n === 'dua' || n === 'hala')) return -1;
  }
  if (k + 1 >= s1 || norm(d, k) !== 'masing-masing') return -1;
  const next = norm(d, k + 1);
  return next === 'dengan' || next === 'bersama' ? k + 2 : -1;
}

/** The names listed after "masing-masing dengan" in the meeting phrase at m, one mention each (none when fewer than two). */
export function respectively(d: Doc, m: TriggerMatch): number[] {
  const k = respectivelyAt(d, m);
  if (k < 0) return [];
  const seen = new Set<string>();
  const out: number[] = [];
  for (const e of listAfter(d, k, false)) {
    const name = d.entities[e]!.canonical;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(e);
    }
  }
  return out.length >= 2 ? out : [];
}
