// Wrong types anywhere in the public API give a KenalError with a stable code, never a
// TypeError from deep inside the gazetteer or the tokenizer.
import { describe, expect, it } from 'vitest';
import { createPipeline, extract, KenalError, loadBundledLexicon, mergeLexicons, parseLexicon } from '../../src/index.js';

const USER_LEXICON = parseLexicon(
  'id\tlabel\tname\taliases\tsource\nper:gomasi\tPER\tGomasi Velaski\tGV\ttest fixture\n',
  'tsv',
  'test.tsv',
).lexicon;

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (!(e instanceof KenalError)) throw new Error(`not a KenalError: ${String(e)}`);
    expect(e.message.length).toBeGreaterThan(10);
    return e.code;
  }
  throw new Error('did not throw');
}

describe('extract(text) with a text that is not a string: E_INPUT_TYPE', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a bigint', 10n],
    ['a boolean', true],
    ['a symbol', Symbol('teks')],
    ['a function', () => 'Anwar'],
    ['an object', { text: 'Anwar Ibrahim' }],
    ['an array of strings', ['Anwar', 'Ibrahim']],
    ['a String object', new String('Anwar Ibrahim')],
    ['a Buffer', Buffer.from('Anwar Ibrahim')],
    ['a Uint16Array', new Uint16Array([65, 66])],
  ])('%s', (_name, v) => {
    expect(codeOf(() => extract(v as unknown as string))).toBe('E_INPUT_TYPE');
    expect(codeOf(() => createPipeline({ relations: false }).extract(v as unknown as string))).toBe('E_INPUT_TYPE');
  });
});

describe('extract options of the wrong type or size: E_OPTION', () => {
  it.each([
    ['null options', null],
    ['a string as options', 'entities'],
    ['an array as options', ['entities']],
    ['fields as a string', { fields: 'entities' }],
    ['fields with a hole', { fields: new Array(3) }],
    ['fields with a number', { fields: [1] }],
    ['an id that is a number', { id: 5 }],
    ['an id that is an object', { id: { a: 1 } }],
    ['a date that is a number', { date: 20240101 }],
    ['a date that is a Date', { date: new Date(0) }],
    ['a megabyte date', { date: '9'.repeat(1_000_000) }],
    ['an inherited id of the wrong type', Object.create({ id: 5 }) as unknown],
  ])('%s', (_name, o) => {
    expect(codeOf(() => extract('Anwar Ibrahim tiba.', o as never))).toBe('E_OPTION');
  });

  it('a million repeated valid fields is accepted and gives the same result as one', () => {
    const text = 'Anwar Ibrahim tiba di Kuala Lumpur.';
    expect(extract(text, { fields: new Array(1_000_000).fill('entities') })).toEqual(extract(text, { fields: ['entities'] }));
  });
});

describe('pipeline options of the wrong type or size: E_OPTION', () => {
  it.each([
    ['a string', 'x'],
    ['an array', []],
    ['maxLength Infinity', { maxLength: Infinity }],
    ['maxLength NaN', { maxLength: Number.NaN }],
    ['maxLength negative', { maxLength: -1 }],
    ['maxLength fractional', { maxLength: 1.5 }],
    ['maxLength as a string', { maxLength: '5' }],
    ['relations as a string', { relations: 'yes' }],
    ['lexicons as a string', { lexicons: 'user.tsv' }],
    ['lexicons holding null', { lexicons: [null] }],
    ['lexicons holding a number', { lexicons: [42] }],
    ['lexicons holding an empty object', { lexicons: [{}] }],
    ['lexicons holding a file name', { lexicons: ['user.tsv'] }],
    ['lexicon as a number', { lexicon: 42 }],
    ['lexicon null', { lexicon: null }],
    ['lexicon as a plain object', { lexicon: { version: 'x', entries: [] } }],
  ])('%s', (_name, o) => {
    expect(codeOf(() => createPipeline(o as never))).toBe('E_OPTION');
  });

  it('a huge maxLength is accepted and is only a limit', () => {
    expect(createPipeline({ maxLength: Number.MAX_SAFE_INTEGER }).extract('Anwar Ibrahim tiba.').entities.length).toBeGreaterThan(0);
    expect(createPipeline({ maxLength: 1e308 }).extract('Anwar Ibrahim tiba.').entities.length).toBeGreaterThan(0);
  });

  it('real lexicons are still accepted', () => {
    expect(
      createPipeline({ lexicon: loadBundledLexicon(), lexicons: [USER_LEXICON] }).extract('Kenyataan GV semalam.').entities[0]?.kb,
    ).toBe('per:gomasi');
    expect(mergeLexicons(loadBundledLexicon(), USER_LEXICON).byId('per:gomasi')).toBeDefined();
  });
});

describe('lexicon functions with wrong types', () => {
  it('parseLexicon of a non-string: E_INPUT_TYPE', () => {
    expect(codeOf(() => parseLexicon(null as never, 'tsv', 'x.tsv'))).toBe('E_INPUT_TYPE');
    expect(codeOf(() => parseLexicon(Buffer.from('id\tlabel') as never, 'tsv', 'x.tsv'))).toBe('E_INPUT_TYPE');
  });
  it('parseLexicon in an unknown format: a message, no throw', () => {
    expect(parseLexicon('x', 'xml' as never, 'x.xml').messages.map((m) => m.code)).toEqual(['lexicon/bad-format']);
  });
  it('mergeLexicons of something that is not a lexicon: E_OPTION', () => {
    expect(codeOf(() => mergeLexicons(null as never))).toBe('E_OPTION');
    expect(codeOf(() => mergeLexicons(loadBundledLexicon(), {} as never))).toBe('E_OPTION');
  });
});
