import { describe, expect, it } from 'vitest';
import { createPipeline, extract, KenalError, parseLexicon } from '../../src/index.js';
import { bundledEntityModel } from '../../src/recognise/model.js';
import { parseIsoDate, resolveDate } from '../../src/tokenize/dates.js';
import type { DateUnit } from '../../src/types.js';

const TEXT = 'KUALA LUMPUR, 3 Mac – Menteri Luar, Razlan Hemdi berkata Malaysia bersedia minggu lalu.';

describe('extract() returns the result contract', () => {
  it('entities, relations, sentences and dates by default; tokens only when asked', () => {
    const r = extract(TEXT);
    expect(Object.keys(r).sort()).toEqual(['dates', 'entities', 'relations', 'sentences']);
    expect(extract(TEXT, { fields: ['tokens'] }).tokens?.length).toBeGreaterThan(5);
  });
  it('every span satisfies text.slice(start, end) === span.text', () => {
    const r = extract(TEXT);
    for (const s of [...r.entities, ...(r.sentences ?? []), ...(r.dates ?? [])]) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps the id it is given', () => {
    expect(extract(TEXT, { id: 'doc-7' }).id).toBe('doc-7');
  });
  it('resolves relative dates against the publication date', () => {
    const r = extract(TEXT, { date: '2024-03-05' });
    expect(r.dates?.find((d) => d.text === 'minggu lalu')?.value).toBe('2024-02-26/2024-03-03');
    expect(r.dates?.find((d) => d.text === '3 Mac')?.value).toBe('2024-03-03');
  });
});

describe('bad input gives a typed error with a stable code, never a crash deep inside', () => {
  it.each([
    ['null text', () => extract(null as unknown as string), 'E_INPUT_TYPE'],
    ['a number', () => extract(42 as unknown as string), 'E_INPUT_TYPE'],
    ['an unknown option', () => extract('x', { colour: 'red' } as never), 'E_OPTION'],
    ['a bad date', () => extract('x', { date: '2024-02-30' }), 'E_OPTION'],
    ['an unknown field', () => extract('x', { fields: ['people'] as never }), 'E_OPTION'],
    ['a text over the limit', () => createPipeline({ maxLength: 5 }).extract('abcdef'), 'E_INPUT_TOO_LARGE'],
    ['bad pipeline options', () => createPipeline({ relations: 'yes' } as never), 'E_OPTION'],
    [
      'an entity model whose clusters are no Map',
      () => createPipeline({ entityModel: { ...bundledEntityModel(), clusters: { Ahmad: 1 } } as never }),
      'E_OPTION',
    ],
  ])('%s', (_name, call, code) => {
    try {
      call();
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(KenalError);
      expect((e as KenalError).code).toBe(code);
    }
  });
});

describe('pipelines are immutable and independent', () => {
  it('a pipeline object is frozen', () => {
    expect(Object.isFrozen(createPipeline())).toBe(true);
  });
  it('a user lexicon makes a new pipeline and leaves the default one unchanged', () => {
    const { lexicon } = parseLexicon(
      'id\tlabel\tname\taliases\tsource\nper:gomasi\tPER\tGomasi Velaski\tGV\ttest fixture\n',
      'tsv',
      'test.tsv',
    );
    const custom = createPipeline({ lexicons: [lexicon] });
    expect(custom.extract('Kenyataan GV semalam.').entities[0]).toMatchObject({ text: 'GV', label: 'PER', kb: 'per:gomasi' });
    expect(extract('Kenyataan GV semalam.').entities.some((e) => e.kb === 'per:gomasi')).toBe(false);
  });
  it('one pipeline gives the same result whatever ran before (no state between calls)', () => {
    const p = createPipeline();
    const first = p.extract(TEXT);
    p.extract('Datuk Seri Velaski Gomasi tiba di Kaherah. Velaski berucap.');
    expect(p.extract(TEXT)).toEqual(first);
  });
});

describe('resolveDate against a reference day', () => {
  const ref = parseIsoDate('2024-01-21')!; // a Sunday
  const unit = (u: Partial<DateUnit>): DateUnit => ({ kind: 'date', start: 0, end: 0, text: '', tokenStart: 0, tokenEnd: 0, ...u });
  it.each([
    ['hari ini', unit({ relative: { unit: 'day', offset: 0 } }), '2024-01-21'],
    ['semalam', unit({ relative: { unit: 'day', offset: -1 } }), '2024-01-20'],
    ['minggu lalu', unit({ relative: { unit: 'week', offset: -1 } }), '2024-01-08/2024-01-14'],
    ['Khamis lalu', unit({ relative: { unit: 'weekday', offset: -1, weekday: 4 } }), '2024-01-18'],
    ['September lalu', unit({ relative: { unit: 'named-month', offset: -1, month: 9 } }), '2023-09'],
    ['14 Januari (no year)', unit({ value: '--01-14' }), '2024-01-14'],
    ['a full date stays as it is', unit({ value: '2024-01-16' }), '2024-01-16'],
  ])('%s', (_name, u, value) => {
    expect(resolveDate(u, ref)).toBe(value);
  });
  it('without a reference a relative date has no value', () => {
    expect(resolveDate(unit({ relative: { unit: 'day', offset: -1 } }), undefined)).toBeUndefined();
  });
});
