// The channel something is done through is no side of a meeting: "X akan menghantar bantuan
// melalui Yayasan Y dan berunding dengan Z" (Y carries the aid, it does not negotiate),
// "berhubung melalui Pejabat W". A name right after "melalui" (through) is dropped from the sides
// the party model chose; the frames never take a name there. In the training set's gold, none
// of the 14 names after "melalui" is a meeting's party in its article; on the training folds the
// party model took one as a side in every seed, never a gold one. "Menerusi", its synonym, is
// left alone: 1 of its 3 names in the gold is a party.
import { type Doc, norm } from './doc.js';

/** Whether the entity e is named right after "melalui": the channel, not a side. */
export function channel(d: Doc, e: number): boolean {
  const k = d.entStart[e]! - 1;
  return k >= 0 && norm(d, k) === 'melalui';
}
