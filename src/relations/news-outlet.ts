// A news outlet reports a meeting, it takes no part in it: "Akhbar Harian cuba menghubungi X
// bagi mendapatkan reaksi", "ketika dihubungi Warta Kini", "semasa kunjungan itu, Berita Kita
// mendapati ...". Newspapers, portals, broadcasters and news agencies (kinds `news-outlet` and
// `news-agency` in the lexicon, read by each party's lexicon id) are dropped from a meeting's
// parties; a meeting left with one side is then no meeting (ANNOTATION.md section 4: a meeting
// with only one named side is not annotated). In the training set's gold, 2 of 318 meetings
// have a news outlet as a party (a journalist's call for comment); on the training folds the
// party model put an outlet in 7 meetings, 6 of them not gold.
import type { EntryKind } from '../lexicon/types.js';
import type { Doc } from './doc.js';

const REPORTERS: ReadonlySet<EntryKind> = new Set<EntryKind>(['news-outlet', 'news-agency']);

/** The parties (entity indexes) that are not news outlets; `kindOf` reads the lexicon's kind of an id. */
export function withoutReporters(
  d: Doc,
  parties: readonly number[],
  kindOf: ((kb: string) => EntryKind | undefined) | undefined,
): readonly number[] {
  if (kindOf === undefined) return parties;
  const isReporter = (e: number): boolean => {
    const kb = d.entities[e]!.kb;
    if (kb === undefined || kb === '') return false;
    const kind = kindOf(kb);
    return kind !== undefined && REPORTERS.has(kind);
  };
  return parties.some(isReporter) ? parties.filter((e) => !isReporter(e)) : parties;
}
