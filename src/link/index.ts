// Linking: every mention gets a canonical name and, where the lexicon knows it, a kb id.
//   lexicon      a gazetteer mention takes its entry's name and id (AS -> Amerika Syarikat, US)
//   case         an ALL-CAPS mention is looked up in title case (KUALA LUMPUR -> Kuala Lumpur)
//   chains       a later short mention takes the entity of an earlier full one: surnames and
//                given names (Putin -> Vladimir Putin), the last word of a place (Utara ->
//                Korea Utara), the first words of a body (Majlis Keselamatan -> Majlis
//                Keselamatan PBB); a short mention that a weak recogniser labelled otherwise
//                takes the chain's label
//   acronyms     "Suruhanjaya Pencegahan Rasuah Malaysia (SPRM)": the acronym names the body
//   fuzzy        an unknown multi-word name close to a lexicon name (Sergei / Sergey Lavrov,
//                Choe Son-hui / Choe Son Hui) links to it; fuse.js ranks a candidate set
//                pre-filtered by shared name tokens, never the whole lexicon
import Fuse from 'fuse.js';
import { precompiledAliases } from '../lexicon/bundled.js';
import type { Lexicon, LexiconEntry } from '../lexicon/index.js';
import type { Mention } from '../recognise/index.js';
import { isCommonWord } from '../recognise/words.js';
import type { TokenColumns } from '../tokenize/columns.js';
import type { Entity, EntityLabel, EntitySource } from '../types.js';

export interface LinkerResources {
  readonly lexicon: Lexicon;
  /** Lower-cased name token -> PER entries whose name or alias holds it. */
  readonly personTokens: { get(token: string): readonly LexiconEntry[] | undefined };
}

/** Spelling variants that Malay news uses for the same name part (folded before comparing). */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['mohd', 'muhammad'],
  ['mohd.', 'muhammad'],
  ['muhd', 'muhammad'],
  ['mohamad', 'muhammad'],
  ['mohamed', 'muhammad'],
  ['mohammad', 'muhammad'],
  ['mohammed', 'muhammad'],
  ['md', 'muhammad'],
  ["dato'", 'datuk'],
  ['dato', 'datuk'],
  ['sergei', 'sergey'],
  ['abd', 'abdul'],
  ['abd.', 'abdul'],
]);

export function foldName(s: string): string {
  return foldedWords(s).join(' ');
}

/** The words of foldName(s), none empty. */
function foldedWords(s: string): string[] {
  // ASCII (nearly every name) has no accents to strip and no separators but white space and
  // '-': its words are cut in one scan, without the four regular expressions and NFKD
  const low = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= low.length; i++) {
    const c = i < low.length ? low.charCodeAt(i) : 32;
    if (c > 127) return foldedWordsGeneral(s);
    if (c !== 32 && c !== 45 && (c < 9 || c > 13)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = low.slice(start, i);
    out.push(VARIANTS.get(w) ?? w);
    start = -1;
  }
  return out;
}

function foldedWordsGeneral(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-\u2010\u2011]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => VARIANTS.get(w) ?? w);
}

/**
 * Folded name token -> the persons whose name, English name or alias holds it, as entry indices
 * in lexicon order. `npm run lexicons` ships it for the bundled lexicon (folding every person's
 * names is slow for a cold start); other lexicons build it on first use.
 */
export function personTokenIndex(entries: readonly LexiconEntry[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (e.label !== 'PER') return;
    const seen = new Set<string>();
    for (const form of [e.name, ...(e.nameEn ? [e.nameEn] : []), ...e.aliases]) {
      for (const tok of foldedWords(form)) {
        if (tok.length < 3 || seen.has(tok)) continue;
        seen.add(tok);
        let list = map.get(tok);
        if (!list) map.set(tok, (list = []));
        list.push(i);
      }
    }
  });
  return map;
}

export function buildLinkerResources(lexicon: Lexicon): LinkerResources {
  const shipped = precompiledAliases(lexicon)?.personTokens;
  if (shipped) return Object.freeze({ lexicon, personTokens: shipped });
  // made on first use (a person's name the lexicon lacks, for fuzzy linking), once per pipeline
  let personTokens: Map<string, LexiconEntry[]> | undefined;
  const build = (): Map<string, LexiconEntry[]> => {
    const entries = lexicon.entries;
    return new Map([...personTokenIndex(entries)].map(([tok, at]) => [tok, at.map((i) => entries[i]!)]));
  };
  return Object.freeze({
    lexicon,
    personTokens: Object.freeze({ get: (token: string): readonly LexiconEntry[] | undefined => (personTokens ??= build()).get(token) }),
  });
}

