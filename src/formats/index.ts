// Output formats and scoring. Browser-safe: nothing here imports Node modules.

export * from './brat.js';
export * from './conll.js';
export * from './csv.js';
export * from './eval.js';
export * from './html.js';
export * from './jsonl.js';
export * from './offsets.js';
