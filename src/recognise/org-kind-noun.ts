// A name written straight after a common noun for a kind of organisation is a body, not a
// person: "syarikat Maju Jaya" (the company Maju Jaya), "firma Tan Lim", "parti Bebas Rakyat",
// "badan bukan kerajaan (NGO) Suara Warga", "stesen minyak Caltex" (the petrol company). The model
// reads a two-word name it has not seen ("Zurin Jundi", "Otai Reformis") as a person's from its
// shape alone; the noun before it says what it names (ANNOTATION.md section 1: companies, parties,
// NGOs are ORG). The noun settles the name for the whole document: every mention of the same
// name the model took for a person becomes a body. Only person labels change: "syarikat China"
// (a Chinese company) keeps the country a place, and a noun followed by a comma ("peguam parti,
// Ahmad") says nothing of the name after it. The noun may also own the name that follows
// ("parti Anwar": Anwar's party): a name the text writes after a title or honorific anywhere
// ("Datuk Seri Anwar") is a person's and stays one.
import type { TitleWord } from '../lexicon/index.js';
import type { TokenColumns } from '../tokenize/columns.js';
import type { Mention, MentionFor } from './mention.js';
import { longestPhrase, type PhraseRoot } from './words.js';

/** Common nouns for a kind of body, written in lower case before its name (Kamus Dewan senses). */
const KIND_NOUNS: ReadonlySet<string> = new Set([
  'syarikat',
  'firma',
  'pertubuhan',
  'persatuan',
  'parti',
  'gabungan',
  'kumpulan',
  'agensi',
  'akhbar',
  'portal',
]);

/** True when the tokens before token k name a kind of body: "syarikat", "stesen minyak", "(NGO)" or "(NGO),". */
function afterKindNoun(cols: TokenColumns, k: number): boolean {
  let p = k - 1;
  if (p < 0) return false;
  if (cols.texts[p]! === ',' && p > 0 && cols.texts[p - 1]! === ')') p--;
  const t = cols.texts[p]!;
  if (t === ')') return p >= 2 && cols.texts[p - 1]! === 'NGO' && cols.texts[p - 2]! === '(';
  if (p !== k - 1) return false;
  if (KIND_NOUNS.has(t)) return true;
  return t === 'minyak' && p > 0 && cols.texts[p - 1]! === 'stesen';
}

/** The most words a title before a name has (Yang Amat Berhormat Tan Sri). */
const MAX_TITLE_WORDS = 5;

/** A title or honorific ends straight before token k (Datuk Seri, Presiden, Encik). */
function afterTitle(text: string, cols: TokenColumns, k: number, titles: PhraseRoot<TitleWord>): boolean {
  for (let j = Math.max(0, k - MAX_TITLE_WORDS); j < k; j++) if (longestPhrase(titles, text, cols, j, k)?.end === k) return true;
  return false;
}

/** The mentions with the person names written after a kind-of-body noun (and their repeats in the text) made bodies. */
export function withKindNounBodies(
  text: string,
  cols: TokenColumns,
  mentions: readonly Mention[],
  titles: PhraseRoot<TitleWord>,
  mentionFor: MentionFor,
): Mention[] {
  let bodies: Set<string> | undefined;
  for (const m of mentions)
    if (m.label === 'PER' && afterKindNoun(cols, m.tokenStart)) (bodies ??= new Set()).add(text.slice(m.start, m.end));
  if (bodies === undefined) return mentions as Mention[];
  for (const m of mentions) if (afterTitle(text, cols, m.tokenStart, titles)) bodies.delete(text.slice(m.start, m.end));
  const names = bodies;
  return mentions.map((m) =>
    m.label === 'PER' && names.has(text.slice(m.start, m.end)) ? mentionFor(m.tokenStart, m.tokenEnd, 'ORG', m.score) : m,
  );
}
