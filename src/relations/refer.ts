// Who does what: the subject before a verb ("Korea Selatan pada Khamis lalu menggesa"), the
// argument after an inverted verb ("kata kementerian Korea Utara"), coordinated arguments
// ("Kedua-dua Pyongyang dan Moscow"), titles before names ("Menteri Luar Korea Utara, Choe Son
// Hui"), and the referents of pronouns ("beliau", "ia", "-nya") and descriptions ("kementerian
// itu", "Menteri itu"). Every search is bounded by its sentence and a fixed window.

import { commaAfterPlain, opensSentence } from './after-comma.js';
import { adverbialOpens } from './clause-adverbials.js';
import { isDateline } from './dateline.js';
import {
  CLAUSE_OPENERS,
  COORDINATORS,
  DEMONSTRATIVES,
  DOCUMENT,
  type Doc,
  hasNya,
  is,
  isCapWord,
  isDate,
  isPunct,
  isTitleWord,
  norm,
  ORG_HEAD,
  PREPOSITIONS,
  PRONOUN_ANY,
  PRONOUN_FIRST,
  PRONOUN_PERSON,
  PRONOUN_PLURAL,
  RAISING,
  ROLE,
  stem,
  TRANSPARENT,
} from './doc.js';
import type { TriggerMatch } from './match.js';
import { roleOf } from './role-of.js';
import { titleLead } from './title-lead.js';

/** What stands in an argument position, before it is resolved to entities. */
export type Referent =
  | { readonly kind: 'entities'; readonly ents: readonly number[] }
  | { readonly kind: 'pronoun'; readonly cls: 'person' | 'any' | 'plural' | 'first' | 'nya'; readonly at: number }
  | { readonly kind: 'role'; readonly at: number }
  | { readonly kind: 'org'; readonly head: string; readonly loc: number; readonly at: number }
  /** "kerajaan negeri": lower-case words that begin the name of an organisation named before. */
  | { readonly kind: 'org-prefix'; readonly words: readonly string[]; readonly at: number };

/** Token index -> index of the trigger match covering it, or -1. */
export interface Triggers {
  readonly matches: readonly TriggerMatch[];
  readonly at: Int32Array;
}

const WINDOW = 30;

export const sentenceStartOf = (d: Doc, i: number): number => d.sentStart[d.sentOf[i]!]!;
export const sentenceEndOf = (d: Doc, i: number): number => d.sentEnd[d.sentOf[i]!]!;

/** A reporting verb with its subject before it, at token i: what follows it may be a clause with its own subject. */
function isSayVerb(_d: Doc, trig: Triggers, i: number): boolean {
  const k = trig.at[i] ?? -1;
  if (k < 0) return false;
  const t = trig.matches[k]!.trigger;
  return t.type === 'STATEMENT' && t.frame === 'subject';
}

/** An organisation or place entity standing inside a title: "Menteri Luar [Korea Utara], Choe". */
export function isTitleModifier(d: Doc, e: number): boolean {
  if (d.entities[e]!.label === 'PER') return false;
  const st = d.entStart[e]!;
  if (st - 1 < sentenceStartOf(d, st) || !isTitleWord(d, st - 1)) return false;
  let k = d.entEnd[e]!;
  if (norm(d, k) === ',') k++;
  for (let steps = 0; steps < 5 && k < d.cols.size; steps++, k++) {
    const f = d.entAt[k]!;
    if (f >= 0) return d.entities[f]!.label === 'PER';
    if (!isTitleWord(d, k)) return false;
  }
  return false;
}

/** A capitalised word that is not a known role word (Alexander, Bagaimanapun). */
function isCapWordPlain(d: Doc, i: number): boolean {
  return isCapWord(d, i) && !is(d, ROLE, i) && !is(d, ORG_HEAD, i);
}

