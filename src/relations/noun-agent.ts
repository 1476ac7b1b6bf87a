// A statement noun names its agent after "oleh" a few words on, over what qualifies the noun
// but no verb or clause: "kritikan hebat sama ada oleh X mahupun Y", "bantahan besar-besaran
// oleh X", "pengumuman Bajet 2018 oleh X", "bantahan termasuk oleh X". A verb, "yang" or
// punctuation between ends the noun phrase: "kenyataan yang dikeluarkan oleh X" and
// "tuntutan itu dipertimbangkan oleh X" tell of X doing something else with it.
import { type Doc, isPunct, norm } from './doc.js';
import { prefixOf } from './model.js';
import type { Triggers } from './refer.js';

/** How many words may stand between the noun and "oleh". */
const MAX_BETWEEN = 4;

/** The token of "oleh" after the statement noun ending at token `end` (exclusive), or -1. */
export function agentOleh(d: Doc, trig: Triggers, end: number): number {
  const s = d.sentOf[end - 1];
  for (let k = end; k < d.cols.size && k <= end + MAX_BETWEEN && d.sentOf[k] === s; k++) {
    const n = norm(d, k);
    if (n === 'oleh') return k;
    if (n === 'yang' || isPunct(d, k) || trig.at[k]! >= 0 || d.entAt[k]! >= 0) return -1;
    const p = prefixOf(n);
    if (p.startsWith('me') || p === 'di' || p === 'diper' || p === 'ber' || p === 'ter') return -1;
  }
  return -1;
}
