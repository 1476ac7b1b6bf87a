// Relation extraction (MEET and STATEMENT, CAMEO-coded), issue #5; see README.md here.
// One pass over the document's triggers in text order: each statement's speaker becomes the
// "current speaker" that later pronouns and bare "katanya" point back to; first-person
// statements inside a quotation take the speaker its attribution names.
import type { EntryKind, Lexicon } from '../lexicon/index.js';
import type { DateUnit, Entity, Relation, Segmentation, StatementAct } from '../types.js';
import { ACT_CAMEO } from './acts.js';
import { agreeWithView } from './agree-with-view.js';
import { bracketedReferent } from './bracketed-referent.js';
import { concernComment } from './concern-comment.js';
import { conditional } from './conditional.js';
import { deprivedRight } from './deprived-right.js';
import { describedSpeaker } from './described-speaker.js';
import { buildDoc, type Doc } from './doc.js';
import { hopeAddressee } from './hope-addressee.js';
import { inclusiveWe } from './inclusive-we.js';
import { indefiniteSpeaker } from './indefinite-speaker.js';
import { intentWithoutComplement } from './intent-complement.js';
import { buildRelationLexicon, type RelationLexicon, type StatementTrigger } from './lexicon.js';
import { findTriggers, type TriggerMatch } from './match.js';
import { type MeetContext, meetRelation } from './meeting.js';
import { type RelationModel, triggerStarts, type WordMemo } from './model.js';
import { notMade } from './not-made.js';
import { oneReferent } from './one-referent.js';
import { ownBody } from './our-side.js';
import { ownClaim } from './own-claim.js';
import { ownWish } from './own-wish.js';
import { chooseParties, type MentionCounts, mentionCounts, type PartyCandidate, partyCandidates } from './parties.js';
import { passiveAgentAt } from './passive-agent.js';
import { passiveVerbs } from './passive-verbs.js';
import { pluralSpeakers } from './plural-speakers.js';
import { findAfter, findSubject, type Triggers } from './refer.js';
import { referredStatement } from './referred-statement.js';
import { unnamedRelativeHead } from './relative-clause.js';
import { reportedDescription } from './reported-description.js';
import { lastPerson, resolve, type SpeakerTurn } from './resolve.js';
import { roleAfter } from './role-after.js';
import { sameMeeting, type ToldAt } from './same-meeting.js';
import {
  type Candidate,
  candidateScores,
  chooseCandidate,
  mentionsByName,
  type SpeakerScratch,
  scratchTooLarge,
  speakerCandidates,
  speakerScores,
  speakerScratch,
} from './speaker.js';
import { isPihaknya } from './speaker-side.js';
import { stanceVerbs, stanceWithoutSubject } from './stance-verbs.js';
import { ELIDED_AFTER, type StatementParts, statementContent, statementRelation, statementSpeaker, statementTarget } from './statement.js';
import { learnedTriggers } from './triggers.js';
import { unnamedSide } from './unnamed-side.js';
import { unsaid } from './unsaid.js';
import { urgedParty } from './urged-party.js';
import { type MeetingTold, wordAgain } from './word-again.js';

export interface RelationOptions {
  /** Reference date (UTC ms) for resolving relative times, from the publication date or dateline. */
  readonly ref?: number;
  /**
   * Country (ISO 3166-1 alpha-2) of a place, by the place's lexicon id: a visit to Pyongyang
   * is a visit hosted by North Korea when the text names North Korea. See `placeCountries`.
   */
  readonly countryOf?: (kb: string) => string | undefined;
  /** The lexicon's kind of an entry, by its id: a news outlet reports a meeting and takes no part (news-outlet.ts). */
  readonly kindOf?: (kb: string) => EntryKind | undefined;
  /** The learned trigger, act and speaker models (see model.ts); without one, the lexicon's rules alone. */
  readonly model?: RelationModel | undefined;
  /** The word forms of earlier documents (wordMemo(model), one per pipeline); without it, made per document. */
  readonly words?: WordMemo | undefined;
  /**
   * Build time only (train/relations.ts): shown each statement trigger's speaker candidates, it
   * may name the one to take (the gold speaker), which the pass then follows.
   */
  readonly speakerOracle?: ((d: Doc, m: TriggerMatch, cands: readonly Candidate[]) => number | undefined) | undefined;
  /** Build time only: shown a meeting trigger's candidate parties, it may name the parties to take. */
  readonly partyOracle?: ((d: Doc, m: TriggerMatch, cands: readonly PartyCandidate[]) => readonly number[] | undefined) | undefined;
}

