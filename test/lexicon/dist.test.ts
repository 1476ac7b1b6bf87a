import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommonWords } from '../../lexicons/common-words.js';
import { buildLexicons } from '../../lexicons/compile.js';
import { buildEnglishWords } from '../../lexicons/english-words.js';
import { buildMalayRoots } from '../../lexicons/roots.js';
import { LEXICONS_DIR, ROOT, readSources, SHARED } from '../../lexicons/sources.js';
import { buildTriggers } from '../../lexicons/triggers.js';

// The raw sources live in ../shared/data/lexicon-sources; without them there is nothing to rebuild from.
// A skipped suite's body still runs to collect its tests: the rebuild is made only where the
// sources are (a clone outside the workplace has no ../shared), and the tests below use it.
const haveSources = existsSync(SHARED);
const built = haveSources ? buildLexicons(readSources()) : undefined;
describe.skipIf(!haveSources)('committed lexicons/dist', () => {
  const result = built!;

  it('builds without errors', () => {
    expect(result.errors.map((e) => e.message)).toEqual([]);
  });

  it.each(built ? Object.keys(built.files) : ['(no lexicon sources here)'])(
    '%s equals a fresh rebuild byte for byte (run npm run lexicons)',
    (file) => {
      expect(readFileSync(join(LEXICONS_DIR, 'dist', file), 'utf8')).toBe(result.files[file]);
    },
  );

  it('malay-roots.js and its types equal a fresh extraction from natural (run npm run lexicons)', () => {
    const roots = buildMalayRoots();
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'malay-roots.js'), 'utf8')).toBe(roots.js);
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'malay-roots.d.ts'), 'utf8')).toBe(roots.dts);
  });

  it('english-words.js equals a fresh extraction from WordNet (run npm run lexicons)', () => {
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'english-words.js'), 'utf8')).toBe(buildEnglishWords().js);
  });

  it('common-words.js equals a fresh count over the news corpus (run npm run lexicons)', () => {
    const common = buildCommonWords(join(ROOT, '..', 'shared'));
    expect(common).toBeDefined();
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'common-words.js'), 'utf8')).toBe(common!.js);
  });

  it('is deterministic', () => {
    expect(buildLexicons(readSources()).files).toEqual(result.files);
  });

  it('stays a sensible size (< 4 MB)', () => {
    const bytes = Object.values(result.files).reduce((n, s) => n + Buffer.byteLength(s), 0);
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('manifest checksums match the files', async () => {
    const { createHash } = await import('node:crypto');
    const manifest = JSON.parse(result.files['manifest.json'] ?? '{}') as { checksums: Record<string, string> };
    for (const [file, sum] of Object.entries(manifest.checksums)) {
      expect(sum).toBe(
        `sha256:${createHash('sha256')
          .update(result.files[file] ?? '')
          .digest('hex')}`,
      );
    }
  });
});

// The relation triggers are built from lexicons/src/relations alone, so this check always runs.
describe('committed lexicons/dist/triggers.js', () => {
  it('triggers.js and its types equal a fresh build from lexicons/src/relations (run npm run lexicons)', () => {
    const t = buildTriggers();
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'triggers.js'), 'utf8')).toBe(t.js);
    expect(readFileSync(join(LEXICONS_DIR, 'dist', 'triggers.d.ts'), 'utf8')).toBe(t.dts);
  });
});