/** Index of the token before a person's titles: "Isteri perdana menteri, Datin Seri [Rosmah]" -> before "Isteri". */
export function beforeTitles(d: Doc, st: number): number {
  const s0 = sentenceStartOf(d, st);
  let k = st - 1;
  for (let steps = 0; steps < 12 && k >= s0; steps++) {
    const e = d.entAt[k]!;
    if (e >= 0) {
      if (isTitleModifier(d, e)) {
        k = d.entStart[e]! - 1;
        continue;
      }
      break;
    }
    if (isTitleWord(d, k)) {
      k--;
      continue;
    }
    if (norm(d, k) === ',' && k - 1 >= s0) {
      const e2 = d.entAt[k - 1]!;
      if ((e2 >= 0 && isTitleModifier(d, e2)) || (e2 < 0 && isTitleWord(d, k - 1))) {
        k--;
        continue;
      }
    }
    break;
  }
  return k;
}

/** Where a clause may begin right after token p (so an entity after it can be a subject). */
function opensClause(d: Doc, trig: Triggers, p: number): boolean {
  if (p < sentenceStartOf(d, p + 1) || p < 0) return true;
  if (isPunct(d, p) || isDate(d, p)) return true;
  const n = norm(d, p);
  if (CLAUSE_OPENERS.has(n) || is(d, RAISING, p) || adverbialOpens(d, p)) return true;
  return isSayVerb(d, trig, p);
}

/**
 * Whether entity e can be the subject of a verb after it: true, false, or 'org' when a
 * lower-case organisation head stands before it ("kementerian [Korea Utara]").
 */
export function subjectable(d: Doc, trig: Triggers, e: number): boolean | 'org' {
  const ent = d.entities[e]!;
  const st = d.entStart[e]!;
  let a = d.entEnd[e]!;
  if (norm(d, a) === '(') {
    for (let k = a; k < a + 12 && k < d.cols.size; k++)
      if (norm(d, k) === ')') {
        a = k + 1;
        break;
      }
  }
  let p: number;
  if (ent.label === 'PER') {
    p = beforeTitles(d, st);
    // "beliau yang juga Yang Dipertua X": a title inside a relative clause, not a subject
    if (p < st - 1 && (norm(d, p) === 'yang' || norm(d, p) === 'juga')) return false;
  } else {
    p = st - 1;
    if (p >= 0 && is(d, ORG_HEAD, p) && !isCapWord(d, p)) return 'org';
    if (p >= 0 && is(d, TRANSPARENT, p)) p--;
    else if (p >= 0 && (is(d, ROLE, p) || is(d, ORG_HEAD, p))) return norm(d, a) === 'yang';
    else {
      let skipped = 0;
      for (; skipped < 4 && p >= 0 && isCapWordPlain(d, p) && !CLAUSE_OPENERS.has(norm(d, p)) && !PREPOSITIONS.has(norm(d, p)); skipped++)
        p--;
      // "beliau yang juga Yang Dipertua [Bakti]": a title inside a relative clause
      if (skipped > 0 && (norm(d, p) === 'yang' || norm(d, p) === 'juga')) return false;
    }
  }
  if (norm(d, a) === 'yang' && !(p >= 0 && PREPOSITIONS.has(norm(d, p)))) return true;
  if (p >= 0 && PREPOSITIONS.has(norm(d, p))) return false;
  return opensClause(d, trig, p);
}

/** Entities coordinated before e, ending in e: "Washington, Seoul dan [Tokyo]". */
export function coordinateLeft(d: Doc, trig: Triggers, e: number): number[] {
  const list = [e];
  let cur = e;
  let joined = false;
  for (let steps = 0; steps < 6; steps++) {
    const ent = d.entities[cur]!;
    let p = ent.label === 'PER' ? beforeTitles(d, d.entStart[cur]!) : d.entStart[cur]! - 1;
    const n = norm(d, p);
    const comma = n === ',';
    if (!COORDINATORS.has(n) && !(comma && joined)) break;
    p--;
    if (norm(d, p) === ',') p--;
    const e2 = p >= 0 ? d.entAt[p]! : -1;
    if (e2 < 0 || e2 === cur || isTitleModifier(d, e2)) break;
    if (subjectable(d, trig, e2) === false) break;
    list.unshift(e2);
    cur = e2;
    joined = true;
  }
  return list;
}

