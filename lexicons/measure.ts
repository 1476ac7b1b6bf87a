// Measure the cost of loading the bundled lexicon: ms to import and build, MB of heap.
// Run: node --expose-gc --import tsx lexicons/measure.ts
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const { loadBundledLexicon } = await import('../src/lexicon/index.js');
const t1 = performance.now();
const lexicon = loadBundledLexicon();
const t2 = performance.now();
gc?.();
const heap1 = process.memoryUsage().heapUsed;
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
process.stdout.write(`import (JSON.parse of dist modules): ${(t1 - t0).toFixed(0)} ms\n`);
process.stdout.write(`createLexicon (index of ${lexicon.aliases.size} aliases, freeze): ${(t2 - t1).toFixed(0)} ms\n`);
process.stdout.write(
  `total ${(t2 - t0).toFixed(0)} ms, heap +${mb(heap1 - heap0)} MB${gc ? '' : ' (run with --expose-gc for a stable number)'}; ${lexicon.entries.length} entries\n`,
);
