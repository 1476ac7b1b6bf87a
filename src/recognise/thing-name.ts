// Nothing is annotated inside the name of an event, competition, award, law, agreement, plan,
// programme or fund (ANNOTATION.md section 4, "Names inside other names"): in "Akta Suruhanjaya
// X 2009", "Projek Lebuhraya Pantai Timur", "Tabung Bantuan Banjir Kelantan", "Hari Guru
// Peringkat Daerah Y" the body or place is a word of the thing's name, not a mention of its
// own. A decided ORG or LOC is dropped when the run of capitalised words it ends (joined by dan,
// &, bagi, ke, a hyphen, numbers, a bracketed short form) starts with a word naming such a thing
// ("Akta", "Projek", "Tabung", ...), that word not itself joined by "dan" to the words before it
// ("Menteri Belia dan Sukan Sarawak" is a portfolio: Sukan does not start the name). A mention
// straight after "ke", "bagi" or a hyphen is inside the name ("Dasar Pandang ke Timur"); one
// straight after "dan" is a second thing listed ("Akta Kastam dan Lembaga Hasil"). After a
// lower-case "projek", "program", "akta" ..., a mention that is not the first word of the name
// after it is dropped the same way ("projek Jambatan Kedua Pulau Pinang"); the first word is
// kept ("program Umno": the body that runs it).
//
// The exception of the same section, a named body in the name of its own meeting, assembly or
// summit ("Perhimpunan Agung UMNO", "Sidang Kemuncak ASEAN"), is why words for a meeting are not
// in the first list: there only a place is dropped ("Dialog Keselamatan Putrajaya", "Himpunan
// Solidariti Selamatkan Gaza"), and not a place joined to another by a hyphen, the sides of the
// talks ("Rundingan Tahunan Malaysia-Thailand"). People are never dropped: a name after a
// title in such a run is a person speaking of the thing.

import type { TokenColumns } from '../tokenize/columns.js';
import { isNameWord } from './context.js';
import { type Mention, withoutMentions } from './mention.js';

/**
 * First words of the name of a law, agreement, plan, programme, fund, event, competition or award
 * (the kinds of ANNOTATION.md section 4; the words are the Malay nouns for them, general
 * knowledge: Kamus Dewan senses), case-folded.
 */
const THING_HEADS: ReadonlySet<string> = new Set([
  // laws and rules
  'akta',
  'rang',
  'enakmen',
  'ordinan',
  'kanun',
  'perlembagaan',
  'peraturan-peraturan',
  // agreements and declarations
  'perjanjian',
  'deklarasi',
  'piagam',
  'memorandum',
  // plans and policies
  'pelan',
  'rancangan',
  'dasar',
  'rangka',
  'kertas',
  'projek',
  'inisiatif',
  // programmes, schemes, funds, products
  'program',
  'skim',
  'tabung',
  'dana',
  'insurans',
  // events, competitions, awards
  'seminar',
  'simposium',
  'bengkel',
  'wacana',
  'hari',
  'minggu',
  'tahun',
  'sambutan',
  'pesta',
  'festival',
  'karnival',
  'ekspo',
  'pameran',
  'konsert',
  'larian',
  'kejohanan',
  'pertandingan',
  'sukan',
  'piala',
  'anugerah',
]);

/** Lower-case nouns after which a capitalised run names the thing (projek ..., program ...), case-folded. */
const LOWER_THING_HEADS: ReadonlySet<string> = new Set([
  'projek',
  'program',
  'kempen',
  'skim',
  'pelan',
  'dasar',
  'akta',
  'perjanjian',
  'tabung',
]);

/**
 * First words of the name of a meeting, assembly, rally, talks or dialogue (the MEET triggers of
 * ANNOTATION.md section 2 written as names), case-folded: a body in it is the one meeting.
 */
const MEETING_HEADS: ReadonlySet<string> = new Set([
  'himpunan',
  'perhimpunan',
  'dialog',
  'rundingan',
  'sidang',
  'persidangan',
  'forum',
  'kongres',
  'konvensyen',
  'mesyuarat',
  'muktamar',
]);

/** Words that join two parts of one name. */
const JOINERS: ReadonlySet<string> = new Set(['dan', '&', 'bagi', 'ke', '-']);

/** Joiners that may stand just before the mention itself ("Dasar Pandang ke Timur"); not "dan", which lists a second thing. */
const NEXT_JOINERS: ReadonlySet<string> = new Set(['ke', 'bagi', '-']);

/** Words that join a word to the one before it in a list of names (Belia dan Sukan). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['dan', '&', '-']);

/** Longest bracketed short form stepped over inside a name, in tokens between the brackets. */
const MAX_BRACKET = 6;

/** Longest run of a thing's name walked back over, in tokens. */
const MAX_RUN = 24;

const sameLine = (cols: TokenColumns, k: number): boolean => cols.breaksBefore[k]! === 0;

const nameOrNumber = (cols: TokenColumns, k: number): boolean =>
  isNameWord(cols, k) || cols.kinds[k] === 'number' || cols.kinds[k] === 'ordinal';

/**
 * The first token of the run of a name that goes on up to token `end` (exclusive): capitalised
 * words, numbers, joiners between them and bracketed short forms, on one line; -1 when the token
 * before `end` is no part of a name.
 */
function runStart(cols: TokenColumns, end: number): number {
  let first = -1;
  let j = end - 1;
  while (j >= 0 && end - j <= MAX_RUN && sameLine(cols, j + 1)) {
    if (nameOrNumber(cols, j)) {
      if (isNameWord(cols, j)) first = j;
      j--;
      continue;
    }
    const t = cols.texts[j]!;
    const joins = first !== -1 ? JOINERS.has(cols.norms[j]!) : NEXT_JOINERS.has(cols.norms[j]!);
    if (joins && j > 0 && sameLine(cols, j) && nameOrNumber(cols, j - 1)) {
      j--;
      continue;
    }
    if (t === ')') {
      let o = j - 1;
      while (o >= 0 && j - o <= MAX_BRACKET + 1 && cols.texts[o] !== '(' && cols.texts[o] !== ')') o--;
      if (o > 0 && cols.texts[o] === '(' && sameLine(cols, o + 1) && isNameWord(cols, o - 1)) {
        j = o - 1;
        continue;
      }
    }
    break;
  }
  return first;
}

/** Whether the body or place m is a word of the name of a thing (or of a meeting, for a place). */
function insideThingName(cols: TokenColumns, m: Mention): boolean {
  if (m.label === 'PER') return false;
  const first = runStart(cols, m.tokenStart);
  if (first === -1) return false;
  const head = cols.norms[first]!;
  const joined = first > 0 && sameLine(cols, first) && LIST_JOINERS.has(cols.norms[first - 1]!);
  if (!joined && THING_HEADS.has(head)) return true;
  if (!joined && m.label === 'LOC' && MEETING_HEADS.has(head)) {
    const pairedBefore = cols.texts[m.tokenStart - 1] === '-';
    const pairedAfter = m.tokenEnd < cols.size && cols.texts[m.tokenEnd] === '-';
    return !pairedBefore && !pairedAfter;
  }
  return (
    first > 0 &&
    first < m.tokenStart &&
    sameLine(cols, first) &&
    cols.kinds[first - 1] === 'word' &&
    LOWER_THING_HEADS.has(cols.texts[first - 1]!)
  );
}

/** The mentions less the bodies and places written inside the name of an event, law, plan, programme or fund. */
export function withoutNamesInThings(cols: TokenColumns, mentions: readonly Mention[]): Mention[] {
  return withoutMentions(mentions, (m) => insideThingName(cols, m));
}