function pronounClass(d: Doc, i: number): Referent | undefined {
  if (is(d, PRONOUN_PERSON, i)) return { kind: 'pronoun', cls: 'person', at: i };
  if (is(d, PRONOUN_ANY, i)) return { kind: 'pronoun', cls: 'any', at: i };
  if (is(d, PRONOUN_PLURAL, i)) return { kind: 'pronoun', cls: 'plural', at: i };
  if (is(d, PRONOUN_FIRST, i)) return { kind: 'pronoun', cls: 'first', at: i };
  // "pihaknya" = his side
  if (hasNya(d, i) && d.lex.classes.transparent.has(stem(d, i))) return { kind: 'pronoun', cls: 'nya', at: i };
  return undefined;
}

/** "Kementerian itu", "Menteri itu", "ahli akademik itu", "penyanyi lagu Mata ini": a description pointing back. */
function description(d: Doc, trig: Triggers, dem: number): Referent | undefined {
  const s0 = sentenceStartOf(d, dem);
  const doc = documentBefore(d, dem, s0);
  // at a clause's start, not after a verb: "X menafikan laporan itu dan ..." is an object
  if (doc !== undefined) return opensClause(d, trig, doc - 1) && !isSayVerb(d, trig, doc - 1) ? documentReferent(doc) : undefined;
  for (let k = dem - 1; k >= s0 && k >= dem - 4; k--) {
    if (d.entAt[k]! >= 0) {
      // "ADUN Salor itu", "bekas presiden Umno itu": a place or body the role is of (roleOf.ts)
      return roleSubject(d, trig, d.entAt[k]!);
    }
    const orgHead = is(d, ORG_HEAD, k);
    const role = is(d, ROLE, k);
    if (!orgHead && !role) continue;
    // the head of the description is its first role word ("ahli akademik")
    let h = k;
    while (h - 1 >= s0 && (is(d, ROLE, h - 1) || is(d, ORG_HEAD, h - 1))) h--;
    if (!opensClause(d, trig, h - 1) && !PREPOSITIONS.has(norm(d, h - 1))) return undefined;
    if (PREPOSITIONS.has(norm(d, h - 1))) return undefined;
    return is(d, ORG_HEAD, h) && !is(d, ROLE, h) ? { kind: 'org', head: norm(d, h), loc: -1, at: h } : { kind: 'role', at: h };
  }
  return undefined;
}

/** The holder of the role whose place or body is entity e, as a subject: the role opens a clause, after no preposition. */
function roleSubject(d: Doc, trig: Triggers, e: number): Referent | undefined {
  const h = roleOf(d, e);
  return h !== undefined && opensClause(d, trig, h - 1) && !PREPOSITIONS.has(norm(d, h - 1)) ? { kind: 'role', at: h } : undefined;
}

/**
 * "Kenyataan itu berkata", "kata kenyataan media itu", "laporan tersebut menyebut": a document as
 * the one speaking (a statement, an article, a report, a letter: words.tsv class document) speaks
 * for whoever issued it, the party the text is quoting: resolved as "ia" (the current speaker of
 * any kind). The document noun stands one or two words before the demonstrative; the token of the
 * noun, or undefined.
 */
function documentBefore(d: Doc, dem: number, from: number): number | undefined {
  for (let k = dem - 1; k >= from && k >= dem - 2; k--) {
    if (d.entAt[k]! >= 0) return undefined;
    if (is(d, DOCUMENT, k)) return k;
  }
  return undefined;
}
const documentReferent = (at: number): Referent => ({ kind: 'pronoun', cls: 'any', at });

/** Adverbs between a subject and its verb: "Perdana Menteri turut berkata". */
const BETWEEN: ReadonlySet<string> = new Set([
  'turut',
  'juga',
  'seterusnya',
  'kemudian',
  'pula',
  'telah',
  'sudah',
  'bagaimanapun',
  'sebelum',
  'ini',
  'lalu',
]);

/**
 * "Perdana Menteri berkata", "timbalan perdana menteri turut berkata": a subject that is a role
 * alone, with no name and no demonstrative, at the start of a clause: the office holder the
 * text has named before.
 */
