// A role met, its holder named before: "mereka perlu bertemu Ketua Menteri", "berjumpa dengan
// Perdana Menteri minggu depan". Malay news names an office holder once with his title ("Ketua
// Menteri, X") and later by the title alone; a meeting word whose other side is such a bare title
// (no name after it) meets the person last named with that title (roleHolder, as "Perdana
// Menteri berkata" is read). Only where the meeting has one side otherwise: a meeting the model
// found with two sides keeps them. Checked after the party model (meeting.ts).
import { type Doc, is, isDate, isPunct, norm, PREPOSITIONS, ROLE } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';
import { sentenceEndOf, sentenceStartOf } from './refer.js';
import { roleHolder } from './resolve.js';

/** Words that may follow a closed phrase: purpose, topic and time ("bertemu Menteri Besar bagi ...", "... minggu depan"). */
const CLOSERS: ReadonlySet<string> = new Set([
  'bagi',
  'untuk',
  'mengenai',
  'tentang',
  'berhubung',
  'esok',
  'semalam',
  'kelmarin',
  'hari',
  'minggu',
  'bulan',
  'pagi',
  'petang',
  'malam',
  'sebelum',
  'selepas',
]);
/** Words between the meeting word and the person met ("bertemu dengan", "kunjungan hormat kepada"). */
const TO: ReadonlySet<string> = new Set(['dengan', 'bersama', 'kepada']);

/** The holder of the bare role named as the side met right after m, if any. */
export function roleMet(d: Doc, m: TriggerMatch): number | undefined {
  const end = sentenceEndOf(d, m.start);
  // "X tidak hadir pada pertemuan dengan Perdana Menteri": the side named is not at the meeting
  for (let i = Math.max(sentenceStartOf(d, m.start), m.start - 4); i < m.start; i++)
    if (d.lex.classes.negated.has(norm(d, i))) return undefined;
  let k = pastModifiers(d, m.end, end);
  // a meeting noun names the role met after "dengan" ("Mesyuarat Menteri Besar" is a meeting of the office holders)
  if (k < end && TO.has(norm(d, k))) k++;
  else if ((m.trigger as MeetTrigger).frame !== 'verb') return undefined;
  if (k >= end || d.entAt[k]! >= 0 || !is(d, ROLE, k)) return undefined;
  // the title must stand alone, its phrase closed: no name after it ("Ketua Menteri, X" is read
  // as X), no word qualifying it ("pemimpin negara lain")
  let j = k;
  while (j < end && j < k + 4 && d.entAt[j]! < 0 && is(d, ROLE, j)) j++;
  if (j < end && !isPunct(d, j) && !PREPOSITIONS.has(norm(d, j)) && !CLOSERS.has(norm(d, j)) && !isDate(d, j)) return undefined;
  for (let i = j; i < Math.min(end, j + 3); i++) if (d.entAt[i]! >= 0) return undefined;
  return roleHolder(d, k);
}
