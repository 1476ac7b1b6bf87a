// Clitics: -nya, -lah, -kah, -pun, -tah, -ku, -mu written onto the word before them, and the
// proclitics ku- and kau- written onto the verb after them. They are reported as sub-spans of
// the token (the token itself is never split, so offsets stay those of the written word).
//
// The hard part is not finding the ending but knowing when it is not a clitic: sekolah,
// masalah, telah (-lah), langkah, nikah (-kah), tanya, hanya, Kenya (-nya), ampun, himpun
// (-pun), perintah, mentah (-tah), buku (-ku). A root-word dictionary answers that: a word
// that is itself a root, or a prefix plus a root (bersekolah, ditanya), keeps its ending.
// The dictionary is the Sastrawi root list (MIT) extracted from natural's Indonesian stemmer
// by lexicons/roots.ts; Malay and Indonesian share these roots.

import roots from '#lexicons/malay-roots.js';
import { sortedWordMembers } from '../support/sorted-index.js';
import type { Clitic, CliticForm } from '../types.js';

// the list ships sorted, as one text: searched in place until a corpus has asked often, then a Set (sortedWordMembers)
const isRoot = sortedWordMembers(roots);

/** Whether a lower-case word (or its part lower.slice(start, end), read in place) is a Malay/Indonesian root word. */
export function isRootWord(lower: string, start = 0, end = lower.length): boolean {
  return isRoot(lower, start, end);
}

/** Joined "pun" conjunctions are words, not word + clitic (DBP spelling rules). */
const PUN_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'adapun',
  'andaipun',
  'ataupun',
  'bagaimanapun',
  'biarpun',
  'kalaupun',
  'kendatipun',
  'lagipun',
  'mahupun',
  'maupun',
  'meskipun',
  'sekalipun',
  'sungguhpun',
  'walaupun',
  'walhal',
  'sementelahan',
  'apapun',
  'siapapun',
  'manapun',
  'namun',
]);

/** Copulas that began as pronoun + -lah and are now words of their own. */
const COPULAS: ReadonlySet<string> = new Set(['ialah', 'adalah']);

/** Pronouns and function words that take -lah/-kah/-pun/-tah freely (dialah, bukankah, itupun). */
const FUNCTION_STEMS: ReadonlySet<string> = new Set([
  'dia',
  'ia',
  'ini',
  'itu',
  'sini',
  'situ',
  'sana',
  'apa',
  'siapa',
  'mana',
  'bila',
  'bilakah',
  'kami',
  'kita',
  'kamu',
  'mereka',
  'beliau',
  'saya',
  'aku',
  'engkau',
  'kau',
  'anda',
  'bukan',
  'tidak',
  'ada',
  'boleh',
  'sudah',
  'telah',
  'belum',
  'akan',
  'mesti',
  'harus',
  'perlu',
  'patut',
  'inilah',
  'begitu',
  'begini',
  'demikian',
  'kini',
  'sekarang',
  'juga',
  'hanya',
  'maka',
  'lalu',
  'kemudian',
  'mari',
  'cuba',
  'sila',
  'jangan',
  'janganlah',
  'agak',
  'amat',
  'sangat',
  'paling',
  'satu',
  'dua',
  'tiga',
  'semua',
  'inipun',
  'adakah',
  'bagaimana',
  'mengapa',
  'kenapa',
  'berapa',
  'dari',
  'daripada',
  'kepada',
  'untuk',
  'dengan',
  'oleh',
  'bagi',
  'dalam',
  'atas',
  'bawah',
  'antara',
  'kerana',
  'sebab',
  'supaya',
  'jika',
]);

/** Derivational prefixes: a word that is a prefix plus a root ending like a clitic keeps its ending. */
const PREFIXES = [
  'memper',
  'diper',
  'ber',
  'ter',
  'per',
  'mem',
  'men',
  'meng',
  'meny',
  'me',
  'pem',
  'pen',
  'peng',
  'peny',
  'pe',
  'di',
  'ke',
  'se',
];

/** The enclitic a word could end in, read off its last letters (at most one fits). */
function encliticCandidate(w: string, allowOnlyNya: boolean): CliticForm | undefined {
  const n = w.length;
  const c1 = w.charCodeAt(n - 1);
  const c2 = w.charCodeAt(n - 2);
  if (c1 === 97 /* a */) return c2 === 121 && w.charCodeAt(n - 3) === 110 ? 'nya' : undefined;
  if (allowOnlyNya) return undefined;
  if (c1 === 104 /* h */ && c2 === 97 /* a */) {
    const c3 = w.charCodeAt(n - 3);
    return c3 === 108 ? 'lah' : c3 === 107 ? 'kah' : c3 === 116 ? 'tah' : undefined;
  }
  if (c1 === 110 /* n */) return c2 === 117 && w.charCodeAt(n - 3) === 112 ? 'pun' : undefined;
  if (c1 === 117 /* u */) return c2 === 107 ? 'ku' : c2 === 109 ? 'mu' : undefined;
  return undefined;
}
const PROCLITICS = ['kau', 'ku'] as const;

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** The prefixes by their first letter: a word is tried only against the few of its own letter. */
const PREFIXES_BY_FIRST: ReadonlyArray<readonly string[]> = (() => {
  const byFirst: string[][] = Array.from({ length: 128 }, () => []);
  for (const p of PREFIXES) byFirst[p.charCodeAt(0)]!.push(p);
  return byFirst;
})();

