// Capitalised runs that no title, head noun or gazetteer entry explains, labelled by their shape
// and context:
//   acronym     an unknown ALL-CAPS word is an ORG (UMNO, SPR, 1MDB), unless the news writes the
//               word in lower case or it stands in a headline in capitals
//   company     a run or an acronym ending in a company suffix is an ORG (DHL Group, CIMB Berhad,
//               "... Sdn Bhd")
//   name-shape  a run of two or more words shaped like a person's name is a PER (Maimunah Saman,
//               Ng Wan Peng)
//   context     other runs are labelled from what is around them: a body word or an English
//               connector inside (Ministry of Finance) makes an ORG, a location cue before a lone
//               word a LOC ("di Kuantan"), and a lone word seen twice in the article a weak ORG
//               (Astro, Unisel)
// Month and day names, reduplicated words (Raja-Raja), words the annotation never makes an
// entity (Melayu, Akta) and ordinary words with a capital (Pihak, Isu) open no run.

import { keyFilter, mayContain } from '../../support/key-filter.js';
import { MONTHS, WEEKDAYS } from '../../tokenize/calendar.js';
import { reduplicationAt } from '../../tokenize/columns.js';
import { isAllCaps, isNameWord, isNonEntity, mention, nameRun, personShaped, type SentenceCtx } from '../context.js';
import type { Mention } from '../mention.js';
import { isCommonWord, isLowercaseUsage, LOCATION_CUES, longestPhrase } from '../words.js';

/** What capitalisedRun found: every result of one shape (mention undefined when none), so its readers stay monomorphic. */
export interface RunResult {
  readonly mention: Mention | undefined;
  readonly end: number;
}

