// The pipeline: options checked once, resources (lexicon, gazetteer, word knowledge, linker
// index) built once and frozen, then extract() runs tokenize -> recognise -> link ->
// relations as pure functions over them. One pipeline is safe to share across concurrent
// callers: nothing in it changes after createPipeline returns but its vocabulary (the words
// seen, numbered by the tokenizer) and the bounded caches kept by word (the entity model's
// forms, the relation models' word forms), which only hold what a pure function of the word gives.
import { assertText, KenalError } from '../errors.js';
import { buildGazetteer } from '../gazetteer/index.js';
import type { LinearModel } from '../learn/linear.js';
import { precompiledAliases } from '../lexicon/bundled.js';
import { assertLexicon } from '../lexicon/compile.js';
import { type EntryKind, type Lexicon, loadBundledLexicon, mergeLexicons } from '../lexicon/index.js';
import { buildLinkerResources, link } from '../link/index.js';
import { WordAnswers } from '../recognise/context.js';
import { decide } from '../recognise/decide.js';
import { FormTable } from '../recognise/form-table.js';
import { propose } from '../recognise/index.js';
import { bundledEntityModel, type EntityModel } from '../recognise/model.js';
import { MalayWords } from '../recognise/morphology.js';
import { withUserEntries } from '../recognise/user-entries.js';
import { buildWordKnowledge } from '../recognise/words.js';
import { bundledRelationModel } from '../relations/bundled.js';
import { extractRelations, placeCountries } from '../relations/index.js';
import { type RelationModel, wordMemo } from '../relations/model.js';
import { KeptBuffers } from '../support/kept-buffers.js';
import { TextTally } from '../support/text-tally.js';
import { parseIsoDate, resolveDate } from '../tokenize/dates.js';
import { segment } from '../tokenize/index.js';
import { MAX_VOCABULARY, Vocabulary } from '../tokenize/vocabulary.js';
import type { DateMention, DocumentResult, Entity, Relation, Segmentation } from '../types.js';

export const FIELDS = ['entities', 'relations', 'sentences', 'tokens', 'dates'] as const;
export type Field = (typeof FIELDS)[number];
const DEFAULT_FIELDS: readonly Field[] = ['entities', 'relations', 'sentences', 'dates'];
/** The default fields as a set, made once: most calls pass no fields. Never changed. */
const DEFAULT_FIELD_SET: ReadonlySet<Field> = new Set(DEFAULT_FIELDS);

export interface PipelineOptions {
  /** Replace the bundled lexicon entirely. */
  readonly lexicon?: Lexicon;
  /** Extra lexicons (e.g. from parseLexicon) merged over the bundled one, into a new lexicon. */
  readonly lexicons?: readonly Lexicon[];
  /** Run relation extraction (default true). */
  readonly relations?: boolean;
  /** Largest text extract() accepts, in UTF-16 code units (default 10,000,000). */
  readonly maxLength?: number;
  /**
   * The model that decides which proposed spans are entities (default: the bundled one, trained
   * by `npm run train`); `null` keeps the recognisers' own choice, as before the model.
   */
  readonly entityModel?: EntityModel | null;
  /** The relation models (default: the bundled one, lexicons/dist/relation-model.js; null: the rules alone); for cross-validation. */
  readonly relationModel?: RelationModel | null;
}

export interface ExtractOptions {
  readonly id?: string;
  /** Publication date, YYYY-MM-DD: resolves relative dates (minggu lalu). */
  readonly date?: string;
  /** Which parts to return (default: entities, relations, sentences, dates). */
  readonly fields?: readonly Field[];
}

export interface Pipeline {
  readonly lexicon: Lexicon;
  extract(text: string, options?: ExtractOptions): DocumentResult;
}