const DIRECTIONS = new Set(['Utara', 'Selatan', 'Timur', 'Barat', 'UTARA', 'SELATAN', 'TIMUR', 'BARAT']);
const WEAK: ReadonlySet<string> = new Set(['name-shape', 'context', 'acronym', 'model']);

function titleCase(s: string): string {
  const low = s.toLowerCase();
  // ASCII (nearly always): a letter after the start, white space or '-' upper-cased in one
  // scan, without a regular expression and a call per match
  let out = '';
  let from = 0;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c > 127) return low.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    if (c < 97 || c > 122) continue;
    const p = i === 0 ? 32 : low.charCodeAt(i - 1);
    if (p === 32 || p === 45 || (p >= 9 && p <= 13)) {
      out += low.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? low : out + low.slice(from);
}

interface Draft {
  m: Mention;
  /** The mention's text and its words, cut once: every rule below reads them. */
  readonly surface: string;
  readonly parts: readonly string[];
  label: EntityLabel;
  canonical: string;
  /** Always present (undefined when unknown), never deleted: one object shape for every draft. */
  kb: string | undefined;
  source: EntitySource;
  score: number;
}

function sourceOf(m: Mention): EntitySource {
  if (m.by === 'gazetteer') return 'gazetteer';
  if (m.by === 'chain') return 'coref';
  if (m.by === 'model') return 'model';
  return 'pattern';
}

/** Words of a mention's surface, split on spaces. */
function wordsOf(s: string): string[] {
  // a name is nearly always ASCII words and single spaces: cut at the spaces in one scan
  // (String.prototype.split is a call into the runtime, several times dearer for names);
  // anything else takes the general split
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return s.split(/\s+/).filter(Boolean);
      out.push(s.slice(from, i));
      from = i + 1;
    } else if (c < 33 || c > 126) return s.split(/\s+/).filter(Boolean);
  }
  if (s.length > 0) out.push(s.slice(from));
  return out;
}

