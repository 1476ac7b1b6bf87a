// The service is its own entry point, kenal/server: the core entry (bundled for browsers)
// must not pull in fastify or worker threads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('kenal/server entry point', () => {
  it('is exported by package name, and the core entry does not carry it', () => {
    const script =
      "const s = await import('kenal/server'); const c = await import('kenal'); console.log(JSON.stringify([typeof s.createServer, 'createServer' in c]));";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['function', false]);
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./server']).toEqual({ types: './dist/server/index.d.ts', import: './dist/server/index.js' });
  });

  it('the core entry point does not reach the server, fastify or piscina', () => {
    // Walk the static imports of src/index.ts.
    const seen = new Set<string>();
    const bare = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) walk(fileURLToPath(new URL(spec.replace(/\.js$/, '.ts'), `file://${file}`)));
        else bare.add(spec.split('/')[0]!);
      }
    };
    walk(`${ROOT}src/index.ts`);
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((f) => f.includes('/src/server/'))).toEqual([]);
    expect([...bare].filter((b) => b === 'fastify' || b === 'piscina')).toEqual([]);
  });
});
