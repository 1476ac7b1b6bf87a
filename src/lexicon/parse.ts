import { assertText } from '../errors.js';
import { createLexicon } from './compile.js';
import type { Lexicon, LexiconEntry, LexiconMessage, WordListName, WordLists } from './types.js';
import { ENTRY_FIELDS, validateEntry, validateWord, type Where, WORD_FIELDS } from './validate.js';

export type LexiconFormat = 'json' | 'tsv';

export interface ParseResult {
  /** The valid rows; rows with errors are left out and reported in `messages`. */
  readonly lexicon: Lexicon;
  readonly messages: readonly LexiconMessage[];
}

export interface TsvRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}

/**
 * Read a TSV table: the first non-comment line is the header (field names), `#` starts a
 * comment line, blank lines are skipped, a missing trailing cell is empty.
 */
export function readTsv(text: string, lexicon: string, fields: readonly string[]): { rows: TsvRow[]; messages: LexiconMessage[] } {
  const rows: TsvRow[] = [];
  const messages: LexiconMessage[] = [];
  let header: string[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (header === undefined) {
      header = cells.map((c) => c.trim());
      for (const h of header) {
        if (!fields.includes(h)) {
          messages.push({
            code: 'lexicon/unknown-column',
            message: `${lexicon}:${line}: unknown column ${JSON.stringify(h)} (expected some of ${fields.join(', ')})`,
            lexicon,
            line,
          });
        }
      }
      return;
    }
    if (cells.length > header.length) {
      messages.push({
        code: 'lexicon/extra-cells',
        message: `${lexicon}:${line}: ${cells.length} cells but the header has ${header.length}`,
        lexicon,
        line,
      });
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      const cell = cells[j];
      if (cell !== undefined && cell !== '') record[h] = cell;
    });
    rows.push({ line, record });
  });
  if (header === undefined) messages.push({ code: 'lexicon/empty', message: `${lexicon}: no header row`, lexicon });
  return { rows, messages };
}

/** 1-based line of each top-level element of the entries array (root array or `{"entries": [...]}`). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      const atEntries = (stack.length === 1 && stack[0] === '[') || (stack.length === 2 && stack[0] === '{' && stack[1] === '[');
      if (c === '{' && atEntries) lines.push(line);
      stack.push(c);
    } else if (c === '}' || c === ']') stack.pop();
  }
  return lines;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

const WORD_LISTS: readonly WordListName[] = ['titles', 'orgHeads', 'particles', 'ambiguous', 'nonEntities'];

/** Validate rows of one word list (shared by the build and by JSON user lexicons). */
export function validateWordRows<K extends WordListName>(
  list: K,
  rows: readonly { readonly raw: Readonly<Record<string, unknown>>; readonly where: Where }[],
): { words: WordLists[K]; messages: LexiconMessage[] } {
  const words: unknown[] = [];
  const messages: LexiconMessage[] = [];
  for (const { raw, where } of rows) {
    const r = validateWord(list, raw, where);
    messages.push(...r.messages);
    if (r.value !== undefined) words.push(r.value);
  }
  return { words: words as unknown as WordLists[K], messages };
}

/** Parse a word list in TSV (columns: see WORD_FIELDS). */
export function parseWordList<K extends WordListName>(
  text: string,
  list: K,
  name: string,
): { words: WordLists[K]; messages: LexiconMessage[] } {
  const { rows, messages } = readTsv(text, name, WORD_FIELDS[list]);
  const r = validateWordRows(
    list,
    rows.map(({ line, record }) => ({ raw: record, where: { lexicon: name, line } })),
  );
  return { words: r.words, messages: [...messages, ...r.messages] };
}

/** Validate raw entries; duplicate ids within one lexicon are errors (first row wins). */
export function validateEntries(rows: readonly { readonly raw: Readonly<Record<string, unknown>>; readonly where: Where }[]): {
  entries: LexiconEntry[];
  messages: LexiconMessage[];
} {
  const entries: LexiconEntry[] = [];
  const messages: LexiconMessage[] = [];
  const seen = new Map<string, Where>();
  for (const { raw, where } of rows) {
    const r = validateEntry(raw, where);
    messages.push(...r.messages);
    if (r.value === undefined) continue;
    const first = seen.get(r.value.id);
    if (first !== undefined) {
      const at = where.line !== undefined ? `${where.lexicon}:${where.line}` : `${where.lexicon} (${where.row ?? '?'})`;
      const m = {
        code: 'lexicon/duplicate-id',
        message: `${at}: id ${r.value.id} already used${first.line !== undefined ? ` on line ${first.line}` : ''}`,
        lexicon: where.lexicon,
      };
      messages.push(where.line !== undefined ? { ...m, line: where.line } : m);
      continue;
    }
    seen.set(r.value.id, where);
    entries.push(r.value);
  }
  return { entries, messages };
}