function bareRole(d: Doc, trig: Triggers, ti: number, s0: number): Referent | undefined {
  let j = ti - 1;
  while (j >= s0 && j >= ti - 3 && BETWEEN.has(norm(d, j))) j--;
  if (j >= s0 && d.entAt[j]! >= 0 && d.entities[d.entAt[j]!]!.label === 'LOC') {
    // "anggota parlimen Kuala Nerus itu juga berkata": the role of a place (roleOf.ts)
    return roleSubject(d, trig, d.entAt[j]!);
  }
  if (j < s0 || d.entAt[j]! >= 0 || !is(d, ROLE, j)) return undefined;
  let h = j;
  while (h - 1 >= s0 && h > j - 4 && d.entAt[h - 1]! === -1 && is(d, ROLE, h - 1)) h--;
  return opensClause(d, trig, h - 1) && !PREPOSITIONS.has(norm(d, h - 1)) ? { kind: 'role', at: h } : undefined;
}

/**
 * The subject of the verb at token ti, looking left inside its sentence: the nearest entity
 * that can head a subject (with the entities coordinated with it), a pronoun, or a description.
 */
export function findSubject(d: Doc, trig: Triggers, ti: number, crossSayVerbs: boolean): Referent | undefined {
  const s0 = sentenceStartOf(d, ti);
  const bare = bareRole(d, trig, ti, s0);
  if (bare !== undefined) return bare;
  let i = ti - 1;
  for (let steps = 0; i >= s0 && steps < WINDOW; steps++) {
    const e = d.entAt[i]!;
    if (e >= 0) {
      // "JASIN 13 Dis. - Kerajaan berharap ...": a dateline stands outside the clause (nothing before it)
      if (isDateline(d, e)) return undefined;
      const r = subjectable(d, trig, e);
      if (r === true) return { kind: 'entities', ents: coordinateLeft(d, trig, e) };
      if (r === 'org') return { kind: 'org', head: norm(d, d.entStart[e]! - 1), loc: e, at: d.entStart[e]! - 1 };
      i = d.entStart[e]! - 1;
      continue;
    }
    const n = norm(d, i);
    if (n === 'bahawa' || n === ':' || n === ';' || n === '"') return undefined;
    if (n === ')') {
      let k = i - 1;
      while (k >= s0 && k > i - 12 && norm(d, k) !== '(') k--;
      i = norm(d, k) === '(' ? k - 1 : i - 1;
      continue;
    }
    const pr = pronounClass(d, i);
    // a pronoun heads the subject only where a clause can start ("mesyuarat mereka" is a possessive)
    if (pr && opensClause(d, trig, i - 1)) return pr;
    if (DEMONSTRATIVES.has(n)) {
      const desc = description(d, trig, i);
      if (desc) return desc;
    }
    // lower case, or capitalised only because it starts the sentence
    if (is(d, ORG_HEAD, i) && (!isCapWord(d, i) || i === s0) && opensClause(d, trig, i - 1)) {
      const words: string[] = [];
      for (let k = i; k < ti && k < i + 3 && d.entAt[k] === -1 && d.cols.kinds[k]! === 'word' && (k === i || !isCapWord(d, k)); k++)
        words.push(norm(d, k));
      if (words.length >= 2) return { kind: 'org-prefix', words, at: i };
    }
    if (!crossSayVerbs && i !== ti - 1 && isSayVerb(d, trig, i)) return undefined;
    i--;
  }
  return undefined;
}

/**
 * The argument after an inverted verb or a noun: "kata [X]", "menurut seorang ahli akademik,
 * Dr [X]", "kata kementerian [Korea Utara]", "menurut ahli akademik itu", "oleh [X] dan [Y]".
 */
