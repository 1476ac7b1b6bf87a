// A country's name after a word for a community names one of Malaysia's ethnic groups, not the
// country: "masyarakat India", "kaum India", "pengundi India" are Malaysians of Indian descent,
// and ANNOTATION.md section 1 leaves ethnic groups and demonyms unannotated. "warga India" and
// "rakyat India" (citizens of India) and "India" alone stay places. Only names that are both a
// country and a Malaysian ethnic group in Malay usage are listed: "Cina" names the group (the
// country is "China") and is a non-entity word already; "orang Sabah", "pelajar Malaysia" name
// people of a place, which the annotation keeps as the place.

import type { TokenColumns } from '../tokenize/columns.js';
import { type Mention, withoutMentions } from './mention.js';

/** Country names that are also the name of a Malaysian ethnic group (Kamus Dewan: kaum India). */
const GROUP_COUNTRIES: ReadonlySet<string> = new Set(['India', 'INDIA']);

/** Words for a community or its members, written before the group's name (kaum ..., masyarakat ...). */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'masyarakat',
  'kaum',
  'etnik',
  'bangsa',
  'keturunan',
  'komuniti',
  'orang',
  'lelaki',
  'wanita',
  'pelajar',
  'murid',
  'pengundi',
  'golongan',
  'belia',
  'usahawan',
  'peniaga',
]);

/** The mentions less the one-word places that name an ethnic group after a community word. */
export function withoutEthnicGroups(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(
    mentions,
    (m) =>
      m.label === 'LOC' &&
      m.tokenEnd - m.tokenStart === 1 &&
      m.tokenStart > 0 &&
      GROUP_COUNTRIES.has(cols.texts[m.tokenStart]!) &&
      GROUP_NOUNS.has(cols.norms[m.tokenStart - 1]!),
  );
}
