// `kenal tokenize`: tokens, sentences or units of a text as JSON lines or a table.
import { type Command, Option } from 'commander';
import type { Segmentation, Token } from '../types.js';
import { readInput } from './io.js';

export interface TokenizeOptions {
  readonly format?: 'jsonl' | 'json' | 'table';
  readonly sentences?: boolean;
  readonly units?: boolean;
  readonly text?: boolean;
}

function extras(t: Token): string {
  const parts: string[] = [];
  if (t.reduplication) parts.push(`redup:${t.reduplication}`);
  if (t.clitics) parts.push(`clitics:${t.clitics.map((c) => (c.position === 'proclitic' ? `${c.form}-` : `-${c.form}`)).join(',')}`);
  if (t.stem) parts.push(`stem:${t.stem}`);
  return parts.join(' ');
}

const show = (s: string): string => JSON.stringify(s).slice(1, -1);

export function renderTable(seg: Segmentation, what: 'tokens' | 'sentences' | 'units'): string {
  const lines: string[] = [];
  if (what === 'sentences') {
    seg.sentences.forEach((s, i) => {
      lines.push(`${String(i + 1).padStart(4)}  ${String(s.start).padStart(6)}-${String(s.end).padEnd(6)} ${show(s.text)}`);
    });
  } else if (what === 'units') {
    for (const u of seg.units) {
      const value = 'value' in u && u.value !== undefined ? String(u.value) : '';
      const more =
        u.kind === 'dateline'
          ? `place=${u.place.text}`
          : u.kind === 'money'
            ? (u.currency ?? '')
            : u.kind === 'date' && u.relative
              ? JSON.stringify(u.relative)
              : '';
      lines.push(
        `${String(u.start).padStart(6)}-${String(u.end).padEnd(6)} ${u.kind.padEnd(9)} ${show(u.text).padEnd(28)} ${value} ${more}`.trimEnd(),
      );
    }
  } else {
    lines.push(`${'start'.padStart(6)} ${'end'.padStart(6)}  ${'kind'.padEnd(12)} ${'text'.padEnd(24)} ${'norm'.padEnd(20)} notes`);
    let s = 0;
    seg.tokens.forEach((t, k) => {
      const sentence = seg.sentences[s];
      if (sentence && k === sentence.tokenEnd) {
        lines.push('');
        s++;
      }
      lines.push(
        `${String(t.start).padStart(6)} ${String(t.end).padStart(6)}  ${t.kind.padEnd(12)} ${show(t.text).padEnd(24)} ${show(t.norm).padEnd(20)} ${extras(t)}`.trimEnd(),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

export function renderJson(seg: Segmentation, what: 'tokens' | 'sentences' | 'units', lines: boolean): string {
  const rows = what === 'sentences' ? seg.sentences : what === 'units' ? seg.units : seg.tokens;
  if (!lines) return `${JSON.stringify(rows, null, 2)}\n`;
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

export async function runTokenize(input: string | undefined, opts: TokenizeOptions): Promise<number> {
  const { text } = await readInput(input, opts.text === true);
  const { segment } = await import('../tokenize/index.js'); // not at the top: every kenal command loads this module
  const seg = segment(text);
  const what = opts.sentences ? 'sentences' : opts.units ? 'units' : 'tokens';
  const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  const out = format === 'table' ? renderTable(seg, what) : renderJson(seg, what, format === 'jsonl');
  process.stdout.write(out);
  return 0;
}

export function registerTokenize(program: Command, run: (p: Promise<number>) => void): void {
  program
    .command('tokenize')
    .description('split Malay text into tokens, sentences and units (dates, money, datelines)')
    .argument('[input]', 'a file, the text itself, or - for standard input (default: standard input)')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices([
        'jsonl',
        'json',
        'table',
      ]),
    )
    .option('-s, --sentences', 'print sentences instead of tokens')
    .option('-u, --units', 'print units (dates, times, money, percentages, quantities, datelines)')
    .option('-t, --text', 'treat the argument as text even if a file of that name exists')
    .addHelpText(
      'after',
      '\nExamples:\n  kenal tokenize examples/demo/berita.txt --format table\n  echo "Dr. Ahmad berkata RM1.5 bilion" | kenal tokenize\n  kenal tokenize --sentences "Beliau tiba.Kemudian berucap."',
    )
    .action((input: string | undefined, opts: TokenizeOptions) => {
      run(runTokenize(input, opts));
    });
}