function checkOptions(o: unknown): asserts o is PipelineOptions {
  if (o === undefined) return;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new KenalError('E_OPTION', 'pipeline options must be an object');
  const p = o as Record<string, unknown>;
  for (const k of Object.keys(p)) {
    if (!['lexicon', 'lexicons', 'relations', 'maxLength', 'entityModel', 'relationModel'].includes(k))
      throw new KenalError('E_OPTION', `unknown pipeline option "${k}"`);
  }
  if (p.lexicons !== undefined && !Array.isArray(p.lexicons)) throw new KenalError('E_OPTION', 'lexicons must be an array of lexicons');
  if (p.lexicon !== undefined) assertLexicon(p.lexicon, 'the lexicon option');
  (p.lexicons as unknown[] | undefined)?.forEach((l, i) => {
    assertLexicon(l, `lexicons[${i}]`);
  });
  if (p.relations !== undefined && typeof p.relations !== 'boolean') throw new KenalError('E_OPTION', 'relations must be true or false');
  if (p.relationModel !== undefined && p.relationModel !== null) {
    const r = p.relationModel as Partial<RelationModel>;
    if (typeof r !== 'object' || !isLinearModel(r.gate) || !isLinearModel(r.act))
      throw new KenalError('E_OPTION', 'relationModel must be relation models (as decodeRelationModel returns them) or null');
  }
  if (p.entityModel !== undefined && p.entityModel !== null && !isLinearModel(p.entityModel))
    throw new KenalError('E_OPTION', 'entityModel must be a model (as decodeModel returns it) or null');
  for (const table of ['clusters', 'corpusLabels'] as const) {
    const t = (p.entityModel as EntityModel | null | undefined)?.[table];
    if (t !== undefined && !(t instanceof Map))
      throw new KenalError('E_OPTION', `entityModel.${table} must be a Map of words to numbers (as decodeClusters returns it)`);
  }
  if (p.maxLength !== undefined && !(Number.isInteger(p.maxLength) && (p.maxLength as number) > 0)) {
    throw new KenalError('E_OPTION', 'maxLength must be a positive integer');
  }
}

function isLinearModel(m: unknown): m is LinearModel {
  const x = m as Partial<LinearModel> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    Number.isInteger(x.bits) &&
    Array.isArray(x.classes) &&
    (x.weights instanceof Float32Array || x.weights instanceof Int16Array) &&
    x.weights.length === (1 << x.bits!) * x.classes.length &&
    x.transitions instanceof Float32Array
  );
}

function checkExtractOptions(o: unknown): asserts o is ExtractOptions {
  if (o === undefined) return;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new KenalError('E_OPTION', 'extract options must be an object');
  const p = o as Record<string, unknown>;
  for (const k of Object.keys(p)) {
    if (!['id', 'date', 'fields'].includes(k)) throw new KenalError('E_OPTION', `unknown extract option "${k}"`);
  }
  if (p.id !== undefined && typeof p.id !== 'string') throw new KenalError('E_OPTION', 'id must be a string');
  if (p.date !== undefined && (typeof p.date !== 'string' || parseIsoDate(p.date) === undefined)) {
    throw new KenalError('E_OPTION', `date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(p.date)}`);
  }
  if (p.fields !== undefined) {
    if (!Array.isArray(p.fields)) throw new KenalError('E_OPTION', 'fields must be an array');
    for (const f of p.fields) {
      if (!(FIELDS as readonly unknown[]).includes(f))
        throw new KenalError('E_OPTION', `unknown field ${JSON.stringify(f)} (one of ${FIELDS.join(', ')})`);
    }
  }
}

export function createPipeline(options?: PipelineOptions): Pipeline {
  return pipelineWith(options, MAX_VOCABULARY);
}

/**
 * @internal createPipeline with a vocabulary of `vocabularyBound` texts: the tests make it small,
 * so that the vocabulary and every cache by id start again every few documents (same output).
 */