/**
 * Parse a user lexicon. TSV: a header row naming entry fields (id, label, name, aliases as
 * "a|b", source, ...). JSON: an array of entries, or `{"entries": [...], "words": {"titles": [...], ...}}`.
 * Never throws on bad input: bad rows are left out and reported with their line.
 */
export function parseLexicon(text: string, format: LexiconFormat, name: string): ParseResult {
  assertText(text, 'lexicon text');
  const messages: LexiconMessage[] = [];
  let rawRows: { raw: Readonly<Record<string, unknown>>; where: Where }[] = [];
  const words: { -readonly [K in WordListName]: WordLists[K] } = {
    titles: [],
    orgHeads: [],
    particles: [],
    ambiguous: [],
    nonEntities: [],
  };
  if (format === 'tsv') {
    const t = readTsv(text, name, ENTRY_FIELDS);
    messages.push(...t.messages);
    rawRows = t.rows.map(({ line, record }) => ({ raw: record, where: { lexicon: name, line } }));
  } else if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const text0 = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(text0);
      const line = pos?.[1] !== undefined ? lineOf(text, Number(pos[1])) : undefined;
      const m = { code: 'lexicon/bad-json', message: `${name}${line !== undefined ? `:${line}` : ''}: ${text0}`, lexicon: name };
      messages.push(line !== undefined ? { ...m, line } : m);
      return { lexicon: createLexicon([], words, name), messages };
    }
    const lines = elementLines(text);
    let items: unknown[] | undefined;
    if (Array.isArray(data)) items = data;
    else if (typeof data === 'object' && data !== null) {
      const obj = data as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (key !== 'entries' && key !== 'words')
          messages.push({ code: 'lexicon/unknown-field', message: `${name}: unknown top-level key ${JSON.stringify(key)}`, lexicon: name });
      }
      const e = obj.entries;
      if (e !== undefined && !Array.isArray(e))
        messages.push({ code: 'lexicon/bad-type', message: `${name}: "entries" must be an array`, lexicon: name });
      items = Array.isArray(e) ? e : [];
      const w = obj.words;
      if (w !== undefined) {
        if (typeof w !== 'object' || w === null || Array.isArray(w)) {
          messages.push({ code: 'lexicon/bad-type', message: `${name}: "words" must be an object of word lists`, lexicon: name });
        } else {
          for (const [list, rows] of Object.entries(w as Record<string, unknown>)) {
            if (!WORD_LISTS.includes(list as WordListName) || !Array.isArray(rows)) {
              messages.push({
                code: 'lexicon/bad-word-list',
                message: `${name}: words.${list} is not a known word list array (${WORD_LISTS.join(', ')})`,
                lexicon: name,
              });
              continue;
            }
            const k = list as WordListName;
            const r = validateWordRows(
              k,
              rows.map((raw: unknown, i) => ({ raw: isRecord(raw) ? raw : {}, where: { lexicon: name, row: `words.${list}[${i}]` } })),
            );
            messages.push(...r.messages);
            (words as Record<WordListName, unknown>)[k] = r.words;
          }
        }
      }
    } else {
      messages.push({
        code: 'lexicon/bad-type',
        message: `${name}: expected an array of entries or an object with "entries"`,
        lexicon: name,
      });
      items = [];
    }
    rawRows = items.flatMap((raw, i) => {
      const line = lines[i];
      const where: Where = line !== undefined ? { lexicon: name, line, row: `entry ${i}` } : { lexicon: name, row: `entry ${i}` };
      if (!isRecord(raw)) {
        const m = {
          code: 'lexicon/bad-type',
          message: `${name}${line !== undefined ? `:${line}` : ''}: entry ${i} is not an object`,
          lexicon: name,
        };
        messages.push(line !== undefined ? { ...m, line } : m);
        return [];
      }
      return [{ raw, where }];
    });
  } else {
    messages.push({
      code: 'lexicon/bad-format',
      message: `${name}: unknown format ${JSON.stringify(format)} (json or tsv)`,
      lexicon: name,
    });
  }
  const v = validateEntries(rawRows);
  messages.push(...v.messages);
  return { lexicon: createLexicon(v.entries, words, name), messages };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
