// "X mendakwa dirinya tidak bersalah", "Y mendakwa beliau pernah ditawarkan jawatan itu": a claim
// whose subject is the claimant himself alleges no wrongdoing by another party, and ANNOTATION.md
// section 4 makes "mendakwa" ACCUSE only when it alleges wrongdoing by someone, else SAY. The
// claim's first word (after "bahawa") is a person pronoun or "dirinya", or a noun with -nya
// ("tujuannya", "pihaknya"): the claim is about the speaker, and the statement is SAY. So is a
// claim opening with a verb, whose subject is the claimant's ("mendakwa menjadi mangsa",
// "mendakwa berlaku salah faham"), or with a condition ("mendakwa jika ..."): no party is named
// as the wrongdoer (3 of 3 such claims in the training gold are SAY). A party or anything else
// named there ("mendakwa Z menyeleweng") leaves the act to the act classifier.
// Applied after the learned models: they see the same triggers and acts.
import { type Doc, hasNya, is, isCapWord, norm, PRONOUN_FIRST, PRONOUN_PERSON } from './doc.js';
import type { TriggerMatch } from './match.js';

/** Whether the one-word "mendakwa" trigger m claims something about its own speaker. */
export function ownClaim(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || d.cols.norms[m.start] !== 'mendakwa') return false;
  let k = m.end;
  if (k < d.cols.size && norm(d, k) === 'bahawa') k++;
  if (k >= d.cols.size || d.sentOf[k] !== d.sentOf[m.start] || d.entAt[k]! >= 0) return false;
  if (is(d, PRONOUN_PERSON, k) || is(d, PRONOUN_FIRST, k) || norm(d, k) === 'dirinya' || (hasNya(d, k) && d.cols.kinds[k] === 'word'))
    return true;
  // "mendakwa menjadi mangsa", "mendakwa berlaku salah faham", "mendakwa jika ...": a verb with no
  // subject of its own (the claimant's) or a condition; no party is named as the wrongdoer
  const n = norm(d, k);
  return CONDITIONS.has(n) || (d.cols.kinds[k] === 'word' && !isCapWord(d, k) && verbForm(n));
}

/** Words opening a conditional claim. */
const CONDITIONS: ReadonlySet<string> = new Set(['jika', 'sekiranya', 'kalau', 'seandainya']);

/** Verb prefixes: meN-, ber-, ter-, di- (a word long enough not to be "dia", "beri", "teruk"). */
const VERB_PREFIXES = ['meng', 'meny', 'mem', 'men', 'me', 'ber', 'ter', 'di'];

/** Whether w has the form of a prefixed verb. */
function verbForm(w: string): boolean {
  if (w.length < 7) return false;
  for (const p of VERB_PREFIXES) if (w.startsWith(p)) return true;
  return false;
}