/** Whether `s` starts with `p`: a loop the compiler inlines, cheaper than a startsWith call per prefix. */
function hasPrefix(s: string, p: string): boolean {
  for (let i = 0; i < p.length; i++) if (s.charCodeAt(i) !== p.charCodeAt(i)) return false;
  return true;
}

/** A root, or a derivational prefix plus a root: such a word is lexical, not word + clitic. */
function isLexical(lower: string): boolean {
  if (isRoot(lower)) return true;
  const c = lower.charCodeAt(0);
  if (!(c < 128)) return false; // every prefix is ASCII
  for (const p of PREFIXES_BY_FIRST[c]!) {
    if (lower.length - p.length >= 3 && hasPrefix(lower, p) && isRoot(lower, p.length)) return true;
  }
  return false;
}

/**
 * Decide whether `lower` (the lower-cased word) ends in the enclitic `form`; `capitalised`
 * says the written word starts with a capital (a name like Abdullah or Makkah is never split
 * unless the stem is a known word).
 */
function hasEnclitic(lower: string, stem: string, form: CliticForm, capitalised: boolean): boolean {
  if (stem.length < 2) return false;
  // the joined conjunctions that are clitic-shaped all end in -pun, the copulas in -lah: a word
  // with another ending is in neither set, and is not looked up
  if (form === 'pun' ? PUN_CONJUNCTIONS.has(lower) : form === 'lah' && COPULAS.has(lower)) return false;
  // the root list also holds some clitic forms of function words (apakah, bukankah, apatah)
  if (FUNCTION_STEMS.has(stem)) return true;
  if (stem.length < 3 || isLexical(lower)) return false;
  const last = stem[stem.length - 1];
  switch (form) {
    case 'nya':
      // hanya, punya, tanya, Kenya are roots (handled above); anything else ending -nya is clitic
      return !capitalised || isRoot(stem) || stem.length >= 4;
    case 'lah':
    case 'kah':
      // Abdullah, Makkah: a doubled consonant before the ending marks a name
      if (capitalised && (last === form[0] || !isLexical(stem))) return false;
      return true;
    case 'pun':
      // ampun, himpun, rumpun: roots whose stem ends in m
      if (last === 'm') return false;
      return !capitalised || isLexical(stem);
    case 'tah':
      // apatah, manatah vs perintah, mentah: the clitic follows a vowel
      return isVowel(last) && (!capitalised || isLexical(stem));
    case 'ku':
    case 'mu':
      // rumahku, bukumu: only when what is left is itself a known word
      return isLexical(stem) && !capitalised;
    default:
      return false;
  }
}

/**
 * A word's clitics as judged from its lower-cased form alone: the forms in written order and
 * the stem. The spans in the text are laid out from it by cliticSpans.
 */
export interface CliticAnalysis {
  readonly forms: readonly CliticForm[];
  /** Whether forms[0] is a proclitic (ku-, kau-); the others are enclitics. */
  readonly proclitic: boolean;
  readonly stem: string;
}

/**
 * Whether a lower-cased word could carry a clitic at all: a clitic ending, or a ku-/kau- start.
 * Most words fail this test (kerana, kepada and the other ke- words included).
 */
export function mayHaveClitics(lower: string): boolean {
  if (lower.length < 4) return false;
  if (encliticCandidate(lower, false) !== undefined) return true;
  if (lower.charCodeAt(0) !== 107 /* k */) return false;
  const c1 = lower.charCodeAt(1);
  return c1 === 117 /* u */ || (c1 === 97 /* a */ && lower.charCodeAt(2) === 117);
}

/**
 * mayHaveClitics of the lower case of text[start, end), a run of ASCII letters (in any case),
 * read in place: the tokenizer asks it of every word the scanner found to be letters only, and
 * reading the one text in order measured cheaper than loading each word's own norm string.
 * (An ASCII letter's lower case is the letter with bit 5 set.)
 */
export function mayHaveCliticsIn(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const z = text.charCodeAt(end - 1) | 32;
  const y = text.charCodeAt(end - 2) | 32;
  // the endings of encliticCandidate: -nya, -lah/-kah/-tah, -pun, -ku/-mu
  if (z === 97 /* a */) {
    if (y === 121 && (text.charCodeAt(end - 3) | 32) === 110) return true;
  } else if (z === 104 /* h */) {
    if (y === 97) {
      const x = text.charCodeAt(end - 3) | 32;
      if (x === 108 || x === 107 || x === 116) return true;
    }
  } else if (z === 110 /* n */) {
    if (y === 117 && (text.charCodeAt(end - 3) | 32) === 112) return true;
  } else if (z === 117 /* u */ && (y === 107 || y === 109)) return true;
  // ku- and kau-
  if ((text.charCodeAt(start) | 32) !== 107) return false;
  const b = text.charCodeAt(start + 1) | 32;
  return b === 117 || (b === 97 && (text.charCodeAt(start + 2) | 32) === 117);
}

