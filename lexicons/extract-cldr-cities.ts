// One-off: extract the Malay exemplar city names from cldr-dates-full (101 MB) into
// lexicons/src/cldr-ms-exemplar-cities.tsv, so that the build does not need the package.
// Run: npx tsx lexicons/extract-cldr-cities.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LEXICONS_DIR } from './sources.js';

const require = createRequire(import.meta.url);
const version = (JSON.parse(readFileSync(require.resolve('cldr-dates-full/package.json'), 'utf8')) as { version: string }).version;
const data = require('cldr-dates-full/main/ms/timeZoneNames.json') as { main: { ms: { dates: { timeZoneNames: { zone: unknown } } } } };
const rows: string[] = [];
const walk = (node: unknown, path: string[]): void => {
  if (typeof node !== 'object' || node === null) return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'exemplarCity' && typeof v === 'string')
      rows.push(`${path.join('/')}\t${v}\tcldr-dates-full@${version}: main/ms/timeZoneNames.json`);
    else walk(v, [...path, k]);
  }
};
walk(data.main.ms.dates.timeZoneNames.zone, []);
rows.sort();
writeFileSync(
  join(LEXICONS_DIR, 'src', 'cldr-ms-exemplar-cities.tsv'),
  `# Malay exemplar city names (time zone exemplarCity), extracted by lexicons/extract-cldr-cities.ts. Unicode licence.\nzone\texemplarCity\tsource\n${rows.join('\n')}\n`,
);
process.stdout.write(`${rows.length} exemplar cities\n`);
