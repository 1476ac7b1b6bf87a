// MEET: parties meet, talk, visit or call. Verbs take their subject and the parties after
// "dengan" ("X bertemu dengan Y"); nouns take a list after them ("pertemuan X dengan Y dan Z"),
// and the subject of a light verb before them ("X menghadiri mesyuarat Y"); visits take the
// visitor and the place visited ("lawatan X ke Y": the host is that place's country, or the
// person met there); hosts take their subject and the visitor ("X menerima kunjungan hormat Y").

import type { EntryKind } from '../lexicon/types.js';
import { resolveDate } from '../tokenize/dates.js';
import type { CameoCode, DateUnit, MeetRelation, Span, TimeSpan } from '../types.js';
import { withinBetween } from './between-sides.js';
import { bodyWhere } from './body-where.js';
import { channel } from './channel.js';
import { withoutDescriptions } from './described-person.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  COORDINATORS,
  DEMONSTRATIVES,
  type Doc,
  GROUP,
  hasNya,
  is,
  isDate,
  isTitleWord,
  norm,
  PREPOSITIONS,
  PRONOUN_FIRST,
  PRONOUN_PERSON,
  PRONOUN_PLURAL,
  QUANTIFIER,
  SUPPORT,
  stem,
} from './doc.js';
import { guestAt, needsGuest } from './host-guest.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { attendeesAfter, membersNamedAfter } from './meeting-attendance.js';
import { chairAt } from './meeting-chair.js';
import { pastModifiers } from './meeting-modifiers.js';
import { outcomeOnly } from './meeting-outcome.js';
import { withoutNestedParties } from './nested-party.js';
import { withoutReporters } from './news-outlet.js';
import { officePlace } from './office-place.js';
import { ourSide, weSubject } from './our-side.js';
import { listAfter } from './party-list.js';
import { peopleOfPlace } from './people-of-place.js';
import { withoutPurpose } from './purpose-clause.js';
import { quotedSpeaker } from './quoted-speaker.js';
import { findSubject, isTitleModifier, sentenceEndOf, sentenceStartOf, type Triggers } from './refer.js';
import { withoutSources } from './reported-by.js';
import { withoutTeller } from './reported-meeting.js';
import { lastPerson, type Resolved, resolve, roleHolder, type SpeakerTurn } from './resolve.js';
import { respectively } from './respectively.js';
import { roleMet } from './role-met.js';
import { roleOf } from './role-of.js';
import { withoutRolesToldAgain } from './role-told-again.js';
import { withinSentence } from './sentence-sides.js';
import { isSitting } from './sitting.js';
import { sportsMatch } from './sports-match.js';
import { toldAgain } from './told-again.js';
import { withoutTowns } from './town-side.js';
import { visitAndTalks } from './visit-talks.js';

export interface MeetContext {
  readonly d: Doc;
  readonly trig: Triggers;
  readonly hist: readonly SpeakerTurn[];
  /** Date units of a sentence. */
  readonly datesIn: (sent: number) => readonly DateUnit[] | undefined;
  readonly ref: number | undefined;
  readonly countryOf: ((kb: string) => string | undefined) | undefined;
  /** The lexicon's kind of an entry, by its id (news-outlet.ts). */
  readonly kindOf?: ((kb: string) => EntryKind | undefined) | undefined;
  /** Place mentions of a lexicon id, in text order. */
  readonly placesOf: (kb: string) => readonly number[] | undefined;
  /** The speakers of the last statement reported before this point of a sentence, if any. */
  readonly sayer?: ((sent: number) => readonly number[] | undefined) | undefined;
  /** The learned choice of parties (parties.ts), given the trigger and the rules' parties. */
  readonly parties?: ((m: TriggerMatch, rule: readonly number[]) => readonly number[]) | undefined;
}

const span = (d: Doc, a: number, b: number): Span => {
  const start = d.cols.starts[a]!;
  const end = d.cols.ends[b - 1]!;
  return { start, end, text: d.text.slice(start, end) };
};
const entSpan = (d: Doc, e: number): Span => {
  const x = d.entities[e]!;
  return { start: x.start, end: x.end, text: x.text };
};

