// An attribution naming only a role after its verb: "Menurut Perdana Menteri, kerajaan akan ...",
// "..., kata Timbalan Menteri itu." with no name after the role: the one meant is the person holding
// it (resolved as a role: the person last named with that title, else the one speaking), as
// "Perdana Menteri berkata" before the verb (refer.ts, bareRole). The role's words are role nouns
// and capitalised title words up to a comma followed by a plain word, or the end of the sentence;
// a name after them ("kata Menteri Luar, Datuk X") is the speaker itself and is found by findAfter.
// Applied after the speaker ranker, where it left such an attribution to nobody.
import { type Doc, is, isCapWord, isPunct, norm, ROLE } from './doc.js';
import type { StatementTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';

/** How many words a role may have ("Timbalan Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup"). */
const MAX_ROLE_WORDS = 8;

/** Whether the attribution m ("menurut", "kata", "tambah") is followed by a role alone, no name after it. */
export function roleAfter(d: Doc, m: TriggerMatch): boolean {
  const frame = (m.trigger as StatementTrigger).frame;
  if (frame !== 'after' && frame !== 'initial') return false;
  const from = m.end;
  if (from >= d.cols.size || !is(d, ROLE, from) || d.entAt[from] !== -1) return false;
  const s = d.sentOf[from];
  let k = from + 1;
  while (k < d.cols.size && k < from + MAX_ROLE_WORDS && d.sentOf[k] === s && d.entAt[k] === -1 && (is(d, ROLE, k) || isCapWord(d, k))) k++;
  // the sentence ends after the role
  if (k >= d.cols.size || d.sentOf[k] !== s) return true;
  if (d.entAt[k] !== -1) return false;
  const n = norm(d, k);
  if (n === 'itu' || n === 'tersebut') return false; // "kata Menteri itu": a description, read by findAfter
  if (n === '.' || n === '?' || n === '!') return true;
  // "Menurut Perdana Menteri, kerajaan ...": a comma, then the reported clause (a plain word)
  return n === ',' && k + 1 < d.cols.size && d.sentOf[k + 1] === s && d.entAt[k + 1] === -1 && !isCapWord(d, k + 1) && !isPunct(d, k + 1);
}