/** wordsOf(s).length without making the words (ASCII text; anything else counts them). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return wordsOf(s).length;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** s === s.toUpperCase(), without making the upper-cased copy for ASCII text. */
function isUpperCased(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

// link() is cut into steps, each its own function, because of V8: as one function it took
// TurboFan 200-300 ms to compile, again after each deoptimisation (six or seven times over the
// corpus in each worker thread); a deoptimised step now recompiles alone.

/**
 * A person known by a title and a short name ("Tun M", "Dr M" for Mahathir Mohamad): the
 * mention leaves the title out ("Tun [M]"), so the name alone finds nothing, or the wrong
 * person; the title and the name together are the lexicon's alias. Only for a mention the
 * lexicon does not link otherwise.
 */
function linkTitledAlias(text: string, cols: TokenColumns, d: Draft, res: LinkerResources): void {
  // a short name: one word ("M" of "Tun M")
  if (d.parts.length !== 1) return;
  const k = d.m.tokenStart - 1;
  if (k < 0 || cols.kinds[k] !== 'word' || text.charCodeAt(cols.ends[k]!) !== 32 || cols.ends[k]! + 1 !== d.m.start) return;
  const c = res.lexicon.aliases.get(`${cols.texts[k]!} ${d.surface}`)[0];
  if (c === undefined || c.label !== 'PER' || c.ambiguous) return;
  const entry = res.lexicon.byId(c.id);
  if (entry === undefined) return;
  d.canonical = entry.name;
  d.kb = entry.id;
}

/** A mention's first link: its own lexicon id, its alias, or its upper-case text title-cased. */
function draftOf(text: string, m: Mention, res: LinkerResources): Draft {
  const { lexicon } = res;
  const surface = text.slice(m.start, m.end);
  const d: Draft = {
    m,
    surface,
    parts: wordsOf(surface),
    label: m.label,
    canonical: surface,
    kb: undefined,
    source: sourceOf(m),
    score: m.score,
  };
  let entry: LexiconEntry | undefined = m.kb ? lexicon.byId(m.kb) : undefined;
  if (!entry && m.alias) entry = lexicon.byId(lexicon.aliases.get(m.alias)[0]?.id ?? '');
  // "S.Subramaniam": an initial written onto the name, the name the lexicon writes "S. Subramaniam"
  const spaced = m.label === 'PER' ? spacedInitials(surface) : undefined;
  if (spaced !== undefined) {
    d.canonical = spaced;
    if (!entry) {
      const c = lexicon.aliases.get(spaced)[0];
      if (c && c.label === 'PER') entry = lexicon.byId(c.id);
    }
  }
  // an upper-case mention's title case, made once for both its uses below
  let titled: string | undefined;
  if (!entry && surface.length > 3 && isUpperCased(surface)) {
    titled = titleCase(surface);
    const c = lexicon.aliases.get(titled)[0];
    if (c && c.label === m.label) entry = lexicon.byId(c.id);
  }
  if (!entry && m.by === 'model') entry = modelSpanEntry(surface, m.label, res);
  // "Malaysia Airlines Berhad": a company's name with its legal suffix is the company the lexicon knows without it
  if (!entry && m.label === 'ORG') entry = withoutCompanySuffix(surface, res);
  // a short form the recognisers chained to a fuller name the lexicon knows ("Mohd Shafie" -> "Mohd Shafie Apdal")
  if (!entry && m.canonical) {
    const c = lexicon.aliases.get(m.canonical)[0];
    if (c && c.label === m.label) entry = lexicon.byId(c.id);
  }
  if (!entry && m.canonical) d.canonical = m.canonical;
  if (entry) {
    d.canonical = entry.name;
    d.kb = entry.id;
    if (entry.label !== d.label && m.by === 'gazetteer') d.label = entry.label;
  } else if (titled !== undefined && (m.label !== 'ORG' || nameInCapitals(d.parts))) {
    d.canonical = titled;
  }
  return d;
}

/**
 * Whether an upper-case organisation is a name written in capitals (a credit line "- SUARA
 * NELAYAN ONLINE", a headline), not a row of acronyms ("DRB HICOM", "FBM KLCI"): every word
 * of four letters or more and one of them an ordinary word. Its canonical is then its title
 * case, the name as the news writes it elsewhere; acronyms keep their capitals.
 */
export function nameInCapitals(parts: readonly string[]): boolean {
  let ordinary = false;
  for (const p of parts) {
    if (p.length < 4) return false;
    if (!ordinary) ordinary = isCommonWord(p.toLowerCase());
  }
  return ordinary;
}

/** Legal suffixes of Malaysian company names, longest first. */
const COMPANY_SUFFIXES = [' Sdn. Bhd.', ' Sdn Bhd', ' Berhad', ' Bhd.', ' Bhd'] as const;

/** The lexicon's organisation named by `surface` less a company suffix, if any. */
function withoutCompanySuffix(surface: string, res: LinkerResources): LexiconEntry | undefined {
  for (const suffix of COMPANY_SUFFIXES) {
    if (!surface.endsWith(suffix) || surface.length <= suffix.length + 2) continue;
    const c = res.lexicon.aliases.get(surface.slice(0, -suffix.length))[0];
    return c && c.label === 'ORG' ? res.lexicon.byId(c.id) : undefined;
  }
  return undefined;
}

/**
 * A span the entity model decided on that no recogniser proposed with a lexicon id: the
 * lexicon's entry when the span is one of its aliases with the same label, or an acronym
 * written in title case ("Pas", "Umno" for PAS, UMNO).
 */
/** A name with a capital initial written onto the next word ("M.Nasir Hashim"), with a space after the initial's dot; else undefined. */
export function spacedInitials(surface: string): string | undefined {
  let out: string | undefined;
  let from = 0;
  for (let i = 1; i + 1 < surface.length; i++) {
    if (surface.charCodeAt(i) !== 46) continue;
    const a = surface.charCodeAt(i - 1);
    const b = surface.charCodeAt(i + 1);
    const before = i >= 2 ? surface.charCodeAt(i - 2) : 32;
    const c = i + 2 < surface.length ? surface.charCodeAt(i + 2) : 32;
    // a capital, its dot, then a word (a capital and a small letter): "A.R. Rahman" stays
    if (a < 65 || a > 90 || b < 65 || b > 90 || c < 97 || c > 122 || (before !== 32 && before !== 46)) continue;
    out = `${out ?? ''}${surface.slice(from, i + 1)} `;
    from = i + 1;
  }
  return out === undefined ? undefined : out + surface.slice(from);
}

function modelSpanEntry(surface: string, label: Mention['label'], res: LinkerResources): LexiconEntry | undefined {
  const { lexicon } = res;
  const exact = lexicon.aliases.get(surface)[0];
  if (exact && exact.label === label) return lexicon.byId(exact.id);
  if (surface.length < 3 || surface.length > 8 || surface.includes(' ')) return undefined;
  const upper = surface.toUpperCase();
  if (upper === surface) return undefined;
  const acronym = lexicon.aliases.get(upper)[0];
  return acronym && acronym.label === label ? lexicon.byId(acronym.id) : undefined;
}

/** Acronyms defined in the text, "Full Name (ACR)" and "ACR (Full Name)": every use of the acronym takes the full name's link. */
function linkDefinedAcronyms(cols: TokenColumns, drafts: readonly Draft[]): void {
  // most documents define none: the Maps are made when a mention first stands before "( x )"
  let byStart: Map<number, Draft> | undefined;
  let oneWord: Map<string, Draft[]> | undefined;
  const defined = new Set<string>();
  for (const d of drafts) {
    if (cols.texts[d.m.tokenEnd] !== '(') continue;
    if (cols.texts[d.m.tokenEnd + 2] !== ')') continue;
    byStart ??= draftsByStart(drafts);
    const inner = byStart.get(d.m.tokenEnd + 1);
    if (!inner || inner.m.tokenEnd !== d.m.tokenEnd + 2) continue;
    const innerOne = inner.m.tokenEnd - inner.m.tokenStart === 1;
    const innerText = cols.texts[inner.m.tokenStart]!;
    // "Universiti Gomasi Jaya (Ugoja)": a one-word short form in title case after an organisation's
    // name that starts with the same letter is a definition too, whatever label the word got alone
    const titleShort =
      innerOne &&
      d.label === 'ORG' &&
      d.m.tokenEnd - d.m.tokenStart > 1 &&
      innerText[0]!.toLowerCase() === cols.texts[d.m.tokenStart]![0]!.toLowerCase();
    const [full, acr] = innerOne && (titleShort || /^[A-Z0-9&]+$/.test(innerText)) ? [d, inner] : [inner, d];
    if (acr.m.tokenEnd - acr.m.tokenStart !== 1 || full === acr) continue;
    // "Lim Guan Eng (DAP)": a short form the lexicon knows as another entity is the party or body, not a definition
    if (acr.kb !== undefined && acr.kb !== full.kb) continue;
    const acrText = cols.texts[acr.m.tokenStart]!;
    // a one-word name defines only a short form with its first letter: "Persekutuan Pekilang-pekilang
    // Malaysia (FMM)" with the body's name not found leaves "Malaysia (FMM)", which defines nothing
    if (full.m.tokenEnd - full.m.tokenStart === 1 && acrText[0]!.toLowerCase() !== full.surface[0]!.toLowerCase()) continue;
    // the first definition decides; the same acronym elsewhere takes the same entity
    if (defined.has(acrText)) continue;
    defined.add(acrText);
    oneWord ??= oneWordDrafts(cols, drafts);
    for (const other of oneWord.get(acrText) ?? []) {
      if (other !== full) {
        other.label = full.label;
        other.canonical = full.canonical;
        other.kb = full.kb ? full.kb : undefined;
      }
    }
  }
}

function draftsByStart(drafts: readonly Draft[]): Map<number, Draft> {
  const byStart = new Map<number, Draft>();
  for (const d of drafts) byStart.set(d.m.tokenStart, d);
  return byStart;
}

/** One-word mentions by their text, so a definition reaches every use in one look-up. */
function oneWordDrafts(cols: TokenColumns, drafts: readonly Draft[]): Map<string, Draft[]> {
  const oneWord = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.m.tokenEnd - d.m.tokenStart !== 1) continue;
    const key = cols.texts[d.m.tokenStart]!;
    let list = oneWord.get(key);
    if (!list) oneWord.set(key, (list = []));
    list.push(d);
  }
  return oneWord;
}