export function findAfter(d: Doc, trig: Triggers, from: number, maxLower: number, longTitles = false): Referent | undefined {
  const last = sentenceEndOf(d, from > 0 ? from - 1 : 0);
  let end = Math.min(last, from + 12);
  let lower = 0;
  // a comma after plain words read: another plain word after it is the reported clause (after-comma.ts)
  let plainComma = false;
  const opening = opensSentence(d, trig, from);
  for (let i = from; i < end; i++) {
    const e = d.entAt[i]!;
    if (e >= 0) {
      if (isTitleModifier(d, e)) {
        i = d.entEnd[e]! - 1;
        // "gesaan Pengerusi [a long body's name], X": the person after the body still in reach (title-lead.ts)
        if (longTitles) end = Math.min(last, Math.max(end, d.entEnd[e]! + 7));
        continue;
      }
      if (i - 1 >= 0 && is(d, ORG_HEAD, i - 1) && !isCapWord(d, i - 1) && d.entities[e]!.label !== 'PER') {
        return { kind: 'org', head: norm(d, i - 1), loc: e, at: i - 1 };
      }
      // "kata ADUN Salor itu", "kata hos televisyen Amerika": the holder of a role of a place or body (roleOf.ts)
      const h = roleOf(d, e);
      if (h !== undefined && h >= from && (d.entities[e]!.label === 'LOC' || DEMONSTRATIVES.has(norm(d, d.entEnd[e]!))))
        return { kind: 'role', at: h };
      if (i - 1 >= from && d.entities[e]!.label !== 'PER' && is(d, ROLE, i - 1) && !isCapWord(d, i - 1)) return undefined;
      return { kind: 'entities', ents: coordinateRight(d, e) };
    }
    const n = norm(d, i);
    // "kata kenyataan itu": the issuer of the statement (the word is a trigger of its own)
    if (DEMONSTRATIVES.has(n) || DEMONSTRATIVES.has(norm(d, i + 1)) || DEMONSTRATIVES.has(norm(d, i + 2))) {
      const dem = DEMONSTRATIVES.has(n) ? i : DEMONSTRATIVES.has(norm(d, i + 1)) ? i + 1 : i + 2;
      const doc = documentBefore(d, dem, from);
      if (doc !== undefined) return documentReferent(doc);
    }
    if (DEMONSTRATIVES.has(n)) {
      for (let k = i - 1; k >= from; k--) {
        if (is(d, ORG_HEAD, k) && !is(d, ROLE, k)) return { kind: 'org', head: norm(d, k), loc: -1, at: k };
        if (is(d, ROLE, k)) {
          let h = k;
          while (h - 1 >= from && is(d, ROLE, h - 1)) h--;
          return { kind: 'role', at: h };
        }
      }
      return undefined;
    }
    if (n === ',' && commaAfterPlain(d, i, lower)) {
      // "Menurut dokumen mahkamah, X ...": the clause after an attribution opening the sentence
      if (opening) return undefined;
      plainComma = true;
    }
    if (n === ',' || isTitleWord(d, i) || n === 'seorang' || n === 'oleh' || is(d, TRANSPARENT, i)) continue;
    // "oleh bekas Ketua X", "oleh Yang Dipertua Y": the title's lead (title-lead.ts)
    if (longTitles && titleLead(d, i)) continue;
    if (d.cols.kinds[i]! === 'abbreviation') continue;
    if (PREPOSITIONS.has(n) || n === 'bahawa' || isPunct(d, i) || CLAUSE_OPENERS.has(n) || trig.at[i]! >= 0) return undefined;
    // "Menurut dokumen mahkamah, jumlah dana X ...": the clause after the source, not its argument
    if (plainComma || ++lower > maxLower) return undefined;
  }
  return undefined;
}

/** Entities coordinated after e: "[Washington] dan Seoul", "[A], B dan C" (a comma alone joins nothing). */
export function coordinateRight(d: Doc, e: number): number[] {
  const list = [e];
  const joins: string[] = [];
  let k = d.entEnd[e]!;
  for (let steps = 0; steps < 6; steps++) {
    const n = norm(d, k);
    if (!COORDINATORS.has(n) && n !== ',') break;
    let j = k + 1;
    if (n === ',' && COORDINATORS.has(norm(d, j))) j++;
    while (j < k + 6 && d.entAt[j] === -1 && isTitleWord(d, j)) j++;
    let e2 = d.entAt[j] ?? -1;
    if (e2 < 0) break;
    if (isTitleModifier(d, e2)) {
      // "dan Presiden Rusia, Vladimir Putin": step over the title's place to the person
      let m = d.entEnd[e2]!;
      if (norm(d, m) === ',') m++;
      while (m < d.entEnd[e2]! + 6 && d.entAt[m] === -1 && isTitleWord(d, m)) m++;
      e2 = d.entAt[m] ?? -1;
      if (e2 < 0) break;
    }
    list.push(e2);
    joins.push(COORDINATORS.has(norm(d, j - 1)) || COORDINATORS.has(n) ? 'and' : ',');
    k = d.entEnd[e2]!;
  }
  while (joins.length > 0 && joins[joins.length - 1] === ',') {
    joins.pop();
    list.pop();
  }
  return list;
}
