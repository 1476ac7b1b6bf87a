// `kenal render`: a self-contained HTML page of documents with their entities highlighted
// (hover: canonical name and kb id) and relations listed. The same as `extract --format html`,
// except that standard input is read as plain text unless --jsonl is given.
import type { Command } from 'commander';
import { addExtractOptions, type ExtractCliOptions, runExtract } from './extract.js';

export function registerRender(program: Command, run: (p: Promise<number>) => void): void {
  const cmd = program
    .command('render')
    .description('write a self-contained HTML page highlighting entities (canonical name and kb on hover) and listing relations')
    .argument(
      '[inputs...]',
      '.txt files, JSONL/JSON records, directories or globs; standard input (plain text, or JSONL with --jsonl) when none',
    )
    .option('--jsonl', 'read standard input as JSONL records instead of plain text')
    .option('--title <title>', 'page title', 'kenal');
  addExtractOptions(cmd, { format: 'html' })
    .addHelpText(
      'after',
      '\nExamples:\n  kenal render examples/demo/berita.txt --out berita.html\n  kenal render corpus.jsonl --out corpus.html --quiet\n  echo "Anwar bertemu Prabowo di Jakarta semalam." | kenal render > page.html',
    )
    .action((inputs: string[], opts: ExtractCliOptions & { jsonl?: boolean }) => {
      run(runExtract(inputs, { ...opts, text: opts.text === true || (inputs.length === 0 && opts.jsonl !== true) }, 'render'));
    });
}