/** What the document's longer mentions offer its short ones. */
interface ShortFormIndex {
  /** Every word of a multi-word person's name -> the person with the longest canonical name. */
  readonly personByPart: ReadonlyMap<string, Draft>;
  /** A compass word ending a place's name -> the place (Utara -> Korea Utara). */
  readonly placeByLastWord: ReadonlyMap<string, Draft>;
  /** The first words of each multi-word body's name -> the first such body. */
  readonly orgByPrefix: ReadonlyMap<string, Draft>;
}

function shortFormIndex(drafts: readonly Draft[]): ShortFormIndex {
  // person chains: every part of a full name points at it
  const personByPart = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.label !== 'PER') continue;
    const parts = d.parts;
    if (parts.length < 2) continue;
    const words = wordCount(d.canonical);
    for (const p of parts) {
      const prev = personByPart.get(p);
      if (!prev || wordCount(prev.canonical) < words) personByPart.set(p, d);
    }
  }
  // places and bodies by their short forms
  const placeByLastWord = new Map<string, Draft>();
  const orgs: Draft[] = [];
  for (const d of drafts) {
    const parts = d.parts;
    if (d.label === 'LOC' && parts.length >= 2 && DIRECTIONS.has(parts[parts.length - 1]!))
      placeByLastWord.set(parts[parts.length - 1]!, d);
    if (d.label === 'ORG' && parts.length >= 2) orgs.push(d);
  }
  // one look-up per mention
  const orgByPrefix = new Map<string, Draft>();
  for (const o of orgs) {
    const words = o.canonical === o.surface ? o.parts : wordsOf(o.canonical);
    // each prefix one word longer than the last, not sliced and joined anew
    let prefix = '';
    for (let n = 1; n < words.length && n <= 8; n++) {
      prefix = n === 1 ? words[0]! : `${prefix} ${words[n - 1]!}`;
      if (!orgByPrefix.has(prefix)) orgByPrefix.set(prefix, o);
    }
  }
  return { personByPart, placeByLastWord, orgByPrefix };
}

