// The one validator: used by the build (lexicons/build.ts) for the shipped lists and by
// parseLexicon for user lexicons, so a row accepted in one place is accepted in the other.
import {
  type AmbiguousWord,
  ENTITY_LABELS,
  ENTRY_KINDS,
  type EntityLabel,
  type EntryKind,
  type LexiconEntry,
  type LexiconMessage,
  type NameParticle,
  NON_ENTITY_CLASSES,
  type NonEntityWord,
  ORG_HEAD_POSITIONS,
  type OrgHeadWord,
  PARTICLE_KINDS,
  PLACE_KINDS as PLACE_KIND_LIST,
  TITLE_KINDS,
  type TitleWord,
  WORD_REGIONS,
  type WordListName,
} from './types.js';

export const QID_RE = /^Q[1-9][0-9]*$/;
const ID_RE = /^(?:Q[1-9][0-9]*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3}|geonames:[1-9][0-9]*|[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9:._-]*)$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const DATE_RE = /^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$/;
// eslint-disable-next-line no-control-regex
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters in lexicon fields is this check's purpose
const CONTROL_RE = /[\u0000-\u001f\u007f\u2028\u2029]/;

const PLACE_KINDS: ReadonlySet<string> = new Set(PLACE_KIND_LIST);

export const ENTRY_FIELDS = [
  'id',
  'label',
  'name',
  'nameEn',
  'aliases',
  'kind',
  'country',
  'role',
  'validFrom',
  'validTo',
  'population',
  'priority',
  'source',
  'sources',
] as const;

export const WORD_FIELDS: { readonly [K in WordListName]: readonly string[] } = {
  titles: ['word', 'meaning', 'kind', 'region', 'expansion', 'source'],
  orgHeads: ['word', 'meaning', 'position', 'source'],
  particles: ['word', 'meaning', 'kind', 'source'],
  ambiguous: ['word', 'meaning', 'names', 'source'],
  nonEntities: ['word', 'meaning', 'class', 'source'],
};

export interface Where {
  readonly lexicon: string;
  readonly line?: number;
  /** Human description of the row when there is no line ("entry 3"). */
  readonly row?: string;
}

export interface Validated<T> {
  readonly value?: T;
  readonly messages: readonly LexiconMessage[];
}

function message(where: Where, code: string, text: string): LexiconMessage {
  const at =
    where.line !== undefined
      ? `${where.lexicon}:${where.line}`
      : where.row !== undefined
        ? `${where.lexicon} (${where.row})`
        : where.lexicon;
  const m = { code: `lexicon/${code}`, message: `${at}: ${text}`, lexicon: where.lexicon };
  return where.line !== undefined ? { ...m, line: where.line } : m;
}

/** Problem with a surface string, or undefined when it is fine. */
export function checkSurface(s: string): string | undefined {
  if (s.trim() === '') return 'is empty';
  if (s !== s.trim()) return 'has leading or trailing whitespace';
  if (/\s{2,}/.test(s)) return 'has repeated whitespace';
  if (CONTROL_RE.test(s)) return 'has a control character';
  return undefined;
}

/** Lower-case only surface forms are ordinary words; entries never use them as names. */
export function isLowercaseWord(s: string): boolean {
  return s === s.toLowerCase() && s !== s.toUpperCase();
}

type Raw = Readonly<Record<string, unknown>>;

function optString(raw: Raw, key: string, where: Where, out: LexiconMessage[]): string | undefined {
  const v = raw[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') {
    out.push(message(where, 'bad-type', `${key} must be a string`));
    return undefined;
  }
  const s = v.normalize('NFC');
  const bad = checkSurface(s);
  if (bad) {
    out.push(message(where, 'bad-string', `${key} ${bad}: ${JSON.stringify(v)}`));
    return undefined;
  }
  return s;
}

function optNumber(raw: Raw, key: string, where: Where, out: LexiconMessage[], integer: boolean): number | undefined {
  const v = raw[key];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || (integer && (!Number.isInteger(n) || n < 0))) {
    out.push(message(where, 'bad-number', `${key} must be a ${integer ? 'non-negative integer' : 'number'}: ${JSON.stringify(v)}`));
    return undefined;
  }
  return n;
}