/** countryOf for a lexicon: city and region ids to their country codes. Build once per pipeline. */
export function placeCountries(lexicon: Lexicon): (kb: string) => string | undefined {
  const map = new Map<string, string>();
  for (const e of lexicon.entries) if (e.label === 'LOC' && e.country && e.country !== e.id) map.set(e.id, e.country);
  return (kb) => map.get(kb);
}

// Built once at load from the generated data, frozen, shared by every call.
export const LEXICON: RelationLexicon = buildRelationLexicon();

/** What the pass over a document's triggers has gathered so far. */
interface Pass {
  readonly d: Doc;
  readonly trig: Triggers;
  readonly out: Relation[];
  /** The speakers so far, for pronouns and bare "katanya" to point back to. */
  readonly hist: SpeakerTurn[];
  /** Speakers by trigger index. */
  readonly speakersOf: Map<number, readonly number[]>;
  /** First-person statements inside a quotation, resolved once the quotation's speaker is known. */
  readonly deferred: { m: TriggerMatch; quote: number }[];
  /** The last speakers of each sentence. */
  readonly lastInSentence: Map<number, readonly number[]>;
  /** "trigger words|body" -> index in out of the MEET told of that body's meeting. */
  readonly meetingByBody: Map<string, number>;
  /** index in out -> the canonical names of its participants. */
  readonly meetingParties: Map<number, readonly string[]>;
  /** The meetings added, by their trigger phrase's words (word-again.ts). */
  readonly meetingsByWord: Map<string, MeetingTold[]>;
  readonly opts: RelationOptions;
  /** Canonical name -> mentions, for the speaker ranker: made on its first statement. */
  mentions?: Map<string, number[]>;
  /** Mention counts for the meeting-party model: made on its first meeting. */
  counts?: MentionCounts;
  /** The speaker ranker's working space: made on its first statement. */
  speakerScratch?: SpeakerScratch;
  /** The last meeting added: its index in out and its trigger's tokens (same-meeting.ts). */
  lastMeeting?: { readonly at: number; readonly told: ToldAt };
}

// extractRelations is cut into steps, each its own function, because of V8: as one function
// it took TurboFan 150-400 ms to compile, again after each deoptimisation; a deoptimised step
// now recompiles alone.

function datesBySentenceOf(d: Doc, seg: Segmentation): Map<number, DateUnit[]> {
  const datesBySentence = new Map<number, DateUnit[]>();
  for (const u of seg.units) {
    if (u.kind !== 'date') continue;
    const s = d.sentOf[u.tokenStart] ?? 0;
    const list = datesBySentence.get(s) ?? [];
    list.push(u);
    datesBySentence.set(s, list);
  }
  return datesBySentence;
}

/** Places by lexicon id -> their entity indexes. */
function placesByKb(d: Doc): Map<string, number[]> {
  const byKb = new Map<string, number[]>();
  for (let k = 0; k < d.entities.length; k++) {
    const e = d.entities[k]!;
    if (e.label !== 'LOC' || !e.kb) continue;
    const list = byKb.get(e.kb) ?? [];
    list.push(k);
    byKb.set(e.kb, list);
  }
  return byKb;
}

/**
 * A meeting found by meetRelation, added to the pass. The same body's meeting told twice ("X
 * mempengerusikan Mesyuarat Majlis Raja-Raja", "Y menghadiri Mesyuarat Majlis Raja-Raja") is
 * one event: one relation with every party.
 */
