// The learned decision stage: candidate windows (where the model may put a name), and what it
// decides within them. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/gazetteer/index.js';
import { createPipeline } from '../../src/index.js';
import { softmaxAt } from '../../src/learn/linear.js';
import { loadBundledLexicon } from '../../src/lexicon/index.js';
import { bioTransitions, decide, ENTITY_TAGS, emissions, tagWindows } from '../../src/recognise/decide.js';
import { FormTable } from '../../src/recognise/form-table.js';
import { propose } from '../../src/recognise/index.js';
import { bundledEntityModel } from '../../src/recognise/model.js';
import { MAX_WINDOW_TOKENS, windowsOf } from '../../src/recognise/windows.js';
import { buildWordKnowledge } from '../../src/recognise/words.js';
import type { TokenColumns } from '../../src/tokenize/columns.js';
import { segment } from '../../src/tokenize/index.js';
import { Vocabulary } from '../../src/tokenize/vocabulary.js';
import type { Token } from '../../src/types.js';

const lexicon = loadBundledLexicon();
const res = Object.freeze({ gazetteer: buildGazetteer(lexicon), words: buildWordKnowledge(lexicon) });

/** The texts of a sentence's candidate windows. */
function windows(text: string): string[] {
  const seg = segment(text);
  return windowsOf(seg, propose(text, seg, res)).map((w) => text.slice(seg.tokens[w.start]!.start, seg.tokens[w.end - 1]!.end));
}

describe('candidate windows', () => {
  it.each([
    ['capitalised runs', 'Ketika itu Ahmad Fauzi Rahman tiba di Ipoh.', ['Ahmad Fauzi Rahman', 'Ipoh']],
    ['a capitalised first word that is an ordinary word opens no window', 'Menurut beliau, Ipoh sesak.', ['Ipoh']],
    ['"bin" inside a name', 'Anak Razali bin Omar hadir.', ['Anak Razali bin Omar']],
    ['"dan" inside an organisation name', 'Fakulti Sains dan Teknologi dibuka.', ['Fakulti Sains dan Teknologi']],
    // a window ends on a word: a short form in brackets is its own mention when the name does not go on
    ['a bracketed short form', 'Persatuan Nelayan Kuala Kedah (PNKK) bermesyuarat.', ['Persatuan Nelayan Kuala Kedah (PNKK']],
    ['a relative date is no name', 'Semalam Ahmad Fauzi Rahman tiba.', ['Ahmad Fauzi Rahman']],
    ['a date after a name cuts the window', 'Lawatan Kim Jong Un September lalu ke Rusia.', ['Lawatan Kim Jong Un', 'Rusia']],
    ['lower-case words stay outside', 'mereka berkata begitu.', []],
  ])('%s', (_name, text, expected) => {
    expect(windows(text)).toEqual(expected);
  });

  it(`cuts a page of capitalised words into windows of at most ${MAX_WINDOW_TOKENS} tokens`, () => {
    const text = 'Korea '.repeat(500);
    const seg = segment(text);
    const ws = windowsOf(seg, propose(text, seg, res));
    expect(ws.length).toBeGreaterThan(1);
    for (const w of ws) expect(w.end - w.start).toBeLessThanOrEqual(MAX_WINDOW_TOKENS);
  });
});

describe('decide', () => {
  const model = bundledEntityModel();
  const text =
    'KUALA LUMPUR, 3 Mac – Menteri Pertanian, Datuk Razlan Hemdi berkata Kementerian Pertanian dan Industri Makanan akan bertemu wakil Persatuan Nelayan Kedah di Alor Setar esok.';
  const seg = segment(text);
  const mentions = decide(text, seg, propose(text, seg, res), res, model);

  it('gives spans that are slices of the text, in order, without overlap, scored 0..1', () => {
    let end = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(end);
      expect(text.slice(m.start, m.end)).toBe(text.slice(seg.tokens[m.tokenStart]!.start, seg.tokens[m.tokenEnd - 1]!.end));
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      end = m.end;
    }
  });

  it('finds the dateline place, the person after the title, the ministry and the place', () => {
    const found = mentions.map((m) => `${m.label}:${text.slice(m.start, m.end)}`);
    expect(found).toContain('LOC:KUALA LUMPUR');
    expect(found).toContain('PER:Razlan Hemdi');
    expect(found).toContain('LOC:Alor Setar');
    expect(found.some((f) => f.startsWith('ORG:Kementerian Pertanian'))).toBe(true);
  });

  it('is deterministic', () => {
    expect(decide(text, seg, propose(text, seg, res), res, model)).toEqual(mentions);
  });
});

