// A list of parties from a token on: "Menteri Luar Jepun, X dengan Presiden Perancis, Y dan
// Z". Names joined by "dengan", "dan", "serta", "antara", "bersama",
// "&" and commas, over titles, abbreviations, ordinals and brackets (and, where the caller allows
// them, dates), to the first other word. Read by meeting.ts and respectively.ts.
import { type Doc, isDate, isTitleWord, norm } from './doc.js';
import { isTitleModifier, sentenceEndOf } from './refer.js';

const LIST_JOINERS: ReadonlySet<string> = new Set(['dengan', 'dan', 'serta', 'antara', 'bersama', '&', ',']);

/** The parties listed from token k: "Menteri Luar Jepun, X dengan Presiden Perancis, Y dan Z". */
export function listAfter(d: Doc, k: number, allowDates: boolean): number[] {
  const out: number[] = [];
  const end = Math.min(sentenceEndOf(d, k > 0 ? k - 1 : 0), k + 30);
  let afterDate = false;
  for (let i = k; i < end; i++) {
    const e = d.entAt[i]!;
    if (e >= 0) {
      if (!isTitleModifier(d, e)) out.push(e);
      i = d.entEnd[e]! - 1;
      afterDate = false;
      continue;
    }
    const n = norm(d, i);
    const kind = d.cols.kinds[i]!;
    if (LIST_JOINERS.has(n)) {
      if (n === ',' && afterDate) break;
      continue;
    }
    // "ASEAN-Australia": two parties joined by a hyphen
    if (n === '-' && out.length > 0 && d.entAt[i - 1]! >= 0 && (d.entAt[i + 1] ?? -1) >= 0) continue;
    if (isTitleWord(d, i) || kind === 'abbreviation' || kind === 'ordinal') continue;
    if (n === '(') {
      let j = i;
      while (j < end && norm(d, j) !== ')') j++;
      i = j;
      continue;
    }
    if (allowDates && isDate(d, i)) {
      afterDate = true;
      continue;
    }
    break;
  }
  return out;
}
