// The decision: which spans become entities, with which label, is the entity model's (trained by
// `npm run train` on ../shared/eval/train, compiled to lexicons/dist/entity-model.js). A BIO
// tagger over the candidate windows of features.ts, decoded by Viterbi over legal tag
// sequences (I-ORG only after B-ORG or I-ORG). A decided span that a recogniser proposed keeps
// that recogniser's lexicon id and alias; one no recogniser proposed is the model's own.
// `score` is the model's confidence: the mean, over the span's tokens, of the probability of
// the chosen tag against the others at that token, given the tag chosen before it.
import { scoreRange } from '../learn/linear.js';
import { viterbi } from '../learn/viterbi.js';
import { keepable } from '../support/kept-buffers.js';
import type { EntityLabel, Segmentation } from '../types.js';
import { withAssemblySeats } from './assembly-member-seat.js';
import { withBalancedBrackets } from './bracket-balance.js';
import { withBracketedShortForms } from './bracket-short-form.js';
import { withoutCeremonies } from './ceremony.js';
import { withCompanyNames } from './company-suffix.js';
import { withCoordinatedPortfolios } from './coordinated-portfolio.js';
import { withoutCurrencyCodes } from './currency-code.js';
import { withEnglishKindWords } from './english-kind-word.js';
import { withoutEthnicGroups } from './ethnic-group.js';
import { type FeatureRun, tokenFeatures } from './features.js';
import { withFederalGovernment } from './federal-government.js';
import { FormTable, newDecodeBuffers } from './form-table.js';
import { withoutHeadOfStateTitles } from './head-of-state-title.js';
import { withoutIndefiniteBodies } from './indefinite-body.js';
import { withoutLanguageNames } from './language-name.js';
import { withListedBodiesApart } from './listed-bodies.js';
import { withoutListedNonEntities } from './listed-non-entity.js';
import { withMembersOfParliament } from './member-of-parliament.js';
import type { Mention, MentionFor, Proposals, RecogniserResources } from './mention.js';
import { newMention } from './mention.js';
import type { EntityModel } from './model.js';
import { withInstitutionsNamedAfterPeople } from './named-after-person.js';
import { withKindNounBodies } from './org-kind-noun.js';
import { withPartyWings } from './party-wing.js';
import { withPlacesOfStudyAsBodies } from './place-of-study.js';
import { withPoliceChiefPlaces } from './police-chief.js';
import { withoutNamesInQuotedTitles } from './quoted-title.js';
import { withoutLeadingRanks } from './rank-title.js';
import { withoutSeatKinds } from './seat-kind.js';
import { withShortFormRepeats } from './short-form-repeats.js';
import { withSportsTeams } from './sports-team.js';
import { withoutNamesInThings } from './thing-name.js';
import type { Window } from './windows.js';