function addMeeting(p: Pass, m: TriggerMatch, rel: Relation, parties: readonly number[]): void {
  const { d, out, meetingByBody, meetingParties } = p;
  const keys =
    m.trigger.frame === 'noun'
      ? parties.filter((e) => d.entities[e]!.label === 'ORG').map((e) => `${m.trigger.words.join(' ')}|${d.entities[e]!.canonical}`)
      : [];
  let at: number | undefined;
  for (const k of keys) {
    at = meetingByBody.get(k);
    if (at !== undefined) break;
  }
  // "dalam pertemuan dengan wakil X di luar mesyuarat Y itu": two meeting words, one meeting
  const last = p.lastMeeting;
  if (
    at === undefined &&
    last &&
    sameMeeting(
      d,
      last.told,
      meetingParties.get(last.at) ?? [],
      m,
      parties.map((e) => d.entities[e]!.canonical),
    )
  )
    at = last.at;
  const names = parties.map((e) => d.entities[e]!.canonical);
  const words = m.trigger.words.join(' ');
  const sentence = d.sentOf[m.start]!;
  // "... pada hari terakhir lawatan kerja di sini": the same meeting word later, one side the same (word-again.ts)
  if (at === undefined && !p.opts.speakerOracle && !p.opts.partyOracle && wordAgain(d, p.meetingsByWord.get(words), words, sentence, names))
    return;
  p.lastMeeting = { at: at ?? out.length, told: { start: m.start, end: m.end } };
  const prev = at !== undefined ? out[at] : undefined;
  if (prev?.type === 'MEET') {
    const have = new Set(prev.participants.map((x) => x.start));
    const haveNames = new Set(meetingParties.get(at!) ?? []);
    const extra = parties.filter((e) => !haveNames.has(d.entities[e]!.canonical) && !have.has(d.entities[e]!.start));
    out[at!] = {
      ...prev,
      participants: [
        ...prev.participants,
        ...extra.map((e) => ({ start: d.entities[e]!.start, end: d.entities[e]!.end, text: d.entities[e]!.text })),
      ],
    };
    meetingParties.set(at!, [...haveNames, ...extra.map((e) => d.entities[e]!.canonical)]);
  } else {
    for (const k of keys) meetingByBody.set(k, out.length);
    meetingParties.set(out.length, names);
    const told = p.meetingsByWord.get(words);
    if (told) told.push({ words, sentence, names });
    else p.meetingsByWord.set(words, [{ words, sentence, names }]);
    out.push(rel);
  }
}

/** The parties of a meeting by the learned model (or the build-time oracle). */
function meetingParties(p: Pass, m: TriggerMatch, rule: readonly number[]): readonly number[] {
  const { d, trig, hist } = p;
  const model = p.opts.model!.parties!;
  // where the rules' frames name two parties or more they stand (the candidates are not even made);
  // the model finds the parties of the rest
  // "X dan Y bertemu pengundi": a verb's object slot is the other side; unnamed, there is no meeting
  // between the names of its subject either
  const unnamed = !p.opts.partyOracle && unnamedSide(d, m);
  if (unnamed && (m.trigger.frame === 'verb' || m.trigger.frame === 'host')) return [];
  if (!p.opts.partyOracle && twoNames(d, rule)) return rule;
  // "bertemu pengundi": the other side is nobody named, no second party is looked for elsewhere
  if (unnamed) return rule;
  const context: number[] = [];
  const cur = hist.length > 0 ? hist[hist.length - 1]!.ent : undefined;
  if (cur !== undefined) context.push(cur);
  const prev = lastPerson(d, trig, d.sentStart[d.sentOf[m.start]!]!, false);
  if (prev !== undefined && prev !== cur) context.push(prev);
  p.mentions ??= mentionsByName(d);
  p.counts ??= mentionCounts(d, p.mentions);
  const cands = partyCandidates({ d, trig, m, rule, context, bits: model.bits, counts: p.counts });
  const oracle = p.opts.partyOracle?.(d, m, cands);
  if (oracle) return oracle;
  // "beliau akan mengadakan pertemuan dengan X": one pronoun, one person from outside the sentence
  const chosen = oneReferent(d, m, context, rule, chooseParties(model, cands, p.opts.model!.partyMargin ?? 0));
  // the party the rules' frame names stays ("mesyuarat X": X); the model finds who else takes part
  const names = new Set(chosen.map((e) => d.entities[e]!.canonical));
  return [...chosen, ...rule.filter((e) => !names.has(d.entities[e]!.canonical))];
}

