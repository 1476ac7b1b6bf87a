// What the recognisers know about words, compiled once per pipeline from the lexicon's word
// lists: titles and honorifics, organisation head nouns and suffixes, name particles, place
// head nouns, location cues, and the test for an ordinary Malay word.

import commonWords from '#lexicons/common-words.js';
import englishWords from '#lexicons/english-words.js';
import type { Lexicon, OrgHeadWord, TitleWord } from '../lexicon/index.js';
import { type KeyFilter, keyFilter, keyPrint, mayContain } from '../support/key-filter.js';
import { sortedWordMembers } from '../support/sorted-index.js';
import { lookupKey } from '../tokenize/chars.js';
import { firstCodeUnit, HAS_CLITICS, stemEndAt, type TokenColumns } from '../tokenize/columns.js';
import { isRootWord, tokenTexts } from '../tokenize/index.js';
import { isMalayWord } from './morphology.js';

// sorted word lists as text from the generated modules (lexicons/word-list-module.ts): searched
// in place until a corpus has asked often, then a Set, filled in bulk (sortedWordMembers)
// No pre-test here: building one over these lists (27,000 words) costs more at start-up than
// it saves per document (measured: ~10 ms of a cold start for ~1% of extraction time).
const isCommon = sortedWordMembers(commonWords);
const isEnglish = sortedWordMembers(englishWords);

/** A trie over token texts, for multi-word phrases (titles, head nouns). */
export interface PhraseTrie<T> {
  readonly next: ReadonlyMap<string, PhraseTrie<T>>;
  readonly value?: T | undefined;
}

/** A trie's root, with a pre-test for its first words: most tokens start no title or head noun. */
export interface PhraseRoot<T> extends PhraseTrie<T> {
  readonly first: KeyFilter;
  /** This trie's bit in phraseStartBits(). */
  readonly bit: number;
}