/** A visited place stands for its country's government when that country is named in the text. */
function hostOf(c: MeetContext, e: number): number {
  const ent = c.d.entities[e]!;
  if (ent.label !== 'LOC' || !ent.kb || !c.countryOf) return e;
  const code = c.countryOf(ent.kb);
  if (!code || code === ent.kb) return e;
  // the country's last mention before the place, else its first mention
  const list = c.placesOf(code) ?? [];
  if (list.length === 0) return e;
  let lo = 0;
  let hi = list.length; // first mention at or after the place
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.d.entities[list[mid]!]!.start < ent.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : list[0]!;
}

/** The first "di <place>" after the trigger in its sentence. */
function placeAfter(d: Doc, from: number): number | undefined {
  const end = Math.min(sentenceEndOf(d, from > 0 ? from - 1 : 0), from + 8);
  for (let k = from; k < end - 1; k++) {
    if (norm(d, k) !== 'di') continue;
    const e = d.entAt[k + 1]!;
    if (e >= 0 && d.entities[e]!.label === 'LOC') return e;
  }
  return undefined;
}

/** The date in the trigger's sentence: the first after its arguments, else one just before the trigger. */
function timeOf(c: MeetContext, m: TriggerMatch, from: number): TimeSpan | undefined {
  const units = c.datesIn(c.d.sentOf[m.start]!) ?? [];
  let pick: DateUnit | undefined;
  for (const u of units)
    if (u.tokenStart >= m.end && u.tokenStart - from <= 8) {
      pick = u;
      break;
    }
  if (!pick) for (const u of units) if (u.tokenEnd <= m.start && m.start - u.tokenEnd <= 4) pick = u;
  if (!pick) return undefined;
  const value = resolveDate(pick, c.ref);
  return { start: pick.start, end: pick.end, text: pick.text, ...(value !== undefined ? { value } : {}) };
}

