// Child process of `npm run bench` (cold start): where the time to the first result goes, in a
// fresh process, using the built package (dist/). Prints one JSON line; times are ms since the
// process started (performance.now() counts from the process's time origin).
//   node bench/probes/startup.mjs "text"
const text = process.argv[2] ?? 'Perdana Menteri Anwar Ibrahim bertemu Presiden Prabowo Subianto di Jakarta semalam.';
const t0 = performance.now();
// the bundled lexicon: its generated modules (lexicons/dist) and the compiled lexicon
const { loadBundledLexicon } = await import('../../dist/lexicon/index.js');
const tLexImport = performance.now();
loadBundledLexicon();
const tLex = performance.now();
const { createPipeline } = await import('../../dist/index.js');
const tImport = performance.now();
const pipeline = createPipeline();
const tPipeline = performance.now();
const result = pipeline.extract(text);
const tFirst = performance.now();
process.stdout.write(
  `${JSON.stringify({
    nodeBootMs: t0,
    lexiconImportMs: tLexImport - t0,
    lexiconCompileMs: tLex - tLexImport,
    lexiconLoadMs: tLex - t0,
    restImportMs: tImport - tLex,
    createPipelineMs: tPipeline - tImport,
    firstExtractMs: tFirst - tPipeline,
    firstResultSinceStartMs: tFirst,
    entities: result.entities.length,
  })}\n`,
);