/** The match with another act (and that act's CAMEO code), its words and frame kept: written out, as in triggers.ts. */
function withAct(m: TriggerMatch, act: StatementAct): TriggerMatch {
  const t = m.trigger as StatementTrigger;
  return { trigger: { type: 'STATEMENT', words: t.words, act, cameo: ACT_CAMEO[act], frame: t.frame }, start: m.start, end: m.end };
}

/**
 * The act decided after the models: "X mendakwa dirinya ..." accuses nobody (SAY, own-claim.ts);
 * "X berharap kerajaan akan ..." urges the party named (APPEAL, hope-addressee.ts); "X menyatakan
 * kebimbangan jika ..." is a comment (SAY, concern-comment.ts).
 */
function actAfterModels(d: Doc, m: TriggerMatch): TriggerMatch {
  const act = (m.trigger as StatementTrigger).act;
  if (act === 'ACCUSE' && ownClaim(d, m)) return withAct(m, 'SAY');
  if (act === 'SAY' && hopeAddressee(d, m)) return withAct(m, 'APPEAL');
  if (act === 'INTEND' && agreeWithView(d, m)) return withAct(m, 'PRAISE');
  if (act === 'CRITICISE' && concernComment(d, m)) return withAct(m, 'SAY');
  return m;
}

/**
 * A statement verb that makes no statement here, whoever its subject (read after the speaker
 * ranker, for named speakers and first-person quotations alike): a wish about one's own doing
 * ("saya berharap untuk melihat ...", own-wish.ts), a condition ("jika X membangkitkan ...",
 * conditional.ts), depriving of a right ("menafikan hak X", deprived-right.ts), a statement not
 * made yet ("sanggup menafikan", "dijangka mengumumkan", "akan terus menyuarakan", not-made.ts), a
 * statement referred to ("bersetuju dengan kenyataan X", "merujuk kepada kenyataan X", referred-statement.ts).
 */
function saysNothingHere(d: Doc, m: TriggerMatch): boolean {
  return ownWish(d, m) || conditional(d, m) || deprivedRight(d, m) || notMade(d, m) || referredStatement(d, m);
}

/** Whether the entities name two different names or more. */
function twoNames(d: Doc, ents: readonly number[]): boolean {
  for (let i = 1; i < ents.length; i++) if (d.entities[ents[i]!]!.canonical !== d.entities[ents[0]!]!.canonical) return true;
  return false;
}

/**
 * A statement trigger (the i-th match): its speakers, target and content, added to the pass. A
 * stance verb (stance-verbs.ts, `stance`; no match, i -1) needs a subject of its own before it
 * (a passive read after the models, passive-verbs.ts, a named agent after it), and its speaker is
 * only the one speaking from then on: it is no other trigger's speaker, and leaves the sentence's
 * statements as they were.
 */