function modalityOf(c: MeetContext, m: TriggerMatch, time: TimeSpan | undefined): MeetRelation['modality'] {
  const d = c.d;
  const s0 = sentenceStartOf(d, m.start);
  let planned = false;
  for (let k = m.start - 1; k >= s0 && k >= m.start - 6; k--) {
    const n = norm(d, k);
    if (n === '.' || n === ';' || n === 'bahawa') break;
    const has = (cls: 'negated' | 'conditional' | 'planned'): boolean => d.lex.classes[cls].has(n) || d.lex.classes[cls].has(stem(d, k));
    if (has('negated') || has('conditional')) return 'other';
    if (has('planned')) planned = true;
  }
  if (planned) return 'planned';
  if (time?.value && c.ref !== undefined) {
    const first = Date.parse(`${time.value.split('/')[0]!.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
    if (!Number.isNaN(first) && first > c.ref) return 'planned';
  }
  return 'asserted';
}

const ents = (r: Resolved | undefined): readonly number[] => r?.ents ?? [];

/**
 * Words opening a time adjunct whose unsaid subject is the main clause's: "katanya selepas
 * mempengerusikan mesyuarat X", "beliau berkata demikian ketika melawat Y".
 */
const ADJUNCT: ReadonlySet<string> = new Set(['selepas', 'sebelum', 'setelah', 'ketika', 'semasa', 'sewaktu', 'sambil']);

/** The speaker of the sentence's statement when the word at k opens a time adjunct after it. */
function adjunctSubject(c: MeetContext, k: number): readonly number[] {
  const d = c.d;
  if (k <= 0 || !ADJUNCT.has(norm(d, k - 1))) return [];
  return c.sayer?.(d.sentOf[k]!) ?? [];
}

/**
 * A name that is never a meeting's party: a place named only as where something happens ("di
 * Kuala Lumpur", the state or country after it, "di Subang Jaya, Selangor": 2 of 68 such places
 * in the training set are a meeting's party), a dateline in capitals ("PUTRAJAYA -", "PUTRAJAYA,
 * 3 Mei"), a place qualifying its people ("media Malaysia", people-of-place.ts), and a coalition
 * or party saying whose government it is ("kerajaan Pakatan Harapan", "kerajaan pimpinan BN":
 * 0 of 64 and 1 of 17 such names in the training set are a meeting's party).
 */
function neverParty(d: Doc, e: number): boolean {
  const ent = d.entities[e]!;
  const st = d.entStart[e]!;
  // "kerajaan Pakatan Harapan", "kerajaan pimpinan BN": the coalition says whose government it is
  // ("bertemu X dan pimpinan PAS": the leaders of PAS, who stand for it)
  if (ent.label === 'ORG') {
    if (st < 1) return false;
    const w = norm(d, st - 1);
    return (
      w === 'kerajaan' ||
      (w === 'pimpinan' && st > 1 && d.entAt[st - 2]! < 0 && !COORDINATORS.has(norm(d, st - 2)) && !PREPOSITIONS.has(norm(d, st - 2)))
    );
  }
  if (ent.label !== 'LOC') return false;
  if ((st > 0 && norm(d, st - 1) === 'di') || peopleOfPlace(d, e)) return true;
  // "di Subang Jaya, Selangor", "di Manila, Filipina": the state or country of the place where
  if (st > 1 && norm(d, st - 1) === ',' && d.entAt[st - 2]! >= 0) {
    const before = d.entAt[st - 2]!;
    const b0 = d.entStart[before]!;
    if (b0 > 0 && norm(d, b0 - 1) === 'di' && d.entities[before]!.label !== 'PER') return true;
  }
  if (ent.text.toUpperCase() !== ent.text || ent.text.toLowerCase() === ent.text) return false;
  const nx = norm(d, d.entEnd[e]!);
  return nx === '-' || nx === '–' || nx === ',' || d.cols.kinds[d.entEnd[e]!] === 'date';
}

/** The places named in the trigger's sentence as the title of a person among the parties ("Presiden [Indonesia], Joko Widodo"). */
function ownCountries(d: Doc, m: TriggerMatch, parties: readonly number[]): Set<string> {
  const out = new Set<string>();
  const people = new Set(parties.filter((e) => d.entities[e]!.label === 'PER').map((e) => d.entities[e]!.canonical));
  if (people.size === 0) return out;
  const s0 = sentenceStartOf(d, m.start);
  const s1 = sentenceEndOf(d, m.start);
  for (let k = s0; k < s1; k++) {
    const e = d.entAt[k]!;
    if (e < 0 || d.entStart[e] !== k || d.entities[e]!.label !== 'LOC' || !isTitleModifier(d, e)) continue;
    // the person the title goes on to
    let j = d.entEnd[e]!;
    while (j < s1 && d.entAt[j]! < 0) j++;
    const p = d.entAt[j] ?? -1;
    if (p >= 0 && people.has(d.entities[p]!.canonical)) out.add(d.entities[e]!.canonical);
  }
  return out;
}

/** The person holding the role a place or body names ("Ketua Menteri [Sarawak]", role-of.ts), when named before with that title; else e. */
function holderOf(d: Doc, e: number): number {
  const h = roleOf(d, e);
  return h === undefined ? e : (roleHolder(d, h) ?? e);
}

/** Words opening a purpose clause, whose unsaid subject is the main clause's. */
const PURPOSE: ReadonlySet<string> = new Set(['untuk', 'bagi', 'supaya', 'agar', 'demi', 'yang']);

/** Words between a subject and its verb that are not the subject: auxiliaries and adverbs. */
const NOT_SUBJECT: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  'pernah',
  'sedang',
  'masih',
  'mahu',
  'hendak',
  'ingin',
  'perlu',
  'harus',
  'boleh',
  'dapat',
  'sempat',
  'dijadual',
  'dijangka',
  'sebelum',
  'ini',
  'itu',
  'baru-baru',
  'semalam',
  'kelmarin',
  'tadi',
  'kini',
  'terdahulu',
  'dalam',
  'pada',
  'di',
  'hari',
]);

/**
 * "X berkata anggota NGO itu telah bertemu Y": past a statement verb, a clause with a subject
 * nobody names; the speaker before the verb is not who met.
 */
function unnamedSubjectAfterSay(d: Doc, trig: Triggers, from: number, k: number): boolean {
  let say = -1;
  for (let j = from; j < k; j++) {
    const ti = trig.at[j]!;
    if (ti >= 0 && trig.matches[ti]!.trigger.type === 'STATEMENT') say = trig.matches[ti]!.end;
  }
  if (say < 0) return false;
  let j = say;
  while (j < k && (norm(d, j) === ',' || norm(d, j) === 'bahawa' || norm(d, j) === ':')) j++;
  if (j >= k || d.entAt[j]! >= 0 || d.cols.kinds[j]! !== 'word') return false;
  const n = norm(d, j);
  // a preposition or conjunction opens a clause whose unsaid subject is the speaker's ("untuk melawat")
  return !NOT_SUBJECT.has(n) && !PREPOSITIONS.has(n) && !CLAUSE_OPENERS.has(n) && !PURPOSE.has(n);
}

/** The subject of the verb at k, else, in a time adjunct after a statement, its speaker. */
function subjectAt(c: MeetContext, k: number, crossSayVerbs: boolean): readonly number[] {
  let ref = findSubject(c.d, c.trig, k, crossSayVerbs);
  if (ref?.kind === 'entities' && unnamedSubjectAfterSay(c.d, c.trig, Math.max(...ref.ents.map((e) => c.d.entEnd[e]!)), k)) ref = undefined;
  // "“Saya bertemu dengan X ...,” katanya": the quotation's speaker
  const quoted = ref?.kind === 'pronoun' && ref.cls === 'first' ? quotedSpeaker(c.d, c.trig, c.hist, ref.at) : [];
  if (quoted.length > 0) return quoted;
  const r = ents(resolve(c.d, c.trig, ref, c.hist));
  return r.length > 0 ? r : adjunctSubject(c, k);
}

/**
 * "menemui" with a thing after it finds or meets with it ("menemui kegagalan", "menemui jalan
 * buntu", "menemui bukti baharu"): no one is met. A name, a pronoun, a role or a group of people
 * after it ("menemui Perdana Menteri", "menemui penduduk") is someone met.
 */
function found(d: Doc, m: TriggerMatch): boolean {
  if (m.end - m.start !== 1 || norm(d, m.start) !== 'menemui') return false;
  const k = m.end;
  if (d.cols.kinds[k] !== 'word' || d.entAt[k]! >= 0 || isTitleWord(d, k)) return false;
  const n = norm(d, k);
  if (COORDINATORS.has(n) || PREPOSITIONS.has(n) || AUXILIARIES.includes(n)) return false;
  return !is(d, GROUP, k) && !is(d, QUANTIFIER, k) && !is(d, PRONOUN_PERSON, k) && !is(d, PRONOUN_PLURAL, k) && !is(d, PRONOUN_FIRST, k);
}

/** Documents of immigration named after a visit ("pas lawatan", "visa lawatan"): no visit made. */
const PASS: ReadonlySet<string> = new Set(['pas', 'visa', 'permit']);

/** Words before a verb that address the reader or tell what one may do: "boleh menghubungi", "sila berjumpa". */
const ADDRESS: ReadonlySet<string> = new Set(['boleh', 'bolehlah', 'sila', 'silalah']);

/**
 * A meeting word that tells of no meeting: an offer to the reader or a possibility ("orang ramai
 * boleh menghubungi X", "sila berjumpa dengan Y", "boleh terus menghubungi Z"), and a verb inside
 * a noun compound after "tahun" ("Tahun Melawat Malaysia"), and a visit noun naming a document
 * of immigration ("pas lawatan sosial", "Pas Lawatan Kerja Sementara", "visa lawatan").
 */
export function notAMeeting(d: Doc, m: TriggerMatch): boolean {
  const s0 = sentenceStartOf(d, m.start);
  let k = m.start - 1;
  if (k >= s0 && norm(d, k) === 'terus') k--;
  if (k >= s0 && ADDRESS.has(norm(d, k))) return true;
  if (found(d, m)) return true;
  if (m.start - 1 < s0) return false;
  const frame = (m.trigger as MeetTrigger).frame;
  const before = norm(d, m.start - 1);
  return (frame === 'visit' && before === 'tahun') || (frame === 'visit-noun' && PASS.has(before));
}

/** The meeting a trigger announces (none when fewer than two parties are named), its parties, and whether it took in the next trigger. */
export function meetRelation(
  c: MeetContext,
  m: TriggerMatch,
  next: TriggerMatch | undefined,
): { rel?: MeetRelation; more?: readonly MeetRelation[]; absorbed: boolean; parties: readonly number[] } {
  const { d, trig, hist } = c;
  const t = m.trigger as MeetTrigger;
  const last = m.end - 1;
  let cameo: CameoCode = t.cameo;
  let parts: number[] = [];
  let place: number | undefined;
  let absorbed = false;
  const after = norm(d, m.end);
  const nounLike = t.frame === 'noun' || t.frame === 'visit-noun';
  if (notAMeeting(d, m)) return { absorbed, parties: [] };
  // "mesyuarat mereka", "pertemuan itu": the same meeting told again
  if (nounLike && !hasNya(d, last) && (DEMONSTRATIVES.has(after) || is(d, PRONOUN_PLURAL, m.end))) return { absorbed, parties: [] };
  switch (t.frame) {
    case 'verb': {
      // "mengadakan pertemuan empat mata dengan X", "berbincang lanjut dengan Y": past the words describing the meeting
      let k = pastModifiers(d, m.end, sentenceEndOf(d, m.start));
      if (norm(d, k) === 'dengan' || norm(d, k) === 'bersama') k++;
      parts = [...subjectAt(c, m.start, true), ...listAfter(d, k, false)];
      break;
    }
    case 'noun': {
      // "mesyuarat tertinggi X", "pertemuan empat mata dengan X": past the words describing the meeting
      const s1 = sentenceEndOf(d, m.start);
      let k = pastModifiers(d, m.end, s1);
      const next = norm(d, k);
      if (next === 'antara') k++;
      parts = listAfter(d, k, false);
      // "mesyuarat X yang dipengerusikan oleh Y": the chair takes part
      const chair = chairAt(d, parts.length > 0 ? d.entEnd[parts[parts.length - 1]!]! : k, s1);
      if (chair >= 0) parts.push(...listAfter(d, chair, false));
      if (hasNya(d, last)) parts.unshift(...ents(resolve(d, trig, { kind: 'pronoun', cls: 'nya', at: last }, hist)));
      const s0 = sentenceStartOf(d, m.start);
      for (let j = m.start - 1; j >= s0 && j >= m.start - 4; j--) {
        if (is(d, SUPPORT, j)) {
          parts.unshift(...subjectAt(c, j, true));
          break;
        }
      }
      // "katanya selepas mesyuarat X": the speaker was at the meeting
      if (!parts.some((e) => d.entStart[e]! < m.start)) parts.unshift(...adjunctSubject(c, m.start));
      // "Perbincangan dengan X ...": the other party is left unsaid; it is the person the text is about
      if (next === 'dengan' && parts.length === 1) {
        const topic = lastPerson(d, trig, m.start, false);
        if (topic !== undefined) parts.unshift(topic);
      }
      break;
    }
    case 'visit':
    case 'visit-noun': {
      let visitors: readonly number[] = [];
      let k = m.end;
      if (t.frame === 'visit') visitors = subjectAt(c, m.start, true);
      else {
        // "lawatan rasmi dua hari beliau ke X", "lawatan kerja seharinya ke Y": past the words
        // describing the visit, whose -nya, or a pronoun after them, is the visitor
        k = pastModifiers(d, m.end, sentenceEndOf(d, m.start));
        let nya = hasNya(d, last) ? last : -1;
        for (let j = m.end; j < k && nya < 0; j++) if (hasNya(d, j)) nya = j;
        if (nya >= 0) visitors = ents(resolve(d, trig, { kind: 'pronoun', cls: 'nya', at: nya }, hist));
        else if (is(d, PRONOUN_PERSON, k)) {
          visitors = ents(resolve(d, trig, { kind: 'pronoun', cls: 'person', at: k }, hist));
          k++;
        } else {
          const gen = listAfter(d, k, true);
          if (gen.length > 0) {
            visitors = gen.slice(0, 1);
            k = d.entEnd[gen[0]!]!;
          } else visitors = subjectAt(c, m.start, false);
        }
      }
      // destination: "ke X" (or the object of melawat), then "untuk <meeting> dengan Z"
      let dest: number | undefined;
      let host: readonly number[] = [];
      const end = Math.min(sentenceEndOf(d, m.start), k + 12);
      for (let j = k; j < end; j++) {
        const n = norm(d, j);
        const e = d.entAt[j]!;
        if (e >= 0 && (j === m.end || norm(d, j - 1) === 'ke' || norm(d, j - 1) === 'atas' || norm(d, j - 1) === 'kepada')) {
          if (isTitleModifier(d, e)) continue;
          if (norm(d, j - 1) === 'kepada') host = [e];
          else dest = e;
          break;
        }
        if (e >= 0) break;
        if (n === 'ke' || n === 'atas' || n === 'kepada' || isDate(d, j) || isTitleWord(d, j)) continue;
        if (t.frame === 'visit' && j === m.end) continue;
        break;
      }
      if (dest !== undefined) {
        host = [hostOf(c, dest)];
        if (d.entities[dest]!.label === 'LOC') place = dest;
        // "ke Jepun untuk berunding dengan perdana menterinya": the host is the person met
        if (next && next.trigger.type === 'MEET' && next.start > d.entEnd[dest]! && next.start - d.entEnd[dest]! <= 3) {
          const j = norm(d, next.end) === 'dengan' ? next.end + 1 : next.end;
          const met = listAfter(d, j, false);
          if (met.length > 0) {
            host = met;
            absorbed = true;
          }
        }
      }
      parts = [...visitors, ...host];
      break;
    }
    case 'host': {
      const k = after === 'daripada' || after === 'dari' ? m.end + 1 : m.end;
      // "menyambut Aidilfitri", "menjadi tuan rumah sidang kemuncak": no guest named, no visit received
      const guests = listAfter(d, needsGuest(m) ? guestAt(d, k) : k, false);
      if (guests.length === 0 && needsGuest(m)) return { absorbed, parties: [] };
      parts = [...subjectAt(c, m.start, true), ...guests];
      break;
    }
  }
  // one mention per party
  const seen = new Set<string>();
  let uniq: number[] = [];
  parts = parts.filter((e) => !neverParty(d, e));
  // "Duta Besar Malaysia ke Jepun": a place in an office's title the model took, no side (office-place.ts)
  const named = new Set(parts);
  const chosenAll = c.parties ? c.parties(m, parts).filter((e) => named.has(e) || !officePlace(d, e)) : parts;
  for (const chosen of chosenAll) {
    // "di bangunan Yayasan X": a body named as where the meeting is (body-where.ts)
    // "menghantar bantuan melalui Yayasan X": the channel, no side (channel.ts)
    if (neverParty(d, chosen) || bodyWhere(d, chosen) || channel(d, chosen)) continue;
    // "kunjungan hormat kepada Ketua Menteri [Sarawak]": the holder of the role, named before with its title
    const e = holderOf(d, chosen);
    const key = d.entities[e]!.canonical;
    if (!seen.has(key)) {
      seen.add(key);
      uniq.push(e);
    }
  }
  // the sides without those who take no part, one rule after another:
  // "Akhbar Harian cuba menghubungi X": a news outlet reports, it takes no part
  let sides = withoutReporters(d, uniq, c.kindOf);
  // "Seperti dilaporkan oleh X, rundingan dengan Y": X reports, it takes no part
  sides = withoutSources(d, sides);
  // "bertemu X di Kulai": a town is where, not who
  sides = withoutTowns(d, sides, c.kindOf);
  // "mesyuarat Jawatankuasa Kerja PAS Pusat": a body and the party in its name are one side
  sides = withoutNestedParties(d, sides);
  // "pemimpin majoriti Senat, X": the body describes the person who meets
  sides = withoutDescriptions(d, sides);
  // "calon Parti Demokrat itu": a role told again stands for its holder
  sides = withoutRolesToldAgain(d, sides);
  // "X berkata, Y akan bertemu Z": X tells of the meeting, Y and Z hold it
  sides = withoutTeller(d, trig, m, sides);
  // "bertemu X untuk membincangkan cadangan Y": Y is what the meeting is for
  sides = withoutPurpose(d, trig, m, sides, parts);
  // "mesyuarat antara X dan kerajaan negeri": "antara" names the sides, the model adds none
  uniq = withinBetween(d, m, sides, parts) as number[];
  // "Presiden Indonesia, Joko Widodo" among the parties: Indonesia is his title, he stands for it
  // (not on a visit: the place visited is the host, whoever's title it is in)
  const own = t.frame === 'visit' || t.frame === 'visit-noun' ? new Set<string>() : ownCountries(d, m, uniq);
  if (own.size > 0) for (let i = uniq.length - 1; i >= 0; i--) if (own.has(d.entities[uniq[i]!]!.canonical)) uniq.splice(i, 1);
  // "Menurut dia, rundingan dengan X dan Y ...": two sides named in the sentence, none from outside it
  uniq = withinSentence(d, m.start, uniq, named) as number[];
  // "Menterinya, Y, berkata pihaknya akan berbincang dengan X": the body Y speaks for meets X (our-side.ts)
  const we = weSubject(d, trig, m);
  if (we) {
    const quoted = we.cls === 'first' ? quotedSpeaker(d, trig, hist, we.at) : [];
    uniq = ourSide(d, m, we.at, uniq, quoted.length > 0 ? quoted : ents(resolve(d, trig, we, hist))) as number[];
  }
  // "pertemuan ringkas selama sejam itu": the meeting told before, told again
  if (toldAgain(d, trig, m)) return { absorbed: false, parties: [] };
  // "hasil perbincangan dalam usaha ...": a meeting's outcome, no side named
  if (outcomeOnly(d, m)) return { absorbed: false, parties: [] };
  // "jika dia bertemu X di pusingan kedua": a match, not a meeting
  if (sportsMatch(d, m)) return { absorbed: false, parties: [] };
  // "panel hakim yang bersidang", "Mesyuarat Kedua Penggal Ketiga Parlimen": a sitting, no meeting
  if (isSitting(d, m)) return { absorbed: false, parties: [] };
  // "masing-masing dengan X, Y dan Z": the names listed are the other sides, one each (respectively.ts)
  const each = respectively(d, m);
  const eachNames = new Set(each.map((e) => d.entities[e]!.canonical));
  const others = each.length >= 2 ? uniq.filter((e) => !eachNames.has(d.entities[e]!.canonical)) : [];
  if (others.length > 0) uniq = [...others, ...each];
  // "... bertemu beberapa mufti. Antara yang hadir ialah X dan Y.": the unnamed side's members named next
  if (uniq.length === 1 && membersNamedAfter(d, m))
    for (const e of attendeesAfter(d, trig, m, uniq))
      if (!seen.has(d.entities[e]!.canonical)) {
        seen.add(d.entities[e]!.canonical);
        uniq.push(e);
      }
  // "mereka perlu bertemu Ketua Menteri": a bare role met, its holder named before (role-met.ts)
  if (uniq.length === 1) {
    const h = roleMet(d, m);
    if (h !== undefined && !seen.has(d.entities[h]!.canonical)) {
      seen.add(d.entities[h]!.canonical);
      uniq.push(h);
    }
  }
  if (uniq.length < 2) return { absorbed: false, parties: [] };
  // "Mesyuarat itu turut dihadiri X dan Y.", "Antara yang hadir ialah X": those named attending in
  // the next sentence take part too
  for (const e of attendeesAfter(d, trig, m, uniq))
    if (!seen.has(d.entities[e]!.canonical)) {
      seen.add(d.entities[e]!.canonical);
      uniq.push(e);
    }
  // place and time follow the last party named after the trigger
  const argEnd = Math.max(m.end, ...uniq.map((e) => Math.max(d.entEnd[e]!, m.end)));
  place ??= placeAfter(d, argEnd);
  if (place !== undefined && uniq.some((e) => d.entities[e]!.canonical === d.entities[place!]!.canonical)) {
    if (t.frame !== 'visit' && t.frame !== 'visit-noun') place = undefined;
  }
  // a meeting of states held in a third state's city
  if (cameo === '040' && place !== undefined && c.countryOf && uniq.every((e) => d.entities[e]!.label === 'LOC')) {
    const pk = d.entities[place]!.kb;
    const pc = pk ? (c.countryOf(pk) ?? pk) : undefined;
    if (pc && !uniq.some((e) => d.entities[e]!.kb === pc)) cameo = '044';
  }
  const time = timeOf(c, m, argEnd);
  const rel: MeetRelation = {
    type: 'MEET',
    cameo,
    trigger: span(d, m.start, m.end),
    participants: uniq.map((e) => entSpan(d, e)),
    ...(place !== undefined ? { place: entSpan(d, place) } : {}),
    ...(time ? { time } : {}),
    modality: modalityOf(c, m, time),
  };
  // "lawatan rasmi X ke Y, termasuk mesyuarat dengan Presiden Z": the visit (X, Y) and the talks (X, Z) apart (visit-talks.ts)
  const apart =
    (t.frame === 'visit' || t.frame === 'visit-noun') && !(others.length > 0 && each.length >= 2) ? visitAndTalks(d, uniq) : undefined;
  if (apart) {
    const talks: MeetRelation = { ...rel, cameo: '040', participants: apart.talks.map((x) => entSpan(d, x)) };
    return { rel: { ...rel, participants: apart.visit.map((x) => entSpan(d, x)) }, more: [talks], absorbed, parties: apart.visit };
  }
  // "rundingan dua hala itu masing-masing bersama X, Y dan Z": one meeting with each of them
  if (others.length > 0 && each.length >= 2) {
    const one = (e: number): MeetRelation => ({ ...rel, participants: [...others, e].map((x) => entSpan(d, x)) });
    return { rel: one(each[0]!), more: each.slice(1).map(one), absorbed, parties: [...others, each[0]!] };
  }
  return { rel, absorbed, parties: uniq };
}
