// The core (tokenize, gazetteer, recognise, link, relations, bundled lexicons) imports nothing
// Node-only: bundle src/index.ts for the browser platform and run the bundle in a bare V8
// context (no require, no process, no Buffer).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser bundle of the core', () => {
  it('bundles src/index.ts for the browser and extracts entities in a context without Node globals', async () => {
    const r = await build({
      entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'kenal',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    expect(r.errors).toEqual([]);
    const code = r.outputFiles[0]!.text;
    const size = { minified: code.length, gzip: gzipSync(code).length };
    // sizes are reported, not asserted tightly: the lexicons are most of it
    console.info(`core browser bundle: ${(size.minified / 1e6).toFixed(2)} MB minified, ${(size.gzip / 1e6).toFixed(2)} MB gzip`);
    const context = vm.createContext({});
    vm.runInContext(`${code};globalThis.result = kenal.extract('Presiden Rusia, Vladimir Putin tiba di Pyongyang.');`, context, {
      timeout: 30_000,
    });
    const result = (context as { result: { entities: Array<{ text: string; label: string }> } }).result;
    expect(result.entities.map((e) => `${e.label}:${e.text}`)).toEqual(['LOC:Rusia', 'PER:Vladimir Putin', 'LOC:Pyongyang']);
    expect(typeof (context as Record<string, unknown>).process).toBe('undefined');
  });
});

describe('the package entry, dist/kenal.js (one file, loaded faster than the separate modules)', () => {
  it('exports what src/index.ts exports and extracts as the separate modules do', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const script = [
      "const [a, b] = await Promise.all([import('kenal'), import('./dist/index.js')]);",
      "const text = 'Menteri Luar Malaysia, Datuk Seri Mohamad Hasan bertemu rakan sejawatnya dari Indonesia di Putrajaya semalam.';",
      'console.log(JSON.stringify([Object.keys(a).sort(), Object.keys(b).sort(), a.extract(text), b.extract(text)]));',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [bundledKeys, moduleKeys, bundled, modules] = JSON.parse(r.stdout) as [string[], string[], unknown, unknown];
    expect(bundledKeys).toEqual(moduleKeys);
    expect(bundled).toEqual(modules);
  });
});