function addStatement(p: Pass, m: TriggerMatch, i: number, stance = false): void {
  const { d, trig, hist, out, lastInSentence } = p;
  // the rules after the speaker ranker run at run time only, not while the build-time oracles
  // train the speaker and party models: their training data stays what the ranker alone gives
  const atRunTime = !p.opts.speakerOracle && !p.opts.partyOracle;
  if (negated(d, m) || unsaid(d, m) || intentWithoutComplement(d, m) || unnamedRelativeHead(d, m)) return;
  // "meminta kerajaan menyatakan ...": what a party is urged to say, not said (urged-party.ts; at run time only)
  if (atRunTime && urgedParty(d, trig, m)) return;
  const sent = d.sentOf[m.start]!;
  const parts = statementSpeaker(d, trig, m);
  let r = resolve(d, trig, parts.referent, hist);
  // a passive read after the models (passive-verbs.ts) speaks for the name that is its agent, after "oleh" or right after it
  if (stance && m.trigger.frame === 'passive') {
    const agentAt = parts.referent ? -1 : passiveAgentAt(d, m);
    const agent = agentAt >= 0 ? findAfter(d, trig, agentAt, 0) : parts.referent;
    if (agent?.kind !== 'entities') return;
    r = resolve(d, trig, agent, hist);
  } else if (stance && (!r || parts.elided || stanceWithoutSubject(d, trig.at, m))) return;
  if (!r && parts.elided) {
    const prev = lastInSentence.get(sent);
    if (prev) r = { ents: prev, via: 'pronoun' };
    // "X telah menemuinya dan menyatakan hasrat": no statement before in the sentence, so the
    // subject of the clause the coordinator joins is the subject of this verb too
    else r = resolve(d, trig, findSubject(d, trig, coordinatorBefore(d, m.start), true), hist);
  }
  if (!r && parts.referent?.kind === 'pronoun' && parts.referent.cls === 'first' && d.quoteOf[m.start]! >= 0) {
    // "kita berharap ...": the inclusive we, no named party's statement (inclusive-we.ts)
    if (!inclusiveWe(d, parts) && !saysNothingHere(d, m)) p.deferred.push({ m, quote: d.quoteOf[m.start]! });
    return;
  }
  const ranker = p.opts.model?.speaker;
  if (ranker) {
    p.mentions ??= mentionsByName(d);
    // the pipeline's, when it has one: its arrays are kept from document to document
    p.speakerScratch ??= p.opts.words ? (p.opts.words.speaker ??= speakerScratch()) : speakerScratch();
    const inputs = { d, trig, m, hist, rule: r?.ents, bits: ranker.bits, mentions: p.mentions };
    const oracle = p.opts.speakerOracle;
    // the candidates as objects only for the build-time oracle; the run time scores them in place
    const cands = oracle ? speakerCandidates(inputs, p.speakerScratch) : undefined;
    const ranked = cands ? undefined : speakerScores(inputs, ranker, p.speakerScratch);
    const ents = ranked?.ents ?? cands!.map((c) => c.ent);
    const model = p.opts.model!;
    const ruleAt = r ? ents.findIndex((c) => c >= 0 && r!.ents.some((e) => d.entities[e]!.canonical === d.entities[c]!.canonical)) : -1;
    const pick =
      (cands && oracle?.(d, m, cands)) ??
      chooseCandidate(
        ranked?.scores ?? candidateScores(ranker, cands!),
        ruleAt,
        model.margin ?? 0,
        // a speaker the sentence names where the frame wants it is never dropped for "nobody", nor
        // one a person pronoun or a shared subject points at (the ranker still chooses who)
        r?.via === 'name' || madeHere(parts, m.trigger.frame) ? Number.POSITIVE_INFINITY : (model.noneMargin ?? 0),
      );
    // "Husam, yang juga ADUN Salor, mendedahkan": not the place in the person's description
    // (described-speaker.ts; after the ranker, not while the party model is trained)
    const chosen = ents[pick]!;
    const c = chosen >= 0 && atRunTime ? describedSpeaker(d, trig, m, chosen) : chosen;
    if (c < 0) r = undefined;
    else if (!r?.ents.some((e) => d.entities[e]!.canonical === d.entities[c]!.canonical)) {
      r = { ents: [c], via: d.sentOf[d.entStart[c]!] === sent && d.entStart[c]! < m.start ? 'name' : 'pronoun' };
    }
  }
  // "Menurut Perdana Menteri, ...": an attribution naming a role alone, which the ranker left to
  // nobody, is the role's holder (role-after.ts; after the ranker)
  if (!r && atRunTime && roleAfter(d, m)) r = resolve(d, trig, { kind: 'role', at: m.end }, hist);
  // "disambut baik Ketua Menteri, Datuk X": a passive's agent right after it, no "oleh" (passive-agent.ts; after the ranker)
  const agentAt = !r && atRunTime ? passiveAgentAt(d, m) : -1;
  if (agentAt >= 0) r = resolve(d, trig, findAfter(d, trig, agentAt, 0), hist);
  // "dikritik oleh bekas Ketua X, Y", "gesaan Pengerusi [a long body's name], Y": the title read in
  // full names the speaker the ranker left to nobody (title-lead.ts; after the ranker)
  if (!r && atRunTime) {
    const long = statementSpeaker(d, trig, m, true).referent;
    if (long?.kind === 'entities') r = resolve(d, trig, long, hist);
  }
  // "X dan Y menegaskan, mereka kekal komited": the parties that spoke together last (plural-speakers.ts; after the ranker)
  if (!r && atRunTime && parts.referent?.kind === 'pronoun' && parts.referent.cls === 'plural') {
    const group = pluralSpeakers(d, sent, lastInSentence.get(sent), hist);
    if (group) r = { ents: group, via: 'pronoun' };
  }
  // "Beliau (Kamal) berkata ...": the name in brackets after the pronoun (bracketed-referent.ts; after the ranker)
  const named = atRunTime ? bracketedReferent(d, parts.referent) : undefined;
  if (named) r = { ents: named, via: 'pronoun' };
  if (!r || r.ents.length === 0) return;
  // "Setiausaha Persatuan X, Y berkata, pihaknya mencadangkan": the body the person speaks for
  // (speaker-side.ts), or the body a title pointing back at names ("Pengurusnya, Y": our-side.ts);
  // after the ranker, not while the models are trained
  if (atRunTime && r.ents.length === 1 && parts.referent?.kind === 'pronoun' && parts.referent.cls === 'nya') {
    const side = isPihaknya(d, parts.referent.at) ? ownBody(d, r.ents[0]!, m.start) : undefined;
    if (side !== undefined) r = { ents: [side], via: 'pronoun' };
  }
  // "X berkata pemimpin itu meminta ...": the description is not the reporter (reported-description.ts)
  if (parts.referent?.kind === 'role' && atRunTime) {
    const other = reportedDescription(d, parts.referent.at, r.ents, lastInSentence.get(sent));
    if (other !== undefined) r = { ents: [other], via: 'pronoun' };
  }
  if (!stance) p.speakersOf.set(i, r.ents);
  // "X dikecam oleh Y": the passive's subject is the one criticised
  const target = m.trigger.frame === 'passive' ? passiveTarget(d, trig, m, r.ents) : statementTarget(d, m, r.ents);
  const content = statementContent(d, m);
  // statements reported inside a quotation, or inside another report in the same sentence
  // ("X berkata Y bersetuju ..."), do not change who is speaking
  // a post-posed attribution ("..., kata X") is the report the earlier statements sit in
  const attribution = m.trigger.frame === 'after' || m.trigger.frame === 'clitic' || m.trigger.frame === 'initial';
  if (attribution && !stance) while (hist.length > 0 && hist[hist.length - 1]!.sent === sent) hist.pop();
  const quoted = d.quoteOf[m.start]! >= 0 || (!attribution && (lastInSentence.has(sent) || embedded(d, trig, m)));
  // "X berkata demikian ketika ...": the statements before told again; X is speaking, nothing new is said (ANNOTATION §4)
  // bounds-checked: a trigger ending the document read past the last token ("out of bounds" deopt)
  const toldAgain = m.end < d.cols.size && d.cols.norms[m.end]! === 'demikian';
  // "kita berharap ...", "Seorang pegawai X berkata": said by no named party (inclusive-we.ts, indefinite-speaker.ts)
  const unnamed = inclusiveWe(d, parts) || indefiniteSpeaker(d, trig, m);
  const wish = saysNothingHere(d, m);
  // "X mendakwa dirinya ...": SAY (own-claim.ts); "X berharap kerajaan akan ...": APPEAL (hope-addressee.ts)
  const said = actAfterModels(d, m);
  for (const e of r.ents) {
    if (!toldAgain && !unnamed && !wish) out.push(statementRelation(d, said, e, r.via, target, content));
    if (!quoted) hist.push({ ent: e, sent });
  }
  if (!stance) lastInSentence.set(sent, r.ents);
}

