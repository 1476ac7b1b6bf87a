// "pihaknya", "kita" or "kami" as a meeting's subject: the side is the body the person speaks
// for, when the text ties the person to one ("Pengerusi Persatuan X, Y berkata, pihaknya akan
// bertemu Z": X meets Z). A body is tied to a person by a title naming it (speaker-side.ts), or
// by a title pointing back at the body just named: "Kementerian X akan ... . Menterinya, Y,
// berkata ...", "Timbalan Menteri berkenaan, Y, berkata ..." (the role with -nya, or with
// "berkenaan / itu / tersebut", is the role of that body). Read after the party model, which
// resolves the pronoun to the person; a person tied to no body stays the side.
import { DEMONSTRATIVES, type Doc, hasNya, is, norm, ROLE, stem } from './doc.js';
import type { TriggerMatch } from './match.js';
import { findSubject, type Referent, type Triggers } from './refer.js';
import { fromLatestTitle, isPihaknya, speakerSide, TITLE_ENDS } from './speaker-side.js';

/** How many tokens (honorifics, commas) may stand between a title pointing back and the name. */
const TITLE_REACH = 8;

/** Sentences back from the title where the body it points at may be named. */
const BODY_SENTENCES = 1;

/** A pronoun in an argument position. */
type PronounReferent = Extract<Referent, { kind: 'pronoun' }>;

/** First-person plural pronouns that speak for a side ("kita akan berbincang dengan X"). */
const WE: ReadonlySet<string> = new Set(['kita', 'kami']);

/** Whether token k is a role word with -nya ("Menterinya") or one followed by a demonstrative ("Menteri berkenaan"). */
function pointingRole(d: Doc, k: number): number | undefined {
  if (hasNya(d, k) && d.lex.classes.role.has(stem(d, k))) return k;
  if (DEMONSTRATIVES.has(norm(d, k)) && is(d, ROLE, k - 1)) return k - 1;
  return undefined;
}

/** "Majlis X (MX)": the short form in brackets stands for the name before it, which is returned. */
function fullName(d: Doc, y: number): number {
  const open = d.entStart[y]! - 1;
  if (norm(d, open) !== '(' || norm(d, d.entEnd[y]!) !== ')') return y;
  const x = d.entAt[open - 1]!;
  return x >= 0 && d.entities[x]!.label === 'ORG' ? x : y;
}

/**
 * The body a title pointing back names for person e ("Menterinya, Y": the first body named in
 * the nearest sentence, its own or the one before, naming one before the title), at e's latest
 * mention before token `before` that has such a title; undefined when none.
 */
export function pointedBody(d: Doc, e: number, before: number): number | undefined {
  return fromLatestTitle(d, e, before, (st) => {
    for (let k = st - 1, n = 0; k >= 0 && n < TITLE_REACH; k--, n++) {
      if (d.entAt[k]! >= 0 || TITLE_ENDS.has(norm(d, k))) break;
      const role = pointingRole(d, k);
      if (role === undefined) continue;
      let h = role;
      while (h - 1 >= 0 && d.entAt[h - 1] === -1 && is(d, ROLE, h - 1)) h--;
      // the body the text is about: the first named in the nearest sentence naming one, up to the title
      const s = d.sentOf[h]!;
      let first = -1;
      for (let j = h - 1; j >= 0 && d.sentOf[j]! >= s - BODY_SENTENCES; j--) {
        if (first >= 0 && d.sentOf[j]! < d.sentOf[d.entStart[first]!]!) break;
        const y = d.entAt[j]!;
        if (y < 0) continue;
        if (d.entities[y]!.label === 'ORG') first = y;
        j = d.entStart[y]!;
      }
      if (first >= 0) return fullName(d, first);
      break;
    }
    return undefined;
  });
}

/** The body person e speaks for: named in e's title, or pointed back at by it. */
export function ownBody(d: Doc, e: number, before: number): number | undefined {
  return speakerSide(d, e, before) ?? pointedBody(d, e, before);
}

/** The subject of meeting m when it is "pihaknya", "kita" or "kami" (a pronoun that speaks for a side); else undefined. */
export function weSubject(d: Doc, trig: Triggers, m: TriggerMatch): PronounReferent | undefined {
  const ref = findSubject(d, trig, m.start, true);
  if (ref?.kind !== 'pronoun') return undefined;
  if (ref.cls === 'nya' && isPihaknya(d, ref.at)) return ref;
  if (ref.cls === 'first' && WE.has(norm(d, ref.at))) return ref;
  return undefined;
}

/**
 * The sides with the person the "pihaknya / kita / kami" subject at token `at` stands for replaced
 * by the body the person speaks for. The person is the one the rules resolved the pronoun to
 * (`who`); when they resolved none ("kita" the party model gave a person to), a person side named
 * before the pronoun. The sides stay as they are when no one or two people are meant ("kami
 * berdua (X dan Y)": they speak for themselves), when the person is tied to no body, or when the
 * body is a side already.
 */
export function ourSide(d: Doc, m: TriggerMatch, at: number, sides: readonly number[], who: readonly number[]): readonly number[] {
  const meant = new Set(who.map((e) => d.entities[e]!.canonical));
  const people = sides.filter(
    (e) => d.entities[e]!.label === 'PER' && (meant.size > 0 ? meant.has(d.entities[e]!.canonical) : d.entStart[e]! <= at),
  );
  if (people.length !== 1) return sides;
  const p = people[0]!;
  // "kita / kami" speak for a body only when the text has just made it the subject (a title pointing back at it)
  const b = isPihaknya(d, at) ? ownBody(d, p, m.start) : pointedBody(d, p, m.start);
  if (b === undefined || sides.some((e) => d.entities[e]!.canonical === d.entities[b]!.canonical)) return sides;
  return sides.map((e) => (e === p ? b : e));
}
