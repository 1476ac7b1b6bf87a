// "Majlis" is a council ("Majlis Peguam", "Majlis Keselamatan") and also a ceremony or function
// (Kamus Dewan: majlis = upacara, jamuan): "Majlis Perasmian ...", "Majlis Anugerah ...",
// "Majlis Makan Malam ...", "Majlis Rumah Terbuka ..." name events, which ANNOTATION.md section 4
// leaves unannotated. A decided body whose first word is "Majlis" and whose second is a word for
// what happens at a function is dropped; a council's name has a field or a body there instead.

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** Second words of "Majlis ..." naming an event (Kamus Dewan senses of the words), case-folded. */
const EVENT_WORDS: ReadonlySet<string> = new Set([
  'anugerah',
  'perasmian',
  'pelancaran',
  'penyampaian',
  'sambutan',
  'makan',
  'jamuan',
  'konvokesyen',
  'menandatangani',
  'menandatanganan',
  'pemeteraian',
  'rumah',
  'pecah',
  'penutupan',
  'pembukaan',
  'perkahwinan',
  'pertunangan',
  'tahlil',
  'doa',
  'bacaan',
  'ramah',
  'taklimat',
  'warshah',
  'bengkel',
  'persaraan',
  'perpisahan',
  'penghargaan',
  'apresiasi',
  'iftar',
  'berbuka',
  'khatam',
  'penganugerahan',
  'pertabalan',
  'istiadat',
]);

/** The mentions less the bodies that are "Majlis" plus an event word: ceremonies, not councils. */
export function withoutCeremonies(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(
    mentions,
    (m) =>
      m.label === 'ORG' &&
      m.tokenEnd - m.tokenStart >= 2 &&
      cols.norms[m.tokenStart]! === 'majlis' &&
      EVENT_WORDS.has(cols.norms[m.tokenStart + 1]!),
  );
}
