// Output formats and scoring. Browser-safe: nothing here imports Node modules.
export * from './offsets.js';
export * from './jsonl.js';
export * from './conll.js';
export * from './brat.js';
export * from './csv.js';
export * from './html.js';
export * from './eval.js';