/** A short mention (a surname, a compass word, the first words of a body) linked to the fuller mention it stands for. */
function linkShortForm(text: string, d: Draft, index: ShortFormIndex, res: LinkerResources): void {
  const { personByPart, placeByLastWord, orgByPrefix } = index;
  const { surface, parts } = d;
  if (parts.length === 1 || (d.label === 'PER' && parts.length < 3)) {
    // a short person mention
    // the person every part points at, if they all point at one
    let full = personByPart.get(parts[0]!);
    for (let i = 1; i < parts.length && full !== undefined; i++) if (personByPart.get(parts[i]!) !== full) full = undefined;
    if (
      full &&
      full !== d &&
      wordCount(full.canonical) > parts.length &&
      // a name the lexicon already links stays with its own entity ("Mahathir" is not "Mukhriz Mahathir")
      !(d.kb !== undefined && full.kb !== d.kb) &&
      (d.label === 'PER' || WEAK.has(d.m.by) || (!d.kb && d.m.by === 'gazetteer'))
    ) {
      d.label = 'PER';
      d.canonical = full.canonical;
      if (full.kb) d.kb = full.kb;
      d.source = 'coref';
      return;
    }
  }
  if (parts.length === 1 && DIRECTIONS.has(surface)) {
    const place = placeByLastWord.get(surface);
    if (place) {
      d.label = 'LOC';
      d.canonical = place.canonical;
      if (place.kb) d.kb = place.kb;
      d.source = 'coref';
      return;
    }
  }
  if (d.label === 'ORG' && !d.kb) {
    // a body named by the first words of a fuller name in the document
    const longer = orgByPrefix.get(surface);
    if (longer) {
      d.canonical = longer.canonical;
      if (longer.kb) d.kb = longer.kb;
      d.source = 'coref';
      return;
    }
    // a place's short form inside a body's name: Kementerian Luar Utara -> Kementerian Luar Korea Utara
    const last = parts[parts.length - 1]!;
    const place = placeByLastWord.get(last);
    if (place && parts.length >= 2 && !surface.endsWith(text.slice(place.m.start, place.m.end))) {
      d.canonical = `${parts.slice(0, -1).join(' ')} ${place.canonical}`;
      const exact = res.lexicon.aliases.get(d.canonical)[0];
      if (exact) d.kb = exact.id;
    }
  }
}

/** Fuzzy: an unknown multi-word person name close to a lexicon name (Sergei Lavrov -> Sergey Lavrov). */
function linkFuzzy(d: Draft, res: LinkerResources, memo: Map<string, LexiconEntry | null>): void {
  // a name comes back in a document ("Ahmad Zahid ... Ahmad Zahid"): searched once
  let e = memo.get(d.surface);
  if (e === undefined) memo.set(d.surface, (e = fuzzyEntry(d.surface, res) ?? null));
  if (e !== null) {
    d.canonical = e.name;
    d.kb = e.id;
    d.source = 'fuzzy';
  }
}

