// Who reports a meeting takes no part in it: a name right after "dilaporkan oleh", "seperti
// dilaporkan", "didedahkan oleh", "dipetik daripada", "memetik" or "menurut laporan" ("Seperti
// dilaporkan oleh Harian Kita, rundingan dengan X ...", "rundingan itu didedahkan oleh Portal Y")
// is the source of the report, whatever the lexicon knows of it (news-outlet.ts reads the
// lexicon's kind; this reads the words before the name). Read after the party model: such a
// name is dropped from a meeting's sides, and a meeting left with one side is none. In the
// training set's gold, no name after these words is a meeting's party (0 of 5).
import { type Doc, norm } from './doc.js';

/** Words that, right before a name, make it the one reporting: "dilaporkan oleh X", "memetik X". */
function reportedBy(d: Doc, e: number): boolean {
  const st = d.entStart[e]!;
  if (st < 1) return false;
  const w1 = norm(d, st - 1);
  const w2 = st > 1 ? norm(d, st - 2) : '';
  if (w1 === 'memetik') return true;
  // "dilaporkan oleh X", "didedahkan oleh X", "seperti dilaporkan X"
  if (w1 === 'oleh') return w2 === 'dilaporkan' || w2 === 'didedahkan';
  if (w1 === 'dilaporkan') return w2 === 'seperti' || w2 === 'sebagaimana';
  // "dipetik daripada X", "menurut laporan X"
  if (w1 === 'daripada' || w1 === 'dari') return w2 === 'dipetik';
  if (w1 === 'laporan') return w2 === 'menurut' || w2 === 'memetik';
  return false;
}

/** The parties (entity indexes) that are not named as the source of a report. */
export function withoutSources(d: Doc, parties: readonly number[]): readonly number[] {
  return parties.some((e) => reportedBy(d, e)) ? parties.filter((e) => !reportedBy(d, e)) : parties;
}