export function extractRelations(text: string, seg: Segmentation, entities: readonly Entity[], opts: RelationOptions): Relation[] {
  if (entities.length === 0 || seg.columns.size === 0) return [];
  // the pipeline's buffer, when it has one: the document is not kept after the call
  const d = buildDoc(text, seg, entities, LEXICON, opts.words?.doc);
  const lexical = findTriggers(d, triggerStarts(d, opts.words));
  const matches = opts.model ? learnedTriggers(d, lexical, opts.model, opts.words) : lexical;
  const at = d.trigAt;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    for (let k = m.start; k < m.end; k++) at[k] = i;
  }
  const trig: Triggers = { matches, at };
  const p: Pass = {
    d,
    trig,
    out: [],
    hist: [],
    speakersOf: new Map(),
    deferred: [],
    lastInSentence: new Map(),
    meetingByBody: new Map(),
    meetingParties: new Map(),
    meetingsByWord: new Map(),
    opts,
  };
  // dates and places serve meetings only: gathered when the first meeting asks
  let dates: Map<number, DateUnit[]> | undefined;
  let places: Map<string, number[]> | undefined;
  const ctx: MeetContext = {
    d,
    trig,
    hist: p.hist,
    ref: opts.ref,
    countryOf: opts.countryOf,
    kindOf: opts.kindOf,
    datesIn: (sent) => (dates ??= datesBySentenceOf(d, seg)).get(sent),
    placesOf: (kb) => (places ??= placesByKb(d)).get(kb),
    sayer: (sent) => p.lastInSentence.get(sent),
    parties: opts.model?.parties ? (m, rule) => meetingParties(p, m, rule) : undefined,
  };
  let skipNext = -1;
  // verbs of stance and passives of statement verbs, read after the models, in text order among
  // the triggers (stance-verbs.ts, passive-verbs.ts);
  // not while the models are trained (an oracle): their training data stays as it was
  const stance = opts.speakerOracle || opts.partyOracle ? [] : afterModels(stanceVerbs(d, at), passiveVerbs(d, at));
  let nextStance = 0;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    while (nextStance < stance.length && stance[nextStance]!.start < m.start) addStatement(p, stance[nextStance++]!, -1, true);
    if (i === skipNext) continue;
    if (d.entAt[m.start] !== -1) continue; // a trigger word inside a name (Mesyuarat Agung X)
    if (m.trigger.type === 'MEET') {
      const { rel, more, absorbed, parties } = meetRelation(ctx, m, matches[i + 1]);
      if (rel) addMeeting(p, m, rel, parties);
      // "masing-masing dengan X, Y dan Z": one meeting with each (respectively.ts)
      if (more) p.out.push(...more);
      if (absorbed) skipNext = i + 1;
      continue;
    }
    addStatement(p, m, i);
  }
  while (nextStance < stance.length) addStatement(p, stance[nextStance++]!, -1, true);
  // the pipeline's scratch lets the document go (and the pipeline lets the scratch go, when a
  // very large document grew it past what it keeps)
  if (p.speakerScratch) {
    p.speakerScratch.doc = undefined;
    if (p.opts.words?.speaker === p.speakerScratch && scratchTooLarge(p.speakerScratch)) p.opts.words.speaker = undefined;
  }
  // "“... saya minta X ...,” katanya": first person inside a quotation is the quoted speaker
  const { out } = p;
  for (const { m, quote } of p.deferred) {
    const speaker = quoteSpeaker(d, trig, quote, p.speakersOf);
    if (!speaker) continue;
    const target = statementTarget(d, m, speaker);
    const said = actAfterModels(d, m);
    for (const e of speaker) out.push(statementRelation(d, said, e, 'pronoun', target, undefined));
  }
  // the pass adds relations in text order but for the deferred ones: sorted only when out of order
  for (let i = 1; i < out.length; i++) if (byTrigger(out[i - 1]!, out[i]!) > 0) return out.sort(byTrigger);
  return out;
}

