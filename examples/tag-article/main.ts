// The tag-article example: one article through the API, printed as highlighted text in the
// terminal, then its entities (canonical name, kb id) and relations.
//
//   npx tsx examples/tag-article/main.ts [FILE] [--no-color]
//
// FILE defaults to examples/demo/berita.txt. Colour is used on a terminal unless --no-color
// or NO_COLOR is set; without colour, mentions are written [text]{LABEL}.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createPipeline, type DocumentResult, type Span } from '../../src/index.js';

export const DEMO = fileURLToPath(new URL('../demo/berita.txt', import.meta.url));

const COLOURS: Record<string, string> = { PER: '\x1b[45;97m', ORG: '\x1b[46;30m', LOC: '\x1b[43;30m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const UNDERLINE = '\x1b[4m';

/** The text with entity mentions (and relation triggers, in colour) marked. */
export function highlight(text: string, doc: DocumentResult, colour: boolean): string {
  const marks: { start: number; end: number; open: string; close: string }[] = [];
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start)) {
    if (marks.some((m) => m.start < e.end && e.start < m.end)) continue;
    marks.push(
      colour
        ? { start: e.start, end: e.end, open: COLOURS[e.label] ?? '', close: `${RESET}${DIM}${e.label}${RESET}` }
        : { start: e.start, end: e.end, open: '[', close: `]{${e.label}}` },
    );
  }
  if (colour) {
    for (const r of doc.relations) {
      if (marks.some((m) => m.start < r.trigger.end && r.trigger.start < m.end)) continue;
      marks.push({ start: r.trigger.start, end: r.trigger.end, open: UNDERLINE, close: RESET });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += text.slice(at, m.start) + m.open + text.slice(m.start, m.end) + m.close;
    at = m.end;
  }
  return out + text.slice(at);
}

const show = (doc: DocumentResult, s: Span | undefined): string => {
  if (s === undefined) return '';
  const e = doc.entities.find((x) => x.start === s.start && x.end === s.end);
  return e && e.canonical !== s.text ? `${s.text} (${e.canonical})` : s.text;
};

/** The whole printout for one text. */
export function tagArticle(text: string, colour: boolean, pipeline = createPipeline()): string {
  const doc = pipeline.extract(text);
  const lines = [highlight(text, doc, colour), '', `Entities (${doc.entities.length}):`];
  const w = Math.max(0, ...doc.entities.map((e) => e.text.length)) + 2;
  for (const e of doc.entities)
    lines.push(`  ${e.label.padEnd(4)}${e.text.padEnd(w)}${e.canonical}${e.kb !== undefined ? `  [${e.kb}]` : ''}`);
  lines.push('', `Relations (${doc.relations.length}):`);
  for (const r of doc.relations) {
    if (r.type === 'MEET')
      lines.push(
        `  MEET ${r.cameo} "${r.trigger.text}": ${r.participants.map((p) => show(doc, p)).join(' + ')}${r.place ? ` at ${show(doc, r.place)}` : ''}${r.time ? `, ${r.time.text}${r.time.value ? ` = ${r.time.value}` : ''}` : ''} (${r.modality})`,
      );
    else
      lines.push(
        `  ${r.act} ${r.cameo} "${r.trigger.text}": ${show(doc, r.speaker)}${r.speaker_via === 'pronoun' ? ' (via pronoun)' : ''}${r.target ? ` -> ${show(doc, r.target)}` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const noColour = args.includes('--no-color') || process.env.NO_COLOR !== undefined || !process.stdout.isTTY;
  const file = args.find((a) => !a.startsWith('--')) ?? DEMO;
  process.stdout.write(tagArticle(readFileSync(file, 'utf8'), !noColour));
}
