// The other side left unnamed: "bertemu pengundi", "mengadakan pertemuan dengan
// syarikat-syarikat telekomunikasi", "berjumpa dengan beberapa menteri", "bersemuka dengan
// pemaju projek", "menghubungi pihak bomba". Where the slot after a meeting word (after
// "dengan", "bersama") holds a common noun for a group of people rather than a name, the
// meeting is with nobody named; a meeting with only one named side is not annotated
// (ANNOTATION.md, section 4), so no second party is looked for elsewhere in the text.
// A group is a word of the class `quantifier` ("beberapa", "semua", "para") before a noun, a
// reduplicated plural ("pelajar-pelajar"), a noun of the class `group` ("pengundi",
// "penduduk"; both classes in lexicons/src/relations/words.tsv), or "pihak" before a common
// noun ("pihak bomba"). The slot begins past the words describing the meeting ("pertemuan empat
// mata dengan pemilik gerai", "pertemuan dan perbincangan dengan semua kaum", "rundingan secara
// terus dengan pengusaha"). A name ending the noun phrase ("rakyat Palestin", "wakil kerajaan
// Jepun"), or members named after "termasuk", "seperti", "antaranya", still name the side.
import {
  CLAUSE_OPENERS,
  COORDINATORS,
  type Doc,
  GROUP,
  is,
  norm,
  PREPOSITIONS,
  PRONOUN_ANY,
  PRONOUN_FIRST,
  PRONOUN_PERSON,
  PRONOUN_PLURAL,
  QUANTIFIER,
  TRANSPARENT,
} from './doc.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';

const SKIP: ReadonlySet<string> = new Set(['dengan', 'bersama', 'bersama-sama', 'semula', 'kembali', 'sekali', 'lagi', 'terus']);

/** Reduplicated words that are adverbs, not plurals: "kira-kira 30 minit", "sama-sama". */
const ADVERBIAL: ReadonlySet<string> = new Set(['kira', 'sama', 'baru', 'masing', 'benar', 'lebih', 'cepat', 'awal', 'betul', 'sungguh']);

/** Whether the word at k is a plural by reduplication: "pelajar-pelajar", "syarikat-syarikat". */
function reduplicated(d: Doc, k: number): boolean {
  const n = norm(d, k);
  const at = n.indexOf('-');
  return at > 0 && n.slice(0, at) === n.slice(at + 1) && !ADVERBIAL.has(n.slice(0, at));
}

/** Words that go on to name members of the group: "beberapa tokoh, termasuk X", "seperti X", "antaranya X". */
const EXAMPLES: ReadonlySet<string> = new Set([
  'termasuk',
  'seperti',
  'antaranya',
  'iaitu',
  'khususnya',
  'terutama',
  'terutamanya',
  'antara',
]);

/** Prepositions of place: a name after them says where the group is ("terutama di X"), not who is in it. */
const WHERE: ReadonlySet<string> = new Set(['di', 'ke', 'dari', 'daripada']);

/** Whether a name is given for the group after token k: an example word followed by a name, within the clause. */
function membersNamed(d: Doc, k: number, s1: number): boolean {
  const end = Math.min(s1, k + 16);
  for (let j = k + 1; j < end; j++) {
    const n = norm(d, j);
    if (n === '.' || n === ';' || n === ':') return false;
    if (!EXAMPLES.has(n)) continue;
    for (let i = j + 1; i < end && i <= j + 4; i++) {
      // "pengundi Melayu terutama di [Sijangkang]": where they are, not who they are
      if (WHERE.has(norm(d, i))) break;
      if (d.entAt[i]! >= 0) return true;
    }
  }
  return false;
}

/** Whether a name ends the noun phrase from token k: "rakyat Palestin", "pemimpin parti UMNO" (up to three words on, before any preposition). */
function nameInPhrase(d: Doc, k: number, s1: number): boolean {
  for (let j = k + 1; j < s1 && j <= k + 3; j++) {
    if (d.entAt[j]! >= 0) return true;
    const n = norm(d, j);
    if (d.cols.kinds[j]! !== 'word' || PREPOSITIONS.has(n) || CLAUSE_OPENERS.has(n) || COORDINATORS.has(n)) return false;
  }
  return false;
}

/** Whether the word at k is a one-word meeting word of the lexicon ("perbincangan", "rundingan"). */
function meetingWord(d: Doc, k: number): boolean {
  return (d.lex.byFirst.get(norm(d, k)) ?? []).some((t) => t.type === 'MEET' && t.words.length === 1);
}

/**
 * The first token from k past the words describing the meeting: its modifiers ("pertemuan empat
 * mata dengan"), a second meeting word joined to it ("pertemuan dan perbincangan dengan") and a
 * manner ("rundingan secara terus dengan").
 */
function pastDescription(d: Doc, k: number, s1: number): number {
  for (let i = 0; i < 3; i++) {
    const j = pastModifiers(d, k, s1);
    if (j > k) {
      k = j;
      continue;
    }
    const n = norm(d, k);
    if ((n === 'dan' || n === 'serta' || n === 'atau') && k + 1 < s1 && meetingWord(d, k + 1)) k += 2;
    else if (n === 'secara' && k + 1 < s1 && d.entAt[k + 1]! < 0 && d.cols.kinds[k + 1] === 'word') k += 2;
    else break;
  }
  return k;
}

/** Whether the slot after the meeting word m holds a group of people nobody names. */
export function unnamedSide(d: Doc, m: TriggerMatch): boolean {
  const s1 = d.sentEnd[d.sentOf[m.start]!]!;
  // past the words describing the meeting: "pertemuan empat mata dengan ..."
  let k = pastDescription(d, m.end, s1);
  while (k < s1 && SKIP.has(norm(d, k))) k++;
  let quant = false;
  while (k < s1 && is(d, QUANTIFIER, k)) {
    quant = true;
    k++;
  }
  if (k >= s1 || d.entAt[k]! >= 0) return false;
  if (d.cols.kinds[k] !== 'word') return false;
  if (is(d, PRONOUN_PERSON, k) || is(d, PRONOUN_ANY, k) || is(d, PRONOUN_FIRST, k) || is(d, PRONOUN_PLURAL, k)) return false;
  // a name after a quantifier or a group noun still names the side: "semua pemimpin UMNO"
  const named = nameInPhrase(d, k, s1) || membersNamed(d, k, s1);
  if (quant) return !named;
  if (d.cols.texts[k]!.charCodeAt(0) < 97) return false;
  // "pihak bomba": "pihak" before a common noun, not before a name ("pihak FAS" is FAS)
  const party = is(d, TRANSPARENT, k) && d.entAt[k + 1]! < 0 && d.cols.kinds[k + 1] === 'word';
  return (party || reduplicated(d, k) || is(d, GROUP, k)) && !named;
}
