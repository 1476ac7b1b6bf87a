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
import type { Clitic, CliticForm } from '../types.js';

const ROOTS: ReadonlySet<string> = new Set(roots);

/** Whether a lower-case word is a Malay/Indonesian root word. */
export function isRootWord(lower: string): boolean {
  return ROOTS.has(lower);
}

/** Joined "pun" conjunctions are words, not word + clitic (DBP spelling rules). */
const PUN_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'adapun', 'andaipun', 'ataupun', 'bagaimanapun', 'biarpun', 'kalaupun', 'kendatipun', 'lagipun',
  'mahupun', 'maupun', 'meskipun', 'sekalipun', 'sungguhpun', 'walaupun', 'walhal', 'sementelahan',
  'apapun', 'siapapun', 'manapun', 'namun',
]);

/** Copulas that began as pronoun + -lah and are now words of their own. */
const COPULAS: ReadonlySet<string> = new Set(['ialah', 'adalah']);

/** Pronouns and function words that take -lah/-kah/-pun/-tah freely (dialah, bukankah, itupun). */
const FUNCTION_STEMS: ReadonlySet<string> = new Set([
  'dia', 'ia', 'ini', 'itu', 'sini', 'situ', 'sana', 'apa', 'siapa', 'mana', 'bila', 'bilakah', 'kami', 'kita',
  'kamu', 'mereka', 'beliau', 'saya', 'aku', 'engkau', 'kau', 'anda', 'bukan', 'tidak', 'ada', 'boleh',
  'sudah', 'telah', 'belum', 'akan', 'mesti', 'harus', 'perlu', 'patut', 'inilah', 'begitu', 'begini',
  'demikian', 'kini', 'sekarang', 'juga', 'hanya', 'maka', 'lalu', 'kemudian', 'mari', 'cuba', 'sila',
  'jangan', 'janganlah', 'agak', 'amat', 'sangat', 'paling', 'satu', 'dua', 'tiga', 'semua', 'inipun',
  'adakah', 'bagaimana', 'mengapa', 'kenapa', 'berapa', 'dari', 'daripada', 'kepada', 'untuk',
  'dengan', 'oleh', 'bagi', 'dalam', 'atas', 'bawah', 'antara', 'kerana', 'sebab', 'supaya', 'jika',
]);

/** Derivational prefixes: a word that is a prefix plus a root ending like a clitic keeps its ending. */
const PREFIXES = ['memper', 'diper', 'ber', 'ter', 'per', 'mem', 'men', 'meng', 'meny', 'me', 'pem', 'pen', 'peng', 'peny', 'pe', 'di', 'ke', 'se'];

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

/** A root, or a derivational prefix plus a root: such a word is lexical, not word + clitic. */
function isLexical(lower: string): boolean {
  if (ROOTS.has(lower)) return true;
  for (const p of PREFIXES) {
    if (lower.length - p.length >= 3 && lower.startsWith(p) && ROOTS.has(lower.slice(p.length))) return true;
  }
  return false;
}

/**
 * Decide whether `lower` (the lower-cased word) ends in the enclitic `form`; `capitalised`
 * says the written word starts with a capital (a name like Abdullah or Makkah is never split
 * unless the stem is a known word).
 */
function hasEnclitic(lower: string, form: CliticForm, capitalised: boolean): boolean {
  const stem = lower.slice(0, lower.length - form.length);
  if (stem.length < 2) return false;
  if (PUN_CONJUNCTIONS.has(lower) || COPULAS.has(lower)) return false;
  // the root list also holds some clitic forms of function words (apakah, bukankah, apatah)
  if (FUNCTION_STEMS.has(stem)) return true;
  if (stem.length < 3 || isLexical(lower)) return false;
  const last = stem[stem.length - 1];
  switch (form) {
    case 'nya':
      // hanya, punya, tanya, Kenya are roots (handled above); anything else ending -nya is clitic
      return !capitalised || ROOTS.has(stem) || stem.length >= 4;
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
 * Clitics of one word token written at [start, end) with lower-cased form `lower`.
 * Returns sub-spans in the original text (soft hyphens inside the word are accounted for by
 * measuring from the token's end), or undefined.
 */
export function findClitics(text: string, start: number, end: number, lower: string): readonly Clitic[] | undefined {
  if (lower.length < 4) return undefined;
  // fast exit for the common case: no clitic ending and no ku-/kau- start
  if (lower.charCodeAt(0) !== 107 /* k */ && encliticCandidate(lower, false) === undefined) return undefined;
  const first = text.charCodeAt(start);
  const capitalised = first !== lower.charCodeAt(0);
  // only plain letters: hyphenated words look at their last part
  const hyphen = lower.lastIndexOf('-');
  const word = hyphen >= 0 ? lower.slice(hyphen + 1) : lower;
  const out: Clitic[] = [];
  let rest = word;
  let restEnd = end;
  // at most two enclitics: katanyalah, dianyapun
  for (let round = 0; round < 2; round++) {
    const form = encliticCandidate(rest, round === 1);
    if (form === undefined || rest.length <= form.length + 1 || !hasEnclitic(rest, form, capitalised && hyphen < 0)) break;
    const found = form;
    const s = restEnd - found.length;
    out.unshift({ form: found, position: 'enclitic', start: s, end: restEnd, text: text.slice(s, restEnd) });
    rest = rest.slice(0, rest.length - found.length);
    restEnd = s;
    if (found === 'nya' || found === 'ku' || found === 'mu') break; // -nya is the innermost
  }
  // proclitics ku- and kau-: kubawa, kautulis (lower-case, the word is no root, the rest is)
  if (!capitalised && hyphen < 0 && rest.charCodeAt(0) === 107 /* k */) {
    for (const pro of PROCLITICS) {
      if (rest.startsWith(pro) && rest.length - pro.length >= 3 && ROOTS.has(rest.slice(pro.length)) && !isLexical(rest)) {
        out.unshift({ form: pro, position: 'proclitic', start, end: start + pro.length, text: text.slice(start, start + pro.length) });
        break;
      }
    }
  }
  return out.length > 0 ? out : undefined;
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