function stringList(raw: Raw, key: string, where: Where, out: LexiconMessage[]): string[] {
  const v = raw[key];
  if (v === undefined || v === null || v === '') return [];
  const items = typeof v === 'string' ? v.split('|') : v;
  if (!Array.isArray(items)) {
    out.push(message(where, 'bad-type', `${key} must be a list of strings ("|"-separated in TSV)`));
    return [];
  }
  const result: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') {
      out.push(message(where, 'bad-type', `${key} must hold strings only`));
      continue;
    }
    const s = item.normalize('NFC');
    const bad = checkSurface(s);
    if (bad) out.push(message(where, 'bad-alias', `an item of ${key} ${bad}: ${JSON.stringify(item)}`));
    else result.push(s);
  }
  return result;
}

function unknownKeys(raw: Raw, allowed: readonly string[], where: Where, out: LexiconMessage[]): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) out.push(message(where, 'unknown-field', `unknown field ${JSON.stringify(key)}`));
  }
}

const sortStrings = (xs: Iterable<string>): string[] => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Validate and normalise one raw entry (NFC, aliases deduplicated and sorted, name removed
 * from aliases, nameEn dropped when equal to name). Returns no value when the row has errors.
 */
export function validateEntry(raw: Raw, where: Where): Validated<LexiconEntry> {
  const out: LexiconMessage[] = [];
  unknownKeys(raw, ENTRY_FIELDS, where, out);
  const id = optString(raw, 'id', where, out);
  if (id === undefined) out.push(message(where, 'missing-id', 'id is required'));
  else if (!ID_RE.test(id)) {
    out.push(message(where, 'bad-id', `id ${JSON.stringify(id)} is not a QID (Q123), ISO 3166 code, geonames:<n> or prefix:slug`));
  }
  const label = raw.label;
  if (!ENTITY_LABELS.includes(label as EntityLabel)) {
    out.push(message(where, 'bad-label', `label must be one of ${ENTITY_LABELS.join(', ')}: ${JSON.stringify(label)}`));
  }
  const name = optString(raw, 'name', where, out);
  if (name === undefined) out.push(message(where, 'missing-name', 'name is required'));
  const nameEn = optString(raw, 'nameEn', where, out);
  const aliases = stringList(raw, 'aliases', where, out);
  for (const a of [name, nameEn, ...aliases]) {
    if (a !== undefined && isLowercaseWord(a)) {
      out.push(
        message(
          where,
          'lowercase-alias',
          `${JSON.stringify(a)} is all lower case: ordinary words are not names (use the ambiguous word list)`,
        ),
      );
    }
  }
  const kind = optString(raw, 'kind', where, out);
  if (kind !== undefined && !ENTRY_KINDS.includes(kind as EntryKind)) {
    out.push(message(where, 'bad-kind', `unknown kind ${JSON.stringify(kind)}`));
  }
  if (kind !== undefined && ENTITY_LABELS.includes(label as EntityLabel)) {
    const ok = label === 'PER' ? kind === 'person' : label === 'LOC' ? PLACE_KINDS.has(kind) : kind !== 'person' && !PLACE_KINDS.has(kind);
    if (!ok) out.push(message(where, 'kind-label-mismatch', `kind ${kind} does not fit label ${String(label)}`));
  }
  const country = optString(raw, 'country', where, out);
  if (country !== undefined && !COUNTRY_RE.test(country)) {
    out.push(message(where, 'bad-country', `country must be an ISO 3166-1 alpha-2 code: ${JSON.stringify(country)}`));
  }
  const role = optString(raw, 'role', where, out);
  const validFrom = optString(raw, 'validFrom', where, out);
  const validTo = optString(raw, 'validTo', where, out);
  for (const [k, d] of [
    ['validFrom', validFrom],
    ['validTo', validTo],
  ] as const) {
    if (d !== undefined && !DATE_RE.test(d))
      out.push(message(where, 'bad-date', `${k} must be YYYY, YYYY-MM or YYYY-MM-DD: ${JSON.stringify(d)}`));
  }
  const population = optNumber(raw, 'population', where, out, true);
  const priority = optNumber(raw, 'priority', where, out, false);
  const source = optString(raw, 'source', where, out);
  if (source === undefined) out.push(message(where, 'missing-source', 'source is required'));
  const sources = stringList(raw, 'sources', where, out);
  if (out.length > 0 || id === undefined || name === undefined || source === undefined) return { messages: out };

  const surface = new Set([name]);
  const entry: { -readonly [K in keyof LexiconEntry]: LexiconEntry[K] } = {
    id,
    label: label as EntityLabel,
    name,
    aliases: sortStrings(aliases.filter((a) => !surface.has(a))),
    source,
  };
  if (nameEn !== undefined && nameEn !== name) entry.nameEn = nameEn;
  if (kind !== undefined) entry.kind = kind as EntryKind;
  if (country !== undefined) entry.country = country;
  if (role !== undefined) entry.role = role;
  if (validFrom !== undefined) entry.validFrom = validFrom;
  if (validTo !== undefined) entry.validTo = validTo;
  if (population !== undefined) entry.population = population;
  if (priority !== undefined) entry.priority = priority;
  const allSources = sortStrings([source, ...sources]);
  if (allSources.length > 1) entry.sources = allSources;
  return { value: canonicalEntry(entry), messages: out };
}

