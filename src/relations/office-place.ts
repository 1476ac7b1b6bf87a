// A place in the title of an office names where the office is held, not a side of the meeting:
// "Duta Besar Malaysia ke Jepun, Datuk X", "Duta Palestin", "cadangan Menteri Besar Kedah".
// The party model asks about every place in the sentence; one right after "Duta", "Duta Besar"
// or "Menteri Besar" that it takes as a side is dropped (read after the model). A place the
// rules' frames name stays: "pertemuan dengan Duta China" (the ambassador unnamed, the country
// stands for the side, as role-of.ts leaves it). In the training set's gold, 3 of 31 places so
// titled are a meeting's party in their article; on the training folds, the party model took 15
// such places as sides over four seeds, none of them gold.
import { type Doc, norm } from './doc.js';

/** Whether the place e stands right after the title of an office: "Duta X", "Duta Besar X", "Menteri Besar X". */
export function officePlace(d: Doc, e: number): boolean {
  if (d.entities[e]!.label !== 'LOC') return false;
  const k = d.entStart[e]! - 1;
  if (k < 0) return false;
  const w = norm(d, k);
  if (w === 'duta') return true;
  if (w !== 'besar' || k < 1) return false;
  const w2 = norm(d, k - 1);
  return w2 === 'duta' || w2 === 'menteri';
}