/** An unknown capitalised run from k, classified by its shape and context; `headHere` is headAt(ctx, k), known to the caller. */
export function capitalisedRun(ctx: SentenceCtx, k: number, headHere: boolean): RunResult {
  const { cols, words } = ctx;
  if (cols.texts[k]!.length === 1 && cols.kinds[k]! === 'word') return { mention: undefined, end: k + 1 };
  // a head noun that made no name here (Majlis Penyampaian: a ceremony) opens no other name
  if (headHere) return { mention: undefined, end: k + 1 };
  // month and day names outside a date (pada Jun lalu), reduplicated ordinary words (Raja-Raja)
  if (
    (mayContain(CALENDAR_WORDS, cols.norms[k]!) && (MONTHS.has(cols.norms[k]!) || WEEKDAYS.has(cols.norms[k]!))) ||
    reduplicationAt(cols, k) !== undefined
  )
    return { mention: undefined, end: k + 1 };
  // a law, event, programme or work, or a language, people or religion: no entity (Akta Paten 1983)
  // (the run goes on through such words: a copy of the context without them made every reader of ctx polymorphic)
  if (isNonEntity(ctx, k)) return { mention: undefined, end: Math.max(k + 1, nameRun(ctx, k, true)) };
  const hasNext = k + 1 < cols.size;
  // initials before a name: CK Faizal, AR Rahman
  const caps0 = isAllCaps(cols, k);
  const initials =
    caps0 &&
    cols.texts[k]!.length <= 2 &&
    hasNext &&
    isNameWord(cols, k + 1) &&
    !isAllCaps(cols, k + 1) &&
    !ctx.lex.common(k + 1) &&
    ctx.gazAt.at(k + 1) === undefined;
  // acronym: UMNO, SPR, 1MDB
  if (
    !initials &&
    caps0 &&
    cols.kinds[k]! === 'word' &&
    cols.texts[k]!.length <= 8 &&
    !longestPhrase(words.titles, ctx.text, cols, k, ctx.end, ctx.starts)
  ) {
    const headline = hasNext && isAllCaps(cols, k + 1) && isCommonWord(cols.norms[k + 1]!);
    if (headline || isLowercaseUsage(cols.norms[k]!) || (k === ctx.start && isCommonWord(cols.norms[k]!)))
      return { mention: undefined, end: k + 1 };
    // an acronym before a company suffix names the company: DHL Group, CIMB Berhad
    const suffix = k + 1 < ctx.end ? longestPhrase(words.orgSuffixes, ctx.text, cols, k + 1, ctx.end, ctx.starts) : undefined;
    if (suffix) return { mention: mention(ctx, k, suffix.end, 'ORG', 'company', 0.75), end: suffix.end };
    return { mention: mention(ctx, k, k + 1, 'ORG', 'acronym', 0.6), end: k + 1 };
  }
  // an ordinary word written with a capital (sentence start, "Pihak", "Isu", "Wakil") opens no name
  if (ctx.lex.lowercase(k) || (k === ctx.start && ctx.lex.common(k))) return { mention: undefined, end: k + 1 };
  const n = nameRun(ctx, k);
  if (n === k) return { mention: undefined, end: k + 1 };
  // the run's words other than particles, counted in place: no arrays per run
  let contentCount = 0;
  let firstContent = -1;
  let bodyWord = false;
  for (let q = k; q < n; q++) {
    if (!isNameWord(cols, q) || words.particles.has(cols.texts[q]!)) continue;
    if (firstContent < 0) firstContent = q;
    contentCount++;
    bodyWord ||= words.orgModifiers.has(cols.texts[q]!);
  }
  // company: ... Sdn Bhd / Berhad / Group, after the run or as its last word
  const suffix = n < ctx.end ? longestPhrase(words.orgSuffixes, ctx.text, cols, n, ctx.end, ctx.starts) : undefined;
  if (suffix) return { mention: mention(ctx, k, suffix.end, 'ORG', 'company', 0.75), end: suffix.end };
  if (n - k >= 2 && longestPhrase(words.orgSuffixes, ctx.text, cols, n - 1, n, ctx.starts))
    return { mention: mention(ctx, k, n, 'ORG', 'company', 0.75), end: n };
  // English names of bodies: House of Commons, Ministry of Finance
  let e = n;
  while (e + 1 < ctx.end && ENGLISH_CONNECTORS.has(cols.texts[e]!) && isNameWord(cols, e + 1)) {
    e = nameRun(ctx, e + 1);
  }
  if (e > n) return { mention: mention(ctx, k, e, 'ORG', 'context', 0.5), end: e };
  if (bodyWord || cols.texts[k]! === 'The') return { mention: mention(ctx, k, n, 'ORG', 'context', 0.45), end: n };
  // a person's name (Maimunah Saman, Ng Wan Peng)
  if (contentCount >= 2 && personShaped(ctx, k, n)) return { mention: mention(ctx, k, n, 'PER', 'name-shape', 0.6), end: n };
  if (contentCount === 1) {
    // an ordinary Malay word with a capital mid-sentence (Ubah, Perdana, Umum) names nothing alone
    if (ctx.lex.common(firstContent)) return { mention: undefined, end: n };
    // a lone unknown name: a later mention of a person is found by the chain pass; alone it is
    // most often a body (Astro, Daesh, Unisel), or a place after a location cue
    if (k > ctx.start && LOCATION_CUES.has(cols.norms[k - 1]!)) return { mention: mention(ctx, k, n, 'LOC', 'context', 0.45), end: n };
    // a word seen once is too little to go on (page furniture, product names)
    if (ctx.countOf(k) < 2) return { mention: undefined, end: n };
    return { mention: mention(ctx, k, n, 'ORG', 'context', 0.4), end: n };
  }
  return { mention: mention(ctx, k, n, 'ORG', 'context', 0.35), end: n };
}

const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'on', 'de']);
/** Pre-test for month and day names: most capitalised words are neither. */
const CALENDAR_WORDS = keyFilter([...MONTHS.keys(), ...WEEKDAYS.keys()]);