export const ENTITY_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
const LABEL_OF: readonly (EntityLabel | undefined)[] = [undefined, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC'];
const isBegin = (tag: number): boolean => tag === 1 || tag === 3 || tag === 5;
/** Longer decided spans are no names (the longest in the training set has 15 tokens): dropped. */
const MAX_SPAN_TOKENS = 24;

/** Legal moves between BIO tags ((c+1)*c, the last row the start): I-X only after B-X or I-X. */
export function bioTransitions(): Uint8Array {
  const c = ENTITY_TAGS.length;
  const allowed = new Uint8Array((c + 1) * c);
  for (let from = 0; from <= c; from++) {
    for (let to = 0; to < c; to++) {
      const inside = to === 2 || to === 4 || to === 6;
      allowed[from * c + to] = !inside || (from < c && (from === to || from === to - 1)) ? 1 : 0;
    }
  }
  return allowed;
}
const ALLOWED = bioTransitions();

/**
 * The model's score of each tag at each window token (`classes` wide, window tokens in window
 * order), with the windows. With `forms`, a token's score starts from its form's integer sum and
 * the token's other rows are added to it before the one multiply by the scale: the same bits as
 * without (test/recognise/decide.test.ts).
 */
export function emissions(
  text: string,
  seg: Segmentation,
  props: Proposals,
  res: RecogniserResources,
  model: EntityModel,
  forms: FormTable | undefined,
): { windows: readonly Window[]; emit: Float64Array } {
  const tf = tokenFeatures(text, seg, props, res, model.bits, model, forms);
  const total = tf.at.length - 1;
  const emit = new Float64Array(total * model.classes.length);
  scoreTokens(model, forms, tf.form, tf.features, tf.at, 0, total, emit);
  return { windows: tf.windows, emit };
}

/** The scores of window tokens i0..i1 into `emit` (from its start, `classes` wide each, zeroed), from their rows. */
function scoreTokens(
  model: EntityModel,
  forms: FormTable | undefined,
  form: Int32Array | undefined,
  features: Int32Array,
  at: Int32Array,
  i0: number,
  i1: number,
  emit: Float64Array,
): void {
  const c = model.classes.length;
  for (let i = i0; i < i1; i++) {
    const o = (i - i0) * c;
    if (forms !== undefined) {
      const data = forms.data;
      const f = forms.sumsAt(form![i]!);
      for (let k = 0; k < c; k++) emit[o + k] = data[f + k]!;
    }
    scoreRange(model, features, at[i]!, at[i + 1]!, emit, o);
  }
}

/**
 * Window tokens' rows scored and decoded a run of windows at a time (FeatureChunks): a large
 * document's rows and scores are never all held, only its tags and confidences. 2^16 rows (256
 * KB; a news article has a few thousand): the same tags and confidences as any other size.
 */
export const CHUNK_ROWS = 1 << 16;

/** The model's tags over every window token, in window order, and the per-token confidence. `chunkRows`: see CHUNK_ROWS. */
export function tagWindows(
  text: string,
  seg: Segmentation,
  props: Proposals,
  res: RecogniserResources,
  model: EntityModel,
  forms?: FormTable,
  chunkRows = CHUNK_ROWS,
): { windows: readonly Window[]; tags: Int32Array; confidence: Float32Array } {
  const table = formsFor(model, res, forms);
  const c = model.classes.length;
  let tags = new Int32Array(0);
  let confidence = new Float32Array(0);
  // the scores of one run of windows, and Viterbi's buffers, grown to the largest run and window;
  // with a table, its own, kept from one document to the next (a typed array's memory costs
  // about a microsecond to get, each)
  const bufs = table !== undefined ? table.decodeBuffers : newDecodeBuffers();
  const take = ({ windows, w0, w1, i0, i1, features, at, form }: FeatureRun): void => {
    if (tags.length === 0) {
      tags = new Int32Array(at.length - 1);
      confidence = new Float32Array(at.length - 1);
    }
    const len = i1 - i0;
    if (bufs.emit.length < len * c) bufs.emit = new Float64Array(len * c);
    else bufs.emit.fill(0, 0, len * c);
    const emit = bufs.emit;
    scoreTokens(model, table, form, features, at, i0, i1, emit);
    let i = i0;
    for (let wi = w0; wi < w1; wi++) {
      const w = windows[wi]!;
      const n = w.end - w.start;
      if (bufs.score.length < n * c) {
        bufs.score = new Float64Array(n * c);
        bufs.back = new Int32Array(n * c);
      }
      const e = i - i0;
      // the window's scores and tags read in place: no view of either made for each window
      viterbi(n, c, emit, model.transitions, ALLOWED, tags, bufs, e * c, i);
      // confidence: the chosen tag against the others at each token, given the tag before it
      for (let j = i; j < i + n; j++)
        confidence[j] = confidenceAt(emit, (j - i0) * c, model.transitions, j === i ? c : tags[j - 1]!, c, tags[j]!);
      i += n;
    }
  };
  const tf = tokenFeatures(text, seg, props, res, model.bits, model, table, { rows: chunkRows, take });
  if (table !== undefined && !keepable(bufs.emit.length)) table.decodeBuffers = newDecodeBuffers();
  return { windows: tf.windows, tags, confidence };
}

/**
 * The probability of tag `tag` at the token whose scores start at `at`, after tag `prev` (c: the
 * start): a softmax (learn/linear.ts softmaxAt) over the tags allowed after `prev`, each its
 * score plus the move's. The same operations in the same order as softmaxAt over those scores
 * with -Infinity for the moves not allowed, whose exp is 0 and adds nothing to the sum; the
 * chosen tag's exp is kept from the sum's loop, not made again.
 */
function confidenceAt(emit: Float64Array, at: number, trans: Float32Array, prev: number, c: number, tag: number): number {
  let max = -Infinity;
  for (let k = 0; k < c; k++) if (ALLOWED[prev * c + k]) max = Math.max(max, emit[at + k]! + trans[prev * c + k]!);
  let sum = 0;
  let chosen = 0;
  for (let k = 0; k < c; k++) {
    if (!ALLOWED[prev * c + k]) continue;
    const e = Math.exp(emit[at + k]! + trans[prev * c + k]! - max);
    sum += e;
    if (k === tag) chosen = e;
  }
  return chosen / sum;
}

/**
 * The form table to score with: the caller's when it fits this model (integer weights) and
 * these resources, else none. Not one for this call alone: a table pays for itself over many
 * documents, and for one it costs more than every row at every token (decide 1.13x, measured).
 */
function formsFor(model: EntityModel, res: RecogniserResources, forms: FormTable | undefined): FormTable | undefined {
  return forms !== undefined && FormTable.suits(model) && forms.fits(model.bits, model, res) ? forms : undefined;
}

/**
 * The entities the model decides on, in text order, as mentions for the linker. `forms`: the
 * pipeline's FormTable for this model, which keeps the words of earlier documents.
 */
export function decide(
  text: string,
  seg: Segmentation,
  props: Proposals,
  res: RecogniserResources,
  model: EntityModel,
  forms?: FormTable,
): Mention[] {
  const cols = seg.columns;
  const { windows, tags, confidence } = tagWindows(text, seg, props, res, model, forms);
  // proposals by span, the rules' own choice first
  const bySpan = new Map<number, Mention[]>();
  const key = (a: number, b: number): number => a * 65_536 + (b - a);
  for (const m of [...props.rules, ...props.proposals]) {
    const k = key(m.tokenStart, m.tokenEnd);
    const list = bySpan.get(k);
    if (list) list.push(m);
    else bySpan.set(k, [m]);
  }
  // a decided span: the proposal of that span and label when there is one (its lexicon id, its recogniser), else the model's own
  const mentionFor = (k: number, e: number, label: EntityLabel, score: number): Mention => {
    const same = bySpan.get(key(k, e))?.find((m) => m.label === label);
    return same
      ? newMention(same.start, same.end, k, e, label, same.by, score, same.alias, same.kb, same.canonical)
      : newMention(cols.starts[k]!, cols.ends[e - 1]!, k, e, label, 'model', score);
  };
  const out: Mention[] = [];
  let i = 0;
  for (const w of windows) {
    let k = w.start;
    while (k < w.end) {
      const tag = tags[i + k - w.start]!;
      if (!isBegin(tag)) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < w.end && tags[i + e - w.start] === tag + 1) e++;
      if (e - k > MAX_SPAN_TOKENS) {
        k = e;
        continue;
      }
      let conf = 0;
      for (let j = k; j < e; j++) conf += confidence[i + j - w.start]!;
      const score = Math.round((conf / (e - k)) * 100) / 100;
      const label = LABEL_OF[tag]!;
      out.push(mentionFor(k, e, label, score));
      k = e;
    }
    i += w.end - w.start;
  }
  // rules after the model's decision, one phenomenon each (a file of its own, ANNOTATION.md), in
  // the order of src/recognise/README.md's table
  const words = res.words;
  const afterDecision: readonly ((ms: Mention[]) => Mention[])[] = [
    (ms) => consistentLabels(text, ms, mentionFor),
    (ms) => withoutListedNonEntities(text, ms, words.nonEntities),
    (ms) => withBalancedBrackets(cols, ms, mentionFor),
    (ms) => withKindNounBodies(text, cols, ms, words.titles, mentionFor),
    (ms) => withListedBodiesApart(cols, ms, mentionFor),
    (ms) => withCoordinatedPortfolios(text, cols, ms, words.orgHeads, words.titles, mentionFor),
    (ms) => withoutSeatKinds(cols, ms),
    (ms) => withoutEthnicGroups(cols, ms),
    (ms) => withoutLanguageNames(cols, ms),
    (ms) => withoutHeadOfStateTitles(cols, ms),
    (ms) => withoutCeremonies(cols, ms),
    (ms) => withoutNamesInThings(cols, ms),
    (ms) => withoutNamesInQuotedTitles(cols, ms),
    (ms) => withoutCurrencyCodes(cols, ms),
    (ms) => withoutIndefiniteBodies(cols, ms),
    (ms) => withPartyWings(cols, ms, mentionFor),
    (ms) => withCompanyNames(cols, ms, mentionFor),
    (ms) => withInstitutionsNamedAfterPeople(cols, ms, mentionFor),
    (ms) => withMembersOfParliament(cols, ms, mentionFor),
    (ms) => withEnglishKindWords(cols, ms, mentionFor),
    (ms) => withPlacesOfStudyAsBodies(cols, ms, mentionFor),
    (ms) => withoutLeadingRanks(cols, ms, mentionFor),
    (ms) => withSportsTeams(cols, ms, mentionFor),
    (ms) => withPoliceChiefPlaces(cols, ms, mentionFor),
    (ms) => withAssemblySeats(text, cols, ms, words, mentionFor),
    (ms) => withFederalGovernment(cols, ms, mentionFor),
    (ms) => withBracketedShortForms(cols, ms, words.nonEntities, mentionFor),
    (ms) => withShortFormRepeats(cols, ms, mentionFor),
  ];
  let decided = out;
  for (const step of afterDecision) decided = step(decided);
  return decided;
}

/**
 * One name, one label in a document: a name decided several times with different labels (Astro
 * an ORG in one sentence, a PER after a host's title in another) takes the label of its most
 * confident total. Spans are kept; only labels change.
 */
function consistentLabels(text: string, mentions: Mention[], mentionFor: MentionFor): Mention[] {
  const votes = new Map<string, [number, number, number]>();
  for (const m of mentions) {
    const key = text.slice(m.start, m.end);
    let v = votes.get(key);
    if (!v) {
      v = [0, 0, 0];
      votes.set(key, v);
    }
    v[LABEL_INDEX[m.label]]! += m.score;
  }
  return mentions.map((m) => {
    const v = votes.get(text.slice(m.start, m.end))!;
    const best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
    const label = LABELS[best]!;
    return label === m.label ? m : mentionFor(m.tokenStart, m.tokenEnd, label, m.score);
  });
}
const LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC'];
const LABEL_INDEX: Readonly<Record<EntityLabel, number>> = { PER: 0, ORG: 1, LOC: 2 };