describe('the entityModel pipeline option', () => {
  it('null keeps the recognisers own choice', () => {
    const text = 'Presiden Rusia, Vladimir Putin bertemu Kim Jong Un di Vladivostok.';
    const rules = createPipeline({ entityModel: null }).extract(text).entities;
    expect(rules.map((e) => e.text)).toContain('Vladimir Putin');
    expect(rules.every((e) => e.source !== 'model')).toBe(true);
  });

  it.each([
    ['a string', 'model'],
    ['an object of the wrong shape', { bits: 2, classes: ['O'] }],
  ])('rejects %s with E_OPTION', (_name, bad) => {
    expect(() => createPipeline({ entityModel: bad as never })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    expect(() => createPipeline({ relationModel: bad as never })).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
  });

  it('leaves all-capitals text to the rules (the model learnt from mixed-case news)', () => {
    const text = 'PRESIDEN RUSIA, VLADIMIR PUTIN BERTEMU KIM JONG UN DI VLADIVOSTOK.';
    const withModel = createPipeline().extract(text).entities;
    const rules = createPipeline({ entityModel: null }).extract(text).entities;
    expect(withModel).toEqual(rules);
  });
});

describe('scores by word form (FormTable)', () => {
  const model = bundledEntityModel();
  // texts written for this test: names repeated, clitics, a dateline, capitals, an English sentence
  const texts = [
    'Menteri Besar Selangor, Datuk Seri Amirudin Shari berkata kerajaan negeri akan membina Hospital Kajang yang baharu.',
    'KOTA BHARU, 12 Mei – Polis menahan dua lelaki di Pasir Mas kerana disyaki mencuri motosikal milik Encik Zulkifli Hamid.',
    'Presiden Persatuan Peniaga Melayu, Haji Roslan Ismail menemui wakil Bank Negara Malaysia di Putrajaya. Menurutnya, Roslan dan Zulkifli hadir.',
    'Timbalan Menterinya, Puan Siti Aminah binti Hj. Abdullah (kanan) melawat Sekolah Kebangsaan Taman Melati, Kuala Lumpur.',
    'The Ministry of Finance said Malaysia Airlines and AirAsia Bhd will resume flights to Kota Kinabalu on Monday.',
    '“Kami akan bekerjasama dengan UMNO, PKR dan DAP,” kata Ahmad kepada pemberita di Johor Bahru hari ini.',
  ];
  const run = (text: string, forms: FormTable | undefined) => {
    const seg = segment(text);
    return emissions(text, seg, propose(text, seg, res), res, model, forms);
  };

  it('the model has integer weights, which a FormTable needs', () => {
    expect(FormTable.suits(model)).toBe(true);
  });

  it('gives the same scores, to the bit, as every row scored at every token; with the forms of earlier texts too', () => {
    const shared = new FormTable(model, model, res.words);
    for (const pass of [1, 2]) {
      for (const text of texts) {
        const slow = run(text, undefined);
        const fast = run(text, shared);
        expect(fast.windows, `${pass}: ${text}`).toEqual(slow.windows);
        expect(slow.emit.length).toBeGreaterThan(0);
        expect(Array.from(fast.emit), `${pass}: ${text}`).toEqual(Array.from(slow.emit));
      }
    }
  });

  it.each([1, 4, 40, 1 << 16])(
    'gives the same scores with vocabulary ids (forms found by id), the vocabulary starting again past %i texts',
    (bound) => {
      const shared = new FormTable(model, model, res.words);
      const vocabulary = new Vocabulary(bound);
      for (const pass of [1, 2]) {
        for (const text of texts) {
          const slow = run(text, undefined);
          const seg = segment(text, vocabulary);
          const fast = emissions(text, seg, propose(text, seg, res), res, model, shared);
          expect(fast.windows, `${pass}: ${text}`).toEqual(slow.windows);
          expect(Array.from(fast.emit), `${pass}: ${text}`).toEqual(Array.from(slow.emit));
        }
      }
    },
  );

  it("keeps each token's confidence: the softmax of its scores and moves after the tag before it", () => {
    const c = ENTITY_TAGS.length;
    const allowed = bioTransitions();
    for (const text of texts) {
      const seg = segment(text);
      const props = propose(text, seg, res);
      const { windows, emit } = emissions(text, seg, props, res, model, undefined);
      const { tags, confidence } = tagWindows(text, seg, props, res, model);
      const local = new Float64Array(c);
      let i = 0;
      for (const w of windows) {
        for (let j = i; j < i + w.end - w.start; j++) {
          const prev = j === i ? c : tags[j - 1]!;
          for (let k = 0; k < c; k++) local[k] = allowed[prev * c + k] ? emit[j * c + k]! + model.transitions[prev * c + k]! : -Infinity;
          expect(confidence[j]).toBe(Math.fround(softmaxAt(local, 0, c, tags[j]!)));
        }
        i += w.end - w.start;
      }
    }
  });

  it.each([
    [1, false],
    [1, true],
    [50, false],
    [50, true],
    [500, true],
  ])('tags the same when the rows are scored a run of windows at a time (a run every %i rows, table %s)', (chunkRows, withTable) => {
    const text = texts.join('\n\n');
    const seg = segment(text);
    const props = propose(text, seg, res);
    const forms = withTable ? new FormTable(model, model, res.words) : undefined;
    const whole = tagWindows(text, seg, props, res, model, forms, 1 << 30);
    const runs = tagWindows(text, seg, props, res, model, forms, chunkRows);
    expect(whole.tags.length).toBeGreaterThan(50);
    expect(runs.windows).toEqual(whole.windows);
    expect(Array.from(runs.tags)).toEqual(Array.from(whole.tags));
    expect(Array.from(runs.confidence)).toEqual(Array.from(whole.confidence));
  });

  it('decides the same with or without a table', () => {
    const shared = new FormTable(model, model, res.words);
    for (const text of texts) {
      const seg = segment(text);
      const props = propose(text, seg, res);
      expect(decide(text, seg, props, res, model, shared)).toEqual(decide(text, seg, props, res, model));
    }
  });

  // one token as columns (a stem other than the norm: the word had clitics)
  const tok = (text: string, norm: string, kind: Token['kind'], stem?: string): TokenColumns => ({
    text,
    size: 1,
    starts: Int32Array.of(0),
    ends: Int32Array.of(text.length),
    kinds: [kind],
    texts: [text],
    norms: [norm],
    stems: [stem ?? norm],
    flags: Uint8Array.of(0),
    clitics: new Map(),
    breaksBefore: Uint8Array.of(0),
  });
  it.each([
    ['the same text again', tok('Roslan', 'roslan', 'word'), tok('Roslan', 'roslan', 'word'), true],
    ['another text, the same lower-case form', tok('Roslan', 'roslan', 'word'), tok('ROSLAN', 'roslan', 'word'), false],
    ['the same text, another stem', tok('Menterinya', 'menterinya', 'word'), tok('Menterinya', 'menterinya', 'word', 'menteri'), false],
    ['the same text, another kind', tok('A.', 'a.', 'word'), tok('A.', 'a.', 'abbreviation'), false],
  ])('one form per text, lower-case form and kind: %s', (_name, a, b, same) => {
    const table = new FormTable(model, model, res.words);
    const x = table.idOf(a, 0);
    expect(table.idOf(b, 0) === x).toBe(same);
    expect(table.idOf(a, 0)).toBe(x);
  });

  it('serves only the model and word lists it was made with', () => {
    const table = new FormTable(model, model, res.words);
    expect(table.fits(model.bits, model, res)).toBe(true);
    expect(table.fits(model.bits, undefined, res)).toBe(false);
    expect(table.fits(model.bits + 1, model, res)).toBe(false);
  });
});
