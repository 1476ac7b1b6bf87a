// `kenal eval`: entity P/R/F1 per label against gold annotations, for CoNLL BIO files
// (seqeval-compatible chunks) and for the gold JSONL of ../shared/eval/ (exact span + label,
// as ../shared/tools/score.mjs counts them). Without --pred, kenal itself is run on the gold
// texts first (run-and-score).
import { readFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { KenalError } from '../errors.js';
import { type ConllDocument, parseConll, tagDocument } from '../formats/conll.js';
import { formatReport, type Report, type SpanDoc, scoreSequences, scoreSpans } from '../formats/eval.js';
import type { Pipeline } from '../pipeline/index.js';
import type { Span } from '../types.js';
import { decodeUtf8 } from './io.js';
import { normaliseDate, recordId } from './records.js';

export interface EvalOptions {
  readonly gold: string;
  readonly pred?: string;
  readonly goldFormat?: 'conll' | 'jsonl';
  readonly json?: boolean;
  readonly lexicon?: readonly string[];
}

const read = (p: string): string => decodeUtf8(readFileSync(p), p);

function readJsonl(p: string): Record<string, unknown>[] {
  return read(p)
    .split('\n')
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim() !== '')
    .map(([l, i]) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new KenalError('E_INPUT_TYPE', `${p}:${i + 1}: not JSON`);
      }
    });
}

const spanDoc = (r: Record<string, unknown>): SpanDoc => ({
  id: recordId(r) ?? '',
  entities: Array.isArray(r.entities) ? (r.entities as SpanDoc['entities']) : [],
});

/** Gold JSONL (../shared/eval/*.jsonl) against predicted results, or against kenal run on the gold texts. */
export function evalJsonl(gold: readonly Record<string, unknown>[], pred: readonly Record<string, unknown>[] | Pipeline): Report {
  const preds = Array.isArray(pred)
    ? pred
    : gold.map((g) => {
        const date = normaliseDate(g.date);
        const id = recordId(g) ?? '';
        return {
          id,
          ...(pred as Pipeline).extract(String(g.text ?? ''), { id, ...(date ? { date } : {}), fields: ['entities'] }),
        } as Record<string, unknown>;
      });
  return scoreSpans(gold.map(spanDoc), preds.map(spanDoc));
}

/** Tag each gold sentence's tokens by running kenal on the tokens joined with spaces. */
export function tagConll(gold: readonly ConllDocument[], pipeline: Pipeline): string[][] {
  const out: string[][] = [];
  for (const doc of gold) {
    for (const sent of doc.sentences) {
      const tokens: Span[] = [];
      let text = '';
      for (const t of sent) {
        if (text) text += ' ';
        tokens.push({ start: text.length, end: text.length + t.text.length, text: t.text });
        text += t.text;
      }
      const { entities } = pipeline.extract(text, { fields: ['entities'] });
      const tagged = tagDocument(text, entities, tokens, [{ start: 0, end: text.length, text }]);
      out.push(tagged.sentences.flatMap((s) => s.map((t) => t.tag)));
    }
  }
  return out;
}

export function evalConll(gold: readonly ConllDocument[], pred: readonly ConllDocument[] | Pipeline): Report {
  const g = gold.flatMap((d) => d.sentences.map((s) => s.map((t) => t.tag)));
  const p = Array.isArray(pred)
    ? pred.flatMap((d: ConllDocument) => d.sentences.map((s) => s.map((t) => t.tag)))
    : tagConll(gold, pred as Pipeline);
  return scoreSequences(g, p);
}

export async function runEval(o: EvalOptions): Promise<number> {
  const format = o.goldFormat ?? (/\.jsonl?$/.test(o.gold) ? 'jsonl' : 'conll');
  // loaded here, not at the top: every kenal command loads this module (see records.ts)
  const pipeline = async (): Promise<Pipeline> => {
    const [{ createPipeline }, { parseLexicon }] = await Promise.all([import('../pipeline/index.js'), import('../lexicon/index.js')]);
    return createPipeline({
      lexicons: (o.lexicon ?? []).map((p) => parseLexicon(read(p), p.endsWith('.json') ? 'json' : 'tsv', p).lexicon),
    });
  };
  let report: Report;
  if (format === 'jsonl') {
    report = evalJsonl(readJsonl(o.gold), o.pred !== undefined ? readJsonl(o.pred) : await pipeline());
  } else {
    report = evalConll(parseConll(read(o.gold)), o.pred !== undefined ? parseConll(read(o.pred)) : await pipeline());
  }
  const how =
    format === 'jsonl' ? 'exact span and label, per document (as ../shared/tools/score.mjs)' : 'CoNLL chunks, seqeval default mode';
  process.stdout.write(
    o.json
      ? `${JSON.stringify({ gold: o.gold, pred: o.pred ?? 'kenal', format, entities: report }, null, 2)}\n`
      : `entities: ${how}; gold ${o.gold}, prediction ${o.pred ?? 'kenal (run now)'}\n${formatReport(report)}`,
  );
  return 0;
}

export function registerEval(program: Command, run: (p: Promise<number>) => void): void {
  program
    .command('eval')
    .description('score entities (P/R/F1 per label) against gold CoNLL BIO or gold JSONL annotations')
    .requiredOption(
      '-g, --gold <file>',
      'gold annotations: CoNLL BIO (token ... tag a line) or JSONL ({id, text, entities:[{start,end,label}]} a line)',
    )
    .option(
      '-p, --pred <file>',
      'predictions in the same format (CoNLL with the same tokens, or kenal JSONL results); without it kenal runs on the gold texts',
    )
    .addOption(
      new Option('--gold-format <format>', 'format of the files (default: jsonl for .jsonl/.json, conll otherwise)').choices([
        'conll',
        'jsonl',
      ]),
    )
    .option('--lexicon <file...>', 'user lexicon(s) for the run-and-score mode')
    .option('--json', 'print the scores as JSON')
    .addHelpText(
      'after',
      `
CoNLL: chunks are read as seqeval does by default (conlleval: IOB1, IOB2 and IOBES tags; an I- after O
or after another label starts a chunk); ALL is the micro average. Run-and-score joins each sentence's
tokens with spaces, runs kenal on it and tags the same tokens.
JSONL: entities match on exact start, end and label, counted once per document; PER, ORG and LOC only;
a gold document missing from the prediction counts as predicting nothing.

Examples:
  kenal eval --gold ../shared/eval/dev/gold.jsonl                 # run kenal and score
  kenal eval --gold ../shared/eval/dev/gold.jsonl --pred out.jsonl
  kenal eval --gold ../shared/data/wikiann-ms/dev.conll --pred pred.conll`,
    )
    .action((opts: EvalOptions) => {
      run(runEval(opts));
    });
}
