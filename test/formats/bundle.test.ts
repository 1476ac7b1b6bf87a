// src/formats must bundle for a browser: nothing Node-only may be imported from it.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('src/formats in a browser bundle', () => {
  it('bundles for the browser platform with no Node built-in', async () => {
    const r = await build({
      entryPoints: [fileURLToPath(new URL('../../src/formats/index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(r.errors).toEqual([]);
    expect(r.outputFiles[0]!.text).not.toMatch(/from\s*["']node:|require\(["'](fs|path|node:)/);
  });
});