/** The clitics of a lower-cased word (capitalised: written with a capital), or undefined. */
export function analyseClitics(lower: string, capitalised: boolean): CliticAnalysis | undefined {
  if (!mayHaveClitics(lower)) return undefined;
  // only plain letters: hyphenated words look at their last part
  const hyphen = lastHyphen(lower);
  const word = hyphen >= 0 ? lower.slice(hyphen + 1) : lower;
  // at most two enclitics, the outer found first: katanyalah, dianyapun
  let outer: CliticForm | undefined;
  let inner: CliticForm | undefined;
  let rest = word;
  let enclitics = 0;
  for (let round = 0; round < 2; round++) {
    const form = encliticCandidate(rest, round === 1);
    if (form === undefined || rest.length <= form.length + 1) break;
    // the stem is sliced once, for the judgement and as what is left
    const stem = rest.slice(0, rest.length - form.length);
    if (!hasEnclitic(rest, stem, form, capitalised && hyphen < 0)) break;
    if (round === 0) outer = form;
    else inner = form;
    rest = stem;
    enclitics += form.length;
    if (form === 'nya' || form === 'ku' || form === 'mu') break; // -nya is the innermost
  }
  // proclitics ku- and kau-: kubawa, kautulis (lower-case, the word is no root, the rest is)
  let pro: CliticForm | undefined;
  if (!capitalised && hyphen < 0 && rest.charCodeAt(0) === 107 /* k */) {
    for (const p of PROCLITICS) {
      if (rest.startsWith(p) && rest.length - p.length >= 3 && isRoot(rest, p.length) && !isLexical(rest)) {
        pro = p;
        break;
      }
    }
  }
  if (outer === undefined && pro === undefined) return undefined;
  // The forms in written order, in an array made once. This and lastHyphen replace unshift
  // and lastIndexOf, both calls into the runtime: with them, judging the clitics of the words
  // took a fifth of tokenize() (measured by leaving it out), many times its cost in a loop
  // of its own.
  const forms: CliticForm[] = [];
  if (pro !== undefined) forms.push(pro);
  if (inner !== undefined) forms.push(inner);
  if (outer !== undefined) forms.push(outer);
  const stem = lower.slice(pro !== undefined ? pro.length : 0, lower.length - enclitics);
  return { forms, proclitic: pro !== undefined, stem };
}

/** Index of the last "-" in a word, or -1 (a loop over a short string). */
function lastHyphen(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (s.charCodeAt(i) === 45) return i;
  return -1;
}

/**
 * The clitics of an analysed word token written at [start, end), as sub-spans of the text.
 * Enclitics are measured from the token's end, so soft hyphens inside the word do not shift them.
 */
export function cliticSpans(text: string, start: number, end: number, a: CliticAnalysis): Clitic[] {
  // One loop and one code path for both kinds of clitic, choosing values rather than running
  // separate statements: a statement only proclitics reach (rare) has no type feedback when
  // tokensAndUnits is optimised with this inlined, and deoptimised it at every proclitic, 30
  // to 60 times in a five-pass run over the corpus (--trace-deopt).
  const forms = a.forms;
  const first = a.proclitic ? 1 : 0;
  const out = new Array<Clitic>(forms.length);
  let restEnd = end;
  for (let j = forms.length - 1; j >= 0; j--) {
    const form = forms[j]!;
    const length = form.length;
    const encliticStart = restEnd - length;
    const procliticEnd = start + length;
    const proclitic = j < first;
    const s = proclitic ? start : encliticStart;
    const e = proclitic ? procliticEnd : restEnd;
    out[j] = { form, position: proclitic ? 'proclitic' : 'enclitic', start: s, end: e, text: text.slice(s, e) };
    restEnd = s;
  }
  return out;
}

/**
 * Clitics of one word token written at [start, end) with lower-cased form `lower`.
 * Returns sub-spans in the original text (soft hyphens inside the word are accounted for by
 * measuring from the token's end), or undefined.
 */
export function findClitics(text: string, start: number, end: number, lower: string): readonly Clitic[] | undefined {
  if (!mayHaveClitics(lower)) return undefined;
  const a = analyseClitics(lower, text.charCodeAt(start) !== lower.charCodeAt(0));
  return a === undefined ? undefined : cliticSpans(text, start, end, a);
}

/** The lower-cased word without its clitics. */
export function stemOf(lower: string, clitics: readonly Clitic[]): string {
  let s = lower;
  for (const c of clitics) {
    if (c.position === 'enclitic') s = s.slice(0, s.length - c.form.length);
  }
  for (const c of clitics) {
    if (c.position === 'proclitic') s = s.slice(c.form.length);
  }
  return s;
}