/** Same entry with keys in one fixed order (stable JSON). */
export function canonicalEntry(e: LexiconEntry): LexiconEntry {
  const out: Record<string, unknown> = {};
  for (const key of ENTRY_FIELDS) {
    const v = e[key];
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as LexiconEntry;
}

type WordRow<K extends WordListName> = K extends 'titles'
  ? TitleWord
  : K extends 'orgHeads'
    ? OrgHeadWord
    : K extends 'particles'
      ? NameParticle
      : K extends 'nonEntities'
        ? NonEntityWord
        : AmbiguousWord;

function oneOf<T extends string>(raw: Raw, key: string, allowed: readonly T[], where: Where, out: LexiconMessage[]): T | undefined {
  const v = raw[key];
  if (!allowed.includes(v as T)) {
    out.push(message(where, `bad-${key}`, `${key} must be one of ${allowed.join(', ')}: ${JSON.stringify(v)}`));
    return undefined;
  }
  return v as T;
}

/** Validate one word-list row. `multiword` is derived from the word, never given. */
export function validateWord<K extends WordListName>(list: K, raw: Raw, where: Where): Validated<WordRow<K>> {
  const out: LexiconMessage[] = [];
  unknownKeys(raw, WORD_FIELDS[list], where, out);
  const word = optString(raw, 'word', where, out);
  if (word === undefined) out.push(message(where, 'missing-word', 'word is required'));
  const meaning = optString(raw, 'meaning', where, out);
  if (meaning === undefined) out.push(message(where, 'missing-meaning', 'meaning is required'));
  const source = optString(raw, 'source', where, out);
  if (source === undefined) out.push(message(where, 'missing-source', 'source is required'));
  const multiword = word !== undefined && /\s/.test(word);
  let row: Record<string, unknown> | undefined;
  if (list === 'titles') {
    const kind = oneOf(raw, 'kind', TITLE_KINDS, where, out);
    const region = oneOf(raw, 'region', WORD_REGIONS, where, out);
    const expansion = optString(raw, 'expansion', where, out);
    row = { word, meaning, kind, multiword, region, ...(expansion !== undefined ? { expansion } : {}), source };
  } else if (list === 'orgHeads') {
    const position = oneOf(raw, 'position', ORG_HEAD_POSITIONS, where, out);
    row = { word, meaning, position, multiword, source };
  } else if (list === 'particles') {
    const kind = oneOf(raw, 'kind', PARTICLE_KINDS, where, out);
    row = { word, meaning, kind, source };
  } else if (list === 'nonEntities') {
    const cls = oneOf(raw, 'class', NON_ENTITY_CLASSES, where, out);
    row = { word, meaning, class: cls, source };
  } else {
    const names = optString(raw, 'names', where, out);
    if (names === undefined) out.push(message(where, 'missing-names', 'names is required'));
    row = { word, meaning, names, source };
  }
  if (out.length > 0) return { messages: out };
  return { value: row as unknown as WordRow<K>, messages: out };
}
