// A name in the purpose clause after a meeting word tells what the meeting is for, not who met:
// "bertemu X untuk membincangkan cadangan Y", "berkunjung ke X untuk menyatakan penghargaan
// kepada Y", "menghadap X untuk mendapatkan perkenan pembubaran Z", "bertemu X bagi meneliti
// tawaran Y". A party the learned model chose after "untuk" or a purpose "bagi" (not "bagi pihak
// X", on behalf of X, nor "bagi X" with the name right after it, for X: "mesyuarat khas bagi
// Jawatankuasa X") between the meeting word and the name is dropped, after the model's
// choice; the parties the rules' frames name stay ("ke Mesir untuk sidang kemuncak dengan
// Putin": the host the visit frame found), and so does a name after a second meeting word in
// the clause ("untuk bertemu dengan Z": Z is met). A capitalised "Untuk" inside the sentence is
// a word of a title ("filem Hadiah Untuk Ibu"), no purpose clause. A meeting left with one side
// is then no meeting. In the party model's choices on the training folds, 8 of 9 parties after
// such an "untuk" were no gold party of the meeting.
import { type Doc, isCapWord, norm } from './doc.js';
import type { TriggerMatch } from './match.js';
import type { Triggers } from './refer.js';

/**
 * "bagi" opening a purpose clause ("bagi membincangkan Y"): not "bagi pihak X" (on behalf of X,
 * who takes part) nor "bagi X" with a name right after it (for X: "mesyuarat khas bagi Jawatankuasa X").
 */
function purposeBagi(d: Doc, k: number): boolean {
  return norm(d, k) === 'bagi' && d.entAt[k + 1]! < 0 && norm(d, k + 1) !== 'pihak';
}

/** Whether "untuk" stands between the meeting word and party e, with no meeting word after it. */
function inPurpose(d: Doc, trig: Triggers, m: TriggerMatch, e: number): boolean {
  const st = d.entStart[e]!;
  if (st < m.end || d.sentOf[st] !== d.sentOf[m.start]) return false;
  let purpose = false;
  for (let k = m.end; k < st; k++) {
    // a capitalised "Untuk" inside the sentence is a word of a title ("filem Hadiah Untuk Ibu")
    if ((norm(d, k) === 'untuk' || purposeBagi(d, k)) && !isCapWord(d, k)) purpose = true;
    else if (purpose) {
      const ti = trig.at[k]!;
      if (ti >= 0 && trig.matches[ti]!.trigger.type === 'MEET') return false;
    }
  }
  return purpose;
}

/** The parties without those the model chose inside a purpose clause after the meeting word; `rule`: the frames' parties, kept. */
export function withoutPurpose(
  d: Doc,
  trig: Triggers,
  m: TriggerMatch,
  parties: readonly number[],
  rule: readonly number[],
): readonly number[] {
  if (parties.length < 2) return parties;
  const named = new Set(rule.map((e) => d.entities[e]!.canonical));
  const drop = (e: number): boolean => !named.has(d.entities[e]!.canonical) && inPurpose(d, trig, m, e);
  return parties.some(drop) ? parties.filter((e) => !drop(e)) : parties;
}