/**
 * A lone given name with no fuller name in the document ("Najib" in a report that never names
 * Najib Razak in full): the lexicon's person whose name begins with it, when exactly one does and
 * the name is rare in the lexicon (held by at most three persons in any place of their names);
 * of two such, the Malaysian or Bruneian one.
 */
function linkGivenName(d: Draft, res: LinkerResources): void {
  const tok = foldedWords(d.surface)[0];
  if (tok === undefined || tok.length < 4) return;
  const holders = res.personTokens.get(tok);
  if (!holders || holders.length > 3) return;
  const first = holders.filter((e) => foldedWords(e.name)[0] === tok);
  // two of that name: the one of the region the news is from (Najib Razak, not Najib Mikati)
  const local = first.length > 1 ? first.filter((e) => e.country === 'MY' || e.country === 'BN') : first;
  if (local.length !== 1) return;
  const found = local[0]!;
  d.canonical = found.name;
  d.kb = found.id;
  d.source = 'fuzzy';
}

/** Honorifics a Malay name may hold inside it, its father's title: "Najib Tun Razak", "Abang Johari Tun Openg". */
const INNER_TITLES: ReadonlySet<string> = new Set(['tun', 'datuk', 'datin', 'seri', 'sri', 'haji', 'hj', 'dr']);

/**
 * A name's core: its folded words less the honorifics inside it (after its first word; "tan"
 * only before "sri") and less a leading Muhammad when more than two words remain: "Najib Tun
 * Abdul Razak" and "Najib Abdul Razak", "Azmin Ali" and "Mohamed Azmin Ali" have one core.
 */
export function nameCore(words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (the word after 'tan' read only when there is one: a name ending in 'tan' read past the
    // last word, an "out of bounds" deopt)
    const tanTitle = w === 'tan' && i + 1 < words.length && (words[i + 1] === 'sri' || words[i + 1] === 'seri');
    if (i > 0 && (INNER_TITLES.has(w) || tanTitle)) continue;
    out.push(w);
  }
  if (out.length > 2 && out[0] === 'muhammad') out.shift();
  return out.join(' ');
}

/**
 * A person named with the title of his father inside his name or with a leading Muhammad the
 * lexicon leaves out (see nameCore): the one lexicon person whose name or an alias has the
 * mention's core, when the core has two words or more. Exact, not fuzzy: the cores must be equal.
 */
function linkNameCore(d: Draft, res: LinkerResources, memo: Map<string, LexiconEntry | null>): void {
  // a name comes back in a document: searched once
  let e = memo.get(d.surface);
  if (e === undefined) memo.set(d.surface, (e = coreEntry(d.surface, res) ?? null));
  if (e === null) return;
  d.canonical = e.name;
  d.kb = e.id;
  d.source = 'fuzzy';
}

/** The one lexicon person with the core of `surface` (linkNameCore), if any. */
function coreEntry(surface: string, res: LinkerResources): LexiconEntry | undefined {
  const words = foldedWords(surface);
  if (words.length < 2) return undefined;
  const core = nameCore(words);
  // a name with no title inside and no leading Muhammad is its own core: the alias look-ups and
  // the fuzzy search have had it
  if (core.length === words.join(' ').length || core.indexOf(' ') < 0) return undefined;
  let found: LexiconEntry | undefined;
  for (const w of core.split(' ')) {
    const list = res.personTokens.get(w);
    if (!list || list.length > 12) continue;
    for (const e of list) {
      if (e === found) continue;
      let same = nameCore(foldedWords(e.name)) === core;
      for (let k = 0; k < e.aliases.length && !same; k++) same = nameCore(foldedWords(e.aliases[k]!)) === core;
      if (!same) continue;
      if (found !== undefined) return undefined; // two persons of that name: neither
      found = e;
    }
  }
  return found;
}

