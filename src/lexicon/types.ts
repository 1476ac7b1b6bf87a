/** Entity labels, as in the annotation guidelines. */
export const ENTITY_LABELS = ['PER', 'LOC', 'ORG'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** The kinds of entry that name places. */
export const PLACE_KINDS = [
  'country',
  'territory',
  'state',
  'federal-territory',
  'province',
  'region',
  'district',
  'mukim',
  'city',
  'capital',
  'town',
  'continent',
  'metonym',
  'building',
] as const;

/**
 * What sort of thing an entry names. Closed so that a typo in a user lexicon is an error
 * rather than a silent new category.
 */
export const ENTRY_KINDS = [
  // places
  ...PLACE_KINDS,
  // people
  'person',
  // organisations
  'international',
  'un-body',
  'government',
  'ministry',
  'agency',
  'legislature',
  'court',
  'police',
  'military',
  'party',
  'coalition',
  'university',
  'company',
  'news-agency',
  'news-outlet',
  'ngo',
  'royal-institution',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * One named entity. `name` is the canonical Malay name; every surface form that should
 * find the entry (`name`, `nameEn`, `aliases`) is an exact, case-sensitive string as written
 * in text.
 */
export interface LexiconEntry {
  /** Wikidata QID (only where a source gives it), ISO 3166 code, `geonames:<id>` or `<prefix>:<slug>`. */
  readonly id: string;
  readonly label: EntityLabel;
  readonly name: string;
  /** English name where it differs from `name`. */
  readonly nameEn?: string;
  /** Other exact surface forms; never contains `name` itself. Sorted. */
  readonly aliases: readonly string[];
  readonly kind?: EntryKind;
  /** ISO 3166-1 alpha-2 code of the country the entity belongs to. */
  readonly country?: string;
  /** Office held (people) as given by the source; several offices are joined with "; ". */
  readonly role?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the role started. */
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly population?: number;
  /** Overrides the computed prior used to rank entries sharing an alias. */
  readonly priority?: number;
  /** Provenance of the entry; "<source key>: <detail>". With several sources, the first. */
  readonly source: string;
  /** All provenance notes when the entry was merged from several sources (sorted). */
  readonly sources?: readonly string[];
}

export const TITLE_KINDS = ['role', 'honorific'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];
export const WORD_REGIONS = ['MY', 'BN', 'international', 'general'] as const;
export type WordRegion = (typeof WORD_REGIONS)[number];

/** A title, honorific or style that precedes a name and is not part of a PER span. */
export interface TitleWord {
  readonly word: string;
  readonly meaning: string;
  /** `role` names an office ("Menteri Luar"); `honorific` is a rank, award or style ("Datuk Seri"). */
  readonly kind: TitleKind;
  readonly multiword: boolean;
  readonly region: WordRegion;
  /** For abbreviations: the full form ("YB" -> "Yang Berhormat"). */
  readonly expansion?: string;
  readonly source: string;
}

export const ORG_HEAD_POSITIONS = ['head', 'modifier', 'suffix'] as const;
export type OrgHeadPosition = (typeof ORG_HEAD_POSITIONS)[number];

/** A noun that heads (or a modifier/suffix that marks) an organisation name. */
export interface OrgHeadWord {
  readonly word: string;
  readonly meaning: string;
  readonly position: OrgHeadPosition;
  readonly multiword: boolean;
  readonly source: string;
}

export const PARTICLE_KINDS = ['patronymic', 'name-element', 'prefix'] as const;
export type ParticleKind = (typeof PARTICLE_KINDS)[number];

/** A word that stays inside a person's name (bin, binti, a/l, Mohd ...). */
export interface NameParticle {
  readonly word: string;
  readonly meaning: string;
  readonly kind: ParticleKind;
  readonly source: string;
}

/** An ordinary Malay word that is also a place or person name: match it with care. */
export interface AmbiguousWord {
  readonly word: string;
  /** The ordinary meaning. */
  readonly meaning: string;
  /** What it can name (free text, e.g. "town in Selangor (MY); GeoNames city"). */
  readonly names: string;
  readonly source: string;
}

export const NON_ENTITY_CLASSES = ['language', 'ethnic', 'religion', 'holiday', 'event', 'acronym', 'title', 'other'] as const;
export type NonEntityClass = (typeof NON_ENTITY_CLASSES)[number];

/**
 * A capitalised word or acronym that names no entity by the annotation rules (languages,
 * ethnic groups, religions, holidays, events, common non-entity acronyms such as PRU or GST).
 */
export interface NonEntityWord {
  readonly word: string;
  readonly meaning: string;
  readonly class: NonEntityClass;
  readonly source: string;
}

export interface WordLists {
  readonly titles: readonly TitleWord[];
  readonly orgHeads: readonly OrgHeadWord[];
  readonly particles: readonly NameParticle[];
  readonly ambiguous: readonly AmbiguousWord[];
  readonly nonEntities: readonly NonEntityWord[];
}

export type WordListName = keyof WordLists;

/** One entity an alias may refer to, with its prior (higher first). */
export interface AliasCandidate {
  readonly id: string;
  readonly label: EntityLabel;
  readonly prior: number;
  /** Which field of the entry the alias came from. */
  readonly via: 'name' | 'nameEn' | 'alias';
  /** The alias is also an ordinary word listed in `words.ambiguous`. */
  readonly ambiguous: boolean;
}

/** Exact, case-sensitive alias -> candidates, sorted by prior (descending) then id. */
export interface AliasIndex {
  readonly size: number;
  get(alias: string): readonly AliasCandidate[];
  has(alias: string): boolean;
  keys(): IterableIterator<string>;
}

export interface Lexicon {
  /** Version of the bundled data, or the names of merged lexicons. */
  readonly version: string;
  /** Sorted by id; ids are unique. */
  readonly entries: readonly LexiconEntry[];
  readonly words: WordLists;
  readonly aliases: AliasIndex;
  byId(id: string): LexiconEntry | undefined;
}

/** A structured, non-fatal problem (bad row in a user lexicon, ...). */
export interface LexiconMessage {
  /** Stable code, e.g. `lexicon/bad-label`. */
  readonly code: string;
  readonly message: string;
  /** Name of the lexicon (file name) the row came from. */
  readonly lexicon: string;
  /** 1-based line of the row, where known. */
  readonly line?: number;
}
