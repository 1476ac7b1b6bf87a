// Person names as keys for the cross-document merge: the same name written differently must
// give the same key ("Datuk Seri Mohd Shafie bin Apdal", "Shafie Apdal"), and the short forms a
// paper uses for a known person ("Shafie", "Trump") must be derivable from the full name. Pure
// functions of the text and the lexicon's word lists; every step is one pass over the tokens.
import type { WordLists } from '../lexicon/types.js';

/** What the name keys are made with: built once per run from the lexicon's word lists. */
export interface NameRules {
  /** First words of organisation names (Parti, Kumpulan, Universiti ...) and their suffixes (Bhd, Ltd ...), folded. */
  readonly orgWords: ReadonlySet<string>;
  /** Honorifics that go before a name and are not part of it (Datuk Seri, Tan Sri, Dr, Haji ...), as token lists. */
  readonly honorifics: readonly (readonly string[])[];
  /** Patronymic particles (bin, binti, a/l ...): left out, the father's name kept. */
  readonly particles: ReadonlySet<string>;
}

/** Spellings of Muhammad, which Malaysian papers write in full, abbreviated or not at all. */
export const MUHAMMAD: ReadonlySet<string> = new Set([
  'muhammad',
  'muhamad',
  'muhammed',
  'mohammad',
  'mohamad',
  'mohammed',
  'mohamed',
  'mohd',
  'muhd',
  'mohd.',
  'md',
]);

// Titles that are hereditary parts of the name (royal and noble lines), not honorifics given to a
// person: "Tunku Abdul Rahman" is not "Abdul Rahman", "Tuan Ibrahim Tuan Man" keeps its Tuan.
const HEREDITARY = new Set([
  'tengku',
  'tunku',
  'tuanku',
  'pengiran',
  'pg',
  'awang',
  'awg',
  'dayang',
  'dyg',
  'tuan',
  'puteri',
  'putera',
  'sheikh',
  'syeikh',
  'raja',
]);

// A father's title inside a name ("Najib Tun Razak", "Hishammuddin Tun Hussein") is left out too.
const INNER_TITLES = new Set(['tun', 'haji', 'hj', 'hajah', 'hjh', 'dr', 'datuk', 'dato']);

// "the late": written before the names of the dead, never part of them.
const THE_LATE = ['allahyarham', 'almarhum', 'mendiang'];

/** A word as a key: lower case, without dots and apostrophes ("Dato'" = "dato", "S." = "s"). */
export const foldWord = (w: string): string => w.toLowerCase().replace(/[.'’`]/g, '');

/** Words of a name, folded, empty ones (a lone dot) left out. */
export const words = (name: string): string[] =>
  name
    .normalize('NFC')
    .split(/[\s,]+/)
    .map(foldWord)
    .filter((w) => w !== '');

// Wings of parties and a few other organisation words the lexicon has no head noun for.
const ORG_WORDS = ['pemuda', 'wanita', 'kluster', 'felcra', 'felda', 'kelab', 'taman', 'kampung', 'kg', 'jalan', 'zon'];

export function nameRules(lists: Pick<WordLists, 'titles' | 'particles' | 'orgHeads'>): NameRules {
  const honorifics = lists.titles
    .filter((t) => t.kind === 'honorific')
    .map((t) => words(t.word))
    .filter((ws) => ws.length > 0 && !HEREDITARY.has(ws[0]!));
  for (const w of THE_LATE) honorifics.push([w]);
  // longest first, so that "Datuk Seri" is taken before "Datuk"
  honorifics.sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1));
  const particles = new Set(lists.particles.filter((p) => p.kind === 'patronymic').map((p) => foldWord(p.word)));
  const orgWords = new Set(ORG_WORDS);
  for (const h of lists.orgHeads) {
    const ws = words(h.word);
    if (ws.length === 0) continue;
    orgWords.add(h.position === 'suffix' ? ws[ws.length - 1]! : ws[0]!);
  }
  return { honorifics, particles, orgWords };
}

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x)$/;

/**
 * Whether a key reads as a person's name, for the given-name and surname rules: a run can label a
 * club, a party wing or a place PER, and "Darul Ta'zim II" or "Pemuda MIC Selangor" is not a
 * longer way of writing "Darul Ta'zim" or "Pemuda MIC". No digits, no numeral after the first
 * word, no organisation word.
 */
export function personLike(key: readonly string[], rules: NameRules): boolean {
  return key.every((w, i) => !/[0-9]/.test(w) && !(i > 0 && ROMAN.test(w)) && !rules.orgWords.has(w));
}

const startsWith = (ws: readonly string[], at: number, prefix: readonly string[]): boolean =>
  prefix.length <= ws.length - at && prefix.every((p, i) => ws[at + i] === p);

/**
 * The full key of a person's name: folded words, leading honorifics left out, a father's title
 * and patronymic particles inside the name left out, every spelling of Muhammad written "muhammad".
 * The name's first and last words are never left out as particles or inner titles.
 */
export function personKey(name: string, rules: NameRules): string[] {
  const ws = words(name);
  let i = 0;
  for (;;) {
    const h = rules.honorifics.find((t) => startsWith(ws, i, t));
    // an honorific is left out only when a name follows it
    if (h === undefined || i + h.length >= ws.length) break;
    i += h.length;
  }
  const out: string[] = [];
  for (let k = i; k < ws.length; k++) {
    const w = ws[k]!;
    const inner = k > i && k < ws.length - 1;
    if (inner && (rules.particles.has(w) || INNER_TITLES.has(w))) continue;
    if (inner && (w === 'tan' || w === 'puan') && ws[k + 1] === 'sri' && k + 1 < ws.length - 1) {
      k++;
      continue;
    }
    out.push(MUHAMMAD.has(w) ? 'muhammad' : w);
  }
  return out;
}

/** The key without its leading Muhammad, which papers often leave out ("Mohd Shafie Apdal" = "Shafie Apdal"); the full key when nothing else is left. */
export function coreKey(full: readonly string[]): string[] {
  let i = 0;
  while (i < full.length - 1 && full[i] === 'muhammad') i++;
  return full.slice(i);
}

/**
 * The shorter names a full name (a core key) can be written as, when the person is already known:
 * the given name and longer prefixes ("Wan Azizah" of "Wan Azizah Wan Ismail"). Keys joined by a space.
 */
export function givenForms(core: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < core.length; k++) out.push(core.slice(0, k).join(' '));
  return out;
}

/** The first and last words of a name of three words or more ("Najib Razak" of "Najib Abdul Razak"). */
export const firstLastForm = (core: readonly string[]): string | undefined =>
  core.length >= 3 ? `${core[0]} ${core[core.length - 1]}` : undefined;

/** The family name a full name can be written as alone ("Trump" of "Donald Trump"). */
export const surnameForm = (core: readonly string[]): string | undefined => (core.length >= 2 ? core[core.length - 1] : undefined);

/** Whether a one-word key can stand for a person at all: not an initial, not Muhammad. */
export const usableAlone = (w: string): boolean => w.length >= 3 && w !== 'muhammad';