export function pipelineWith(options: PipelineOptions | undefined, vocabularyBound: number): Pipeline {
  checkOptions(options);
  const base = options?.lexicon ?? loadBundledLexicon();
  const lexicon = options?.lexicons && options.lexicons.length > 0 ? mergeLexicons(base, ...options.lexicons) : base;
  // (malayWords: the answers of isMalayWord for the words seen, kept across documents;
  // wordAnswers: the word lists' answers by vocabulary id, kept across documents)
  const recogniser = Object.freeze({
    gazetteer: buildGazetteer(lexicon),
    words: buildWordKnowledge(lexicon),
    malayWords: new MalayWords(),
    wordAnswers: new WordAnswers(),
    tally: new TextTally(),
    buffers: new KeptBuffers(),
  });
  const linker = buildLinkerResources(lexicon);
  // the words seen, by id: the tokenizer numbers each token's text, the later stages keep what
  // they know of a word by its id (bounded: it starts again, with every cache by id, when full)
  const vocabulary = new Vocabulary(vocabularyBound);
  const entityModel = options?.entityModel === undefined ? bundledEntityModel() : options.entityModel;
  // the entity model's scores of the words seen, by form: the same in every document
  const forms =
    entityModel !== null && FormTable.suits(entityModel) ? new FormTable(entityModel, entityModel, recogniser.words) : undefined;
  // the ids of the user's own lexicons: their names are entities whatever the model says
  const userIds = new Set<string>();
  for (const l of options?.lexicons ?? []) for (const e of l.entries) userIds.add(e.id);
  const isUserId = (kb: string): boolean => userIds.has(kb);
  const maxLength = options?.maxLength ?? 10_000_000;
  const withRelations = options?.relations ?? true;
  const model = options?.relationModel === null ? undefined : (options?.relationModel ?? bundledRelationModel());
  // the relation models' forms of the words seen (roots, hashes): the same in every document
  const words = model ? wordMemo(model) : undefined;
  // the country of each place in the lexicon: a visit to Pyongyang is hosted by North Korea.
  // The bundled lexicon answers from its columns; another is indexed on first use (a meeting at
  // a place), once per pipeline, as that reads every entry.
  let countries: ((kb: string) => string | undefined) | undefined;
  const countryOf =
    precompiledAliases(lexicon)?.placeCountry ?? ((kb: string): string | undefined => (countries ??= placeCountries(lexicon))(kb));
  // the kind of a lexicon entry (a news outlet reports meetings, it takes no part in them)
  const kindOf = (kb: string): EntryKind | undefined => lexicon.byId(kb)?.kind;

  // the entities of a segmented text: its own function, so that the proposals and the decided
  // mentions (a 10 MB text has some 120,000 of each) are left to the collector before the
  // relation stage, not held in extract's frame to its end
  const entitiesOf = (text: string, seg: Segmentation): Entity[] => {
    const proposals = propose(text, seg, recogniser);
    let mentions =
      entityModel === null || proposals.letterCase !== 'mixed'
        ? proposals.rules
        : decide(text, seg, proposals, recogniser, entityModel, forms);
    if (userIds.size > 0 && entityModel !== null) mentions = withUserEntries(mentions, proposals.proposals, isUserId);
    return link(text, seg.columns, mentions, linker);
  };
  const extract = (text: string, opts?: ExtractOptions): DocumentResult => {
    assertText(text);
    checkExtractOptions(opts);
    if (text.length > maxLength)
      throw new KenalError('E_INPUT_TOO_LARGE', `text is ${text.length} code units, over the limit of ${maxLength}`);
    const fields: ReadonlySet<Field> = opts?.fields === undefined ? DEFAULT_FIELD_SET : new Set(opts.fields);
    const seg = segment(text, vocabulary);
    const entities = entitiesOf(text, seg);
    const ref = parseIsoDate(opts?.date);
    const relations: Relation[] =
      withRelations && fields.has('relations')
        ? extractRelations(
            text,
            seg,
            entities,
            ref !== undefined ? { ref, countryOf, kindOf, model, words } : { countryOf, kindOf, model, words },
          )
        : [];
    const out: { -readonly [K in keyof DocumentResult]: DocumentResult[K] } = { entities: [], relations: [] };
    if (opts?.id !== undefined) out.id = opts.id;
    if (fields.has('entities')) out.entities = entities;
    if (fields.has('relations')) out.relations = relations;
    if (fields.has('sentences')) out.sentences = seg.sentences.map(({ start, end, text: t }) => ({ start, end, text: t }));
    if (fields.has('tokens')) out.tokens = seg.tokens;
    if (fields.has('dates')) {
      const dates: DateMention[] = [];
      for (const u of seg.units) {
        if (u.kind !== 'date') continue;
        const value = resolveDate(u, ref);
        dates.push(
          value !== undefined ? { start: u.start, end: u.end, text: u.text, value } : { start: u.start, end: u.end, text: u.text },
        );
      }
      out.dates = dates;
    }
    return out;
  };
  return Object.freeze({ lexicon, extract });
}

let defaultPipeline: Pipeline | undefined;

/** Extract with the bundled lexicons. The default pipeline is built on first use and shared (it is immutable). */
export function extract(text: string, options?: ExtractOptions): DocumentResult {
  defaultPipeline ??= createPipeline();
  return defaultPipeline.extract(text, options);
}