/** The person a name is a variant of, if any. */
function fuzzyEntry(surface: string, res: LinkerResources): LexiconEntry | undefined {
  const { lexicon } = res;
  const toks = foldedWords(surface);
  if (toks.length < 2 || toks.length > 6) return undefined;
  // candidates share a rare name token with the mention (not Muhammad or Abdul, which
  // hundreds share): a handful, never the lexicon
  // the candidates in the order first met, and how many of the mention's tokens each holds:
  // two arrays searched from the start, not a Map keyed by entry (at most 12 a token, a few
  // dozen in all; hashing the entries cost more than the scan)
  const cands: LexiconEntry[] = [];
  const counts: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    // a candidate needs two tokens: when none before the last found one, the last cannot
    // make one (a look-up in the person index is dear: a quarter of them are spared)
    if (i === toks.length - 1 && cands.length === 0) return undefined;
    const list = res.personTokens.get(toks[i]!);
    if (!list || list.length > 12) continue;
    for (const e of list) {
      const at = cands.indexOf(e);
      if (at < 0) {
        cands.push(e);
        counts.push(1);
      } else counts[at]!++;
    }
  }
  // a variant shares at least two name tokens once folded (Sergei -> sergey, Son-hui -> son hui)
  // counted before the list for Fuse is made: the arrays a spread and filter made here changed
  // their element kind from document to document, and reading their length deoptimised link()
  // dozens of times over a corpus (cands and counts are only ever pushed to: one kind each)
  let count = 0;
  for (const n of counts) if (n >= 2) count++;
  if (count === 0 || count > 30) return undefined;
  // an exact alias needs no fuzzy search. Asked only now: two searches in three end above for
  // want of candidates, and a look-up of the mention's text (a fresh string, hashed for it) was
  // a quarter of what each of those cost; the answer is the same in either order
  if (lexicon.aliases.has(surface)) return undefined;
  // the hit taken must have the mention's number of words: with no candidate of that length
  // (three in four searches over the corpus) there is nothing to rank, and no index to build
  let sameLength = false;
  for (let k = 0; k < cands.length && !sameLength; k++)
    if (counts[k]! >= 2 && foldedWords(cands[k]!.name).length === toks.length) sameLength = true;
  if (!sameLength) return undefined;
  const list: { e: LexiconEntry; name: string; aliases: string[] }[] = [];
  for (let k = 0; k < cands.length; k++) {
    const e = cands[k]!;
    if (counts[k]! >= 2) list.push({ e, name: foldName(e.name), aliases: e.aliases.map(foldName) });
  }
  const fuse = new Fuse(list, { keys: ['name', 'aliases'], includeScore: true, threshold: 0.25, ignoreLocation: true });
  const hit = fuse.search(toks.join(' '))[0];
  if (hit && (hit.score ?? 1) <= 0.25 && hit.item.name.split(' ').length === toks.length) return hit.item.e;
  return undefined;
}

function toEntity(d: Draft): Entity {
  const e: { -readonly [K in keyof Entity]: Entity[K] } = {
    start: d.m.start,
    end: d.m.end,
    text: d.surface,
    label: d.label,
    canonical: d.canonical,
    source: d.source,
    score: Math.round(d.score * 100) / 100,
    // always present, undefined when unknown (JSON leaves it out): one shape for every entity
    kb: d.kb ? d.kb : undefined,
  };
  return e;
}

export function link(text: string, cols: TokenColumns, mentions: readonly Mention[], res: LinkerResources): Entity[] {
  const drafts: Draft[] = [];
  for (const m of mentions) drafts.push(draftOf(text, m, res));
  linkDefinedAcronyms(cols, drafts);
  const index = shortFormIndex(drafts);
  for (const d of drafts) linkShortForm(text, d, index, res);
  const fuzzy = new Map<string, LexiconEntry | null>();
  for (const d of drafts) if (d.label === 'PER' && !d.kb) linkTitledAlias(text, cols, d, res);
  const cores = new Map<string, LexiconEntry | null>();
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref') linkNameCore(d, res, cores);
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref') linkFuzzy(d, res, fuzzy);
  for (const d of drafts) if (d.label === 'PER' && !d.kb && d.source !== 'coref' && d.parts.length === 1) linkGivenName(d, res);
  // chained short mentions follow their full name's final link
  for (const d of drafts) {
    if (d.source !== 'coref' || d.label !== 'PER') continue;
    const full = index.personByPart.get(d.parts[0]!);
    if (full && !(d.kb !== undefined && full.kb !== d.kb)) {
      d.canonical = full.canonical;
      if (full.kb) d.kb = full.kb;
    }
  }
  const out: Entity[] = [];
  for (const d of drafts) out.push(toEntity(d));
  return out;
}