function buildTrie<T>(items: Iterable<[string, T]>, bit: number): PhraseRoot<T> {
  type Mut = { next: Map<string, Mut>; value: T | undefined };
  const root: Mut = { next: new Map(), value: undefined };
  for (const [phrase, value] of items) {
    let node = root;
    for (const key of tokenTexts(phrase)) {
      let child = node.next.get(key);
      if (!child) {
        // every node is made with its value slot, so all nodes share one shape: a value added
        // later gave the nodes with a value another map than those without, and longestPhrase
        // (inlined in titlePattern, nameRun, titleAt) was thrown away on the first one it met
        child = { next: new Map(), value: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value ??= value;
  }
  return { next: root.next, first: keyFilter(root.next.keys()), bit };
}

export interface PhraseMatch<T> {
  readonly end: number;
  readonly value: T;
  /** The last token matched through its stem (Menterinya -> Menteri). */
  readonly viaStem: boolean;
}

/** Token k's text as a look-up key: soft hyphens (Presi\u00adden) do not count. */
export function keyOf(cols: TokenColumns, k: number): string {
  return lookupKey(cols.texts[k]!);
}

/** Longest phrase starting at token k (keys compared with the token's text, or its stem for the last word). */
export function longestPhrase<T>(
  trie: PhraseRoot<T>,
  text: string,
  cols: TokenColumns,
  k: number,
  limit = cols.size,
  starts?: Uint8Array,
): PhraseMatch<T> | undefined {
  if (k >= limit) return undefined;
  if (
    starts !== undefined ? (starts[k]! & trie.bit) === 0 : !mayContain(trie.first, keyOf(cols, k)) && (cols.flags[k]! & HAS_CLITICS) === 0
  )
    return undefined;
  let node: PhraseTrie<T> | undefined = trie;
  let best: PhraseMatch<T> | undefined;
  for (let j = k; j < limit; j++) {
    const stemEnd = stemEndAt(cols, j);
    if (stemEnd >= 0) {
      const s = node.next.get(text.slice(cols.starts[j]!, stemEnd));
      if (s?.value !== undefined) best = { end: j + 1, value: s.value, viaStem: true };
    }
    node = node.next.get(keyOf(cols, j));
    if (!node) break;
    if (node.value !== undefined) best = { end: j + 1, value: node.value, viaStem: false };
  }
  return best;
}

/**
 * Nouns that head the name of a place: Kampung Baru, Jalan Ampang, Stadium Shah Alam,
 * Hospital Pakar Ampang Puteri. Common Malay place nouns (Dewan Bahasa dan Pustaka's Kamus
 * Dewan; the location cues of ../shared/data/cues/cues.json).
 */
export const PLACE_HEADS: readonly string[] = [
  'Kampung',
  'Kg.',
  'Kg',
  'Kpg',
  'Jalan',
  'Jln.',
  'Jln',
  'Lorong',
  'Lebuh',
  'Lebuhraya',
  'Taman',
  'Tmn',
  'Pulau',
  'Bukit',
  'Sungai',
  'Tasik',
  'Gunung',
  'Tanjung',
  'Teluk',
  'Stadium',
  'Hospital',
  'Masjid',
  'Surau',
  'Istana',
  'Bangunan',
  'Menara',
  'Wisma',
  'Kompleks',
  'Dataran',
  'Lapangan Terbang',
  'Pelabuhan',
  'Stesen',
  'Pusat Komuniti',
  'Pusat Konvensyen',
  'Pusat Dagangan',
  'Pusat Beli-belah',
  'Dewan Utama',
  'Dewan Serbaguna',
  'Padang',
  'Pantai',
  'Selat',
  'Laut',
  'Lautan',
  'Semenanjung',
  'Kepulauan',
  'Lembah',
  'Tanah Tinggi',
  'Hutan Simpan',
  'Taman Negara',
  'Empangan',
  'Jambatan',
  'Penjara',
  'Kem',
  'Pangkalan',
  'Ibu Pejabat',
  'Terminal',
  'Hotel',
  'Muzium',
  'Galeri',
  'Perpustakaan',
  'Sekolah',
  'Sekolah Kebangsaan',
  'Sekolah Menengah',
  'SK',
  'SMK',
  'Institut',
  'Maktab',
];

/** Words before a place name: di Segamat, ke Cyberjaya, negeri Perak (cues.json location_cues). */
export const LOCATION_CUES: ReadonlySet<string> = new Set([
  'di',
  'ke',
  'dari',
  'daripada',
  'negeri',
  'negara',
  'bandar',
  'bandaraya',
  'daerah',
  'mukim',
  'wilayah',
  'kawasan',
  'rantau',
  'sempadan',
  'berhampiran',
  'sekitar',
  'seluruh',
  'ibu',
  'kota',
  'pekan',
  'kampung',
]);

/** Titles that may stand inside a name: Najib Tun Razak, Mizan Zainal Abidin (the father's title). */
export const INNER_NAME_TITLES: ReadonlySet<string> = new Set([
  'Tun',
  'Tuanku',
  'Raja',
  'Sultan',
  'Tengku',
  'Tunku',
  'Syed',
  'Wan',
  'Nik',
  'Megat',
  'Haji',
  'Hj.',
  'Hj',
  'Hajah',
  'Hjh.',
  'Hjh',
]);

export interface WordKnowledge {
  readonly titles: PhraseRoot<TitleWord>;
  readonly orgHeads: PhraseRoot<OrgHeadWord>;
  readonly orgSuffixes: PhraseRoot<OrgHeadWord>;
  readonly orgModifiers: ReadonlySet<string>;
  readonly placeHeads: PhraseRoot<string>;
  /** Name particles by their exact text (bin, binti, a/l, Mohd ...). */
  readonly particles: ReadonlySet<string>;
  /** Aliases that are also ordinary words (Batu, Kota, Utara). */
  readonly ambiguous: ReadonlySet<string>;
  /** Words that name no entity alone (Melayu, Islam, Aidilfitri, PRU, GST). */
  readonly nonEntities: ReadonlySet<string>;
  /** 1 for each UTF-16 code unit that begins a first word of the four tries (and the soft hyphen, dropped from keys). */
  readonly phraseFirstChars: Uint8Array;
  /** By keyPrint of a word: the bits of the tries whose first-word pre-test (PhraseRoot.first) holds it. One read for four pre-tests. */
  readonly phraseFirstPrints: Uint8Array;
}

export function buildWordKnowledge(lexicon: Lexicon): WordKnowledge {
  const w = lexicon.words;
  const heads = w.orgHeads.filter((h) => h.position === 'head' && h.word[0] === h.word[0]?.toUpperCase());
  // place heads win over organisation heads for buildings (Hospital, Sekolah, Institut stay ORG only with a body's name)
  const placeHeadSet = new Set(PLACE_HEADS);
  const titles = buildTrie(
    w.titles.map((t) => [t.word, t]),
    1,
  );
  const orgHeads = buildTrie(
    heads.filter((h) => !placeHeadSet.has(h.word)).map((h) => [h.word, h]),
    2,
  );
  const orgSuffixes = buildTrie(
    w.orgHeads.filter((h) => h.position === 'suffix').map((h) => [h.word, h]),
    4,
  );
  const placeHeads = buildTrie(
    PLACE_HEADS.map((p) => [p, p]),
    8,
  );
  const phraseFirstChars = new Uint8Array(0x10000);
  phraseFirstChars[0xad] = 1;
  for (const trie of [titles, orgHeads, orgSuffixes, placeHeads])
    for (const key of trie.next.keys()) if (key.length > 0) phraseFirstChars[key.charCodeAt(0)] = 1;
  const phraseFirstPrints = new Uint8Array(titles.first.bits.length * 32);
  for (const trie of [titles, orgHeads, orgSuffixes, placeHeads])
    for (const key of trie.next.keys()) phraseFirstPrints[keyPrint(key)]! |= trie.bit;
  return {
    titles,
    orgHeads,
    orgSuffixes,
    orgModifiers: new Set(w.orgHeads.filter((h) => h.position === 'modifier').map((h) => h.word)),
    placeHeads,
    phraseFirstChars,
    phraseFirstPrints,
    particles: new Set(w.particles.map((p) => p.word)),
    ambiguous: new Set(w.ambiguous.map((a) => a.word)),
    nonEntities: new Set(w.nonEntities.map((a) => a.word)),
  };
}

/**
 * Which tries the token may start a phrase of (PhraseRoot.bit), for longestPhrase's `starts`:
 * the recognisers ask the same token several times (a title? a head noun? a company suffix?),
 * and recognise() makes its key and pre-tests once per token with this. A token with clitics
 * may match through its stem: every bit. `softHyphens`: false when the text holds none (the
 * token's text is then its key).
 */
export function phraseStartBits(cols: TokenColumns, k: number, words: WordKnowledge, softHyphens = true): number {
  // most tokens are lower-case words, and no title or head noun starts so (nor its stem); the
  // first character read in the text (firstCodeUnit), the token's own string only past it
  if (words.phraseFirstChars[firstCodeUnit(cols, k)] === 0) return 0;
  if ((cols.flags[k]! & HAS_CLITICS) !== 0) return 0xff;
  const s = cols.texts[k]!;
  // one fingerprint, one read for the four pre-tests
  return words.phraseFirstPrints[keyPrint(softHyphens ? lookupKey(s) : s)]!;
}

/** A common English word (WordNet), plurals included: Zone, Group, Friends. */
export function isEnglishWord(lower: string): boolean {
  if (isEnglish(lower)) return true;
  return lower.length > 3 && lower.endsWith('s') && isEnglish(lower.slice(0, -1));
}

/** A word made with Malay affixes from a root (pencegahan, perhubungan, keganasan): never a name. */
export function isDerivedWord(lower: string): boolean {
  return !isRootWord(lower) && isMalayWord(lower);
}

/** An ordinary word: a Malay root or derived word, or a word Malaysian news writes in lower case. */
export function isCommonWord(lower: string): boolean {
  return isCommon(lower) || isMalayWord(lower);
}

/** A word the news writes in lower case (stricter than isCommonWord: Muhammad is a root, not lower-case news usage). */
export function isLowercaseUsage(lower: string): boolean {
  return isCommon(lower);
}