const byTrigger = (a: Relation, b: Relation): number =>
  a.trigger.start - b.trigger.start || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

/** The stance verbs and the passives read after the models, in text order (each list is). */
function afterModels(a: TriggerMatch[], b: TriggerMatch[]): TriggerMatch[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

/** The subject of a passive statement verb, when it is a named party other than the speaker. */
function passiveTarget(d: Doc, trig: Triggers, m: TriggerMatch, speakers: readonly number[]): number | undefined {
  const subj = findSubject(d, trig, m.start, false);
  if (subj?.kind !== 'entities') return undefined;
  const e = subj.ents[0]!;
  return speakers.some((s) => d.entities[s]!.canonical === d.entities[e]!.canonical) ? undefined : e;
}

/** A statement trigger with a reporting verb before it in its sentence. */
function embedded(d: Doc, trig: Triggers, m: TriggerMatch): boolean {
  const s0 = d.sentStart[d.sentOf[m.start]!]!;
  for (let k = m.start - 1; k >= s0; k--) {
    const i = trig.at[k]!;
    if (i >= 0 && trig.matches[i]!.trigger.type === 'STATEMENT') return true;
  }
  return false;
}

/** The coordinator ("dan", "serta", "sambil") before the verb at token i, over adverbs ("dan turut berkata"): its token. */
function coordinatorBefore(d: Doc, i: number): number {
  const s0 = d.sentStart[d.sentOf[i]!]!;
  let k = i - 1;
  while (k > s0 && !ELIDED_AFTER.has(d.cols.norms[k]!)) k--;
  return k;
}

/**
 * "Beliau berkata", "kata dia", "katanya", "tegasnya", "pihaknya mencadangkan", "... dan
 * berkata", "... sebaliknya menegaskan": a person pronoun, a -nya on the verb (or on "pihak"),
 * or a subject shared with the verb before stands where the frame wants the speaker, so the
 * statement is made by someone; whom it points at is the ranker's choice, "nobody" is not. A
 * noun's -nya ("ucapannya", "kenyataannya") is left to the ranker: a noun often names no statement.
 */
function madeHere(parts: StatementParts, frame: string): boolean {
  const r = parts.referent;
  if (!r) return parts.elided;
  return r.kind === 'pronoun' && (r.cls === 'person' || (r.cls === 'nya' && frame !== 'noun'));
}

/** "tidak menafikan", "bukan mahu menafikan": a statement said not to have been made. */
function negated(d: Doc, m: TriggerMatch): boolean {
  const s0 = d.sentStart[d.sentOf[m.start]!]!;
  for (let k = m.start - 1; k >= s0 && k >= m.start - 3; k--) {
    const n = d.cols.norms[k]!;
    if (d.lex.classes.negated.has(n) && n !== 'menafikan' && n !== 'gagal') return true;
    if (!HEDGES.has(n)) return false;
  }
  return false;
}
const HEDGES: ReadonlySet<string> = new Set(['mahu', 'akan', 'pernah', 'lagi', 'hendak', 'ingin', 'perlu', 'sempat', 'dapat', 'boleh']);

/** The speaker named by a quotation's attribution: “...,” katanya / X berkata: “...”. */
function quoteSpeaker(
  d: Doc,
  trig: Triggers,
  open: number,
  speakersOf: ReadonlyMap<number, readonly number[]>,
): readonly number[] | undefined {
  // a quotation left open runs on into the next quoted paragraph: follow it to its attribution
  let cur = open;
  for (let steps = 0; steps < 6; steps++) {
    const close = d.quoteClose[cur]!;
    if (close < 0) break;
    for (let k = close + 1; k < close + 4 && k < d.cols.size; k++) {
      const i = trig.at[k]!;
      if (i >= 0) return speakersOf.get(i);
    }
    // bounds-checked, not read: a quotation closing the document read past the last token ("out of bounds" deopt)
    if (close + 1 < d.cols.size && d.quoteClose[close + 1]! >= 0) cur = close + 1;
    else break;
  }
  for (let k = open - 1; k >= 0 && k > open - 4; k--) {
    const i = trig.at[k]!;
    if (i >= 0) return speakersOf.get(i);
  }
  return undefined;
}
