// Multi-token units: datelines, dates, times, money, percentages and quantities. Each matcher
// looks at a bounded window of tokens from a start position and either claims a run of
// tokens or claims nothing, so the pass is linear. Tokens inside a date, time, money,
// percent or quantity unit take that unit's kind; the unit keeps the value.

import type { DatelineUnit, DateUnit, RelativeDate, Span, TokenKind, Unit } from '../types.js';
import {
  AMBIGUOUS_MONTHS,
  DAY_PARTS,
  daysInMonth,
  MONTHS,
  PERIODS,
  pad2,
  RELATIVE_DAYS,
  RELATIVE_MODIFIERS,
  WEEKDAYS,
} from './calendar.js';
import { CURRENCY_PREFIXES, type TokenTable } from './scanner.js';

/** Currency words written after the amount: 2 juta ringgit, 500 dolar Singapura. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['ringgit', 'MYR'],
  ['sen', 'MYR'],
  ['dolar', 'USD'],
  ['dollar', 'USD'],
  ['yen', 'JPY'],
  ['euro', 'EUR'],
  ['paun', 'GBP'],
  ['pound', 'GBP'],
  ['rupiah', 'IDR'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['baht', 'THB'],
  ['won', 'KRW'],
  ['rupee', 'INR'],
  ['peso', 'PHP'],
  ['dong', 'VND'],
  ['riyal', 'SAR'],
  ['dirham', 'AED'],
]);
/** Country words after "dolar" that change the currency. */
const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ['as', 'USD'],
  ['amerika', 'USD'],
  ['singapura', 'SGD'],
  ['brunei', 'BND'],
  ['australia', 'AUD'],
  ['hong', 'HKD'],
  ['kanada', 'CAD'],
  ['taiwan', 'TWD'],
  ['zealand', 'NZD'],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['ribu', 1e3],
  ['juta', 1e6],
  ['bilion', 1e9],
  ['billion', 1e9],
  ['million', 1e6],
  ['trilion', 1e12],
  ['trillion', 1e12],
  ['thousand', 1e3],
  ['j', 1e6],
  ['b', 1e9],
]);
const QUANTITY_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'],
  ['kilometer', 'km'],
  ['kilometre', 'km'],
  ['m', 'm'],
  ['meter', 'm'],
  ['metre', 'm'],
  ['cm', 'cm'],
  ['mm', 'mm'],
  ['kg', 'kg'],
  ['kilogram', 'kg'],
  ['g', 'g'],
  ['gram', 'g'],
  ['tan', 't'],
  ['liter', 'l'],
  ['litre', 'l'],
  ['ml', 'ml'],
  ['hektar', 'ha'],
  ['ekar', 'acre'],
  ['c', '°C'],
  ['°c', '°C'],
  ['celsius', '°C'],
  ['f', '°F'],
  ['mw', 'MW'],
  ['gw', 'GW'],
  ['kw', 'kW'],
  ['km/j', 'km/h'],
  ['knot', 'kn'],
  ['tan metrik', 't'],
]);

export interface UnitPassResult {
  readonly units: Unit[];
  /** Token kind overrides for tokens inside units. */
  readonly kinds: TokenKind[];
}

interface Ctx {
  readonly text: string;
  readonly t: TokenTable;
  readonly norms: readonly string[];
}

const isNumberKind = (k: TokenKind | undefined): boolean => k === 'number';

function tokenText(c: Ctx, k: number): string {
  return c.text.slice(c.t.starts[k]!, c.t.ends[k]!);
}
function span(c: Ctx, a: number, b: number): Span {
  const start = c.t.starts[a]!;
  const end = c.t.ends[b - 1]!;
  return { start, end, text: c.text.slice(start, end) };
}
/** The token at k continues the same line as the token before it. */
function sameLine(c: Ctx, k: number): boolean {
  return k < c.t.starts.length && c.t.breaksBefore[k] === 0;
}
function isCapitalised(c: Ctx, k: number): boolean {
  const ch = c.text.charCodeAt(c.t.starts[k]!);
  return ch >= 65 && ch <= 90;
}
function isAllCapsWord(c: Ctx, k: number): boolean {
  if (c.t.kinds[k] !== 'word' && c.t.kinds[k] !== 'abbreviation') return false;
  // read in place: asked at every line start, where most words are not capitals
  const s = c.text;
  let letters = 0;
  for (let i = c.t.starts[k]!, end = c.t.ends[k]!; i < end; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 97 && ch <= 122) return false;
    if (ch >= 65 && ch <= 90) letters++;
    else if (ch > 127 && s[i] !== s[i]!.toUpperCase()) return false;
  }
  return letters >= 2;
}
function numberValue(s: string): number | undefined {
  const v = Number(s.replaceAll(',', ''));
  return Number.isFinite(v) ? v : undefined;
}
/** A month word without its abbreviation dot. */
function monthAt(c: Ctx, k: number): number | undefined {
  if (k >= c.norms.length) return undefined;
  const kind = c.t.kinds[k];
  if (kind !== 'word' && kind !== 'abbreviation') return undefined;
  const n = c.norms[k]!;
  return MONTHS.get(n.endsWith('.') ? n.slice(0, -1) : n);
}
function dayNumberAt(c: Ctx, k: number): number | undefined {
  if (k >= c.norms.length) return undefined;
  const n = c.norms[k]!;
  const kind = c.t.kinds[k];
  let digits = n;
  if (kind === 'date' && n.endsWith('hb')) digits = n.slice(0, -2);
  else if (kind !== 'number') return undefined;
  if (digits.length > 2 || !/^\d+$/.test(digits)) return undefined;
  const d = Number(digits);
  return d >= 1 && d <= 31 ? d : undefined;
}
function yearAt(c: Ctx, k: number): number | undefined {
  if (k >= c.norms.length || c.t.kinds[k] !== 'number') return undefined;
  const n = c.norms[k]!;
  if (n.length !== 4) return undefined;
  const y = Number(n);
  return y >= 1800 && y <= 2200 ? y : undefined;
}
function isPunct(c: Ctx, k: number, chars: string): boolean {
  return k < c.norms.length && c.t.kinds[k] === 'punctuation' && chars.includes(c.norms[k]!);
}
function isDashToken(c: Ctx, k: number): boolean {
  if (k >= c.norms.length || c.t.kinds[k] !== 'punctuation') return false;
  const s = c.norms[k]!;
  for (let i = 0; i < s.length; i++) if (s[i] !== '-') return false;
  return true;
}

function isoDate(y: number | undefined, m: number, d: number | undefined): string | undefined {
  if (d !== undefined && d > daysInMonth(y ?? 2000, m)) return undefined;
  if (y === undefined) return d === undefined ? `--${pad2(m)}` : `--${pad2(m)}-${pad2(d)}`;
  return d === undefined ? `${y}-${pad2(m)}` : `${y}-${pad2(m)}-${pad2(d)}`;
}

interface Match<U> {
  readonly end: number;
  readonly unit: U;
}

/**
 * An absolute date from k: "16 Januari 2024", "21 JAN", "12hb Mac", "July 27, 2024",
 * "Saturday, July 27, 2024", "Januari 2024".
 */
function matchAbsoluteDate(c: Ctx, k: number, afterWeekday = false): Match<{ value?: string }> | undefined {
  const p = k;
  // optional weekday and comma: "Saturday, July 27, 2024", "Khamis, 5 Mac"
  if (!afterWeekday && WEEKDAYS.has(c.norms[p] ?? '') && isCapitalised(c, p) && isPunct(c, p + 1, ',') && sameLine(c, p + 2)) {
    const inner = matchAbsoluteDate(c, p + 2, true);
    if (inner && (inner.unit.value?.length ?? 0) >= 7) return inner;
  }
  const day = dayNumberAt(c, p);
  if (day !== undefined && sameLine(c, p + 1)) {
    const m = monthAt(c, p + 1);
    if (m !== undefined) {
      let end = p + 2;
      let y: number | undefined;
      if (sameLine(c, end) && yearAt(c, end) !== undefined) y = yearAt(c, end++);
      else if (isPunct(c, end, ',') && sameLine(c, end) && sameLine(c, end + 1) && yearAt(c, end + 1) !== undefined) {
        y = yearAt(c, end + 1);
        end += 2;
      }
      const value = isoDate(y, m, day);
      return { end, unit: value ? { value } : {} };
    }
    // "12hb" alone
    if (c.t.kinds[p] === 'date') return { end: p + 1, unit: { value: `---${pad2(day)}` } };
    return undefined;
  }
  const m = monthAt(c, p);
  if (m !== undefined && isCapitalised(c, p)) {
    // English order: July 27, 2024
    const d = sameLine(c, p + 1) ? dayNumberAt(c, p + 1) : undefined;
    if (d !== undefined && c.t.kinds[p + 1] === 'number') {
      let end = p + 2;
      let y: number | undefined;
      if (isPunct(c, end, ',') && sameLine(c, end) && sameLine(c, end + 1) && yearAt(c, end + 1) !== undefined) {
        y = yearAt(c, end + 1);
        end += 2;
      }
      if (y !== undefined || !AMBIGUOUS_MONTHS.has(c.norms[p]!)) {
        const value = isoDate(y, m, d);
        return { end, unit: value ? { value } : {} };
      }
    }
    // month and year: Januari 2024
    const y = sameLine(c, p + 1) ? yearAt(c, p + 1) : undefined;
    if (y !== undefined) return { end: p + 2, unit: { value: isoDate(y, m, undefined)! } };
  }
  return undefined;
}

/** Relative dates: hari ini, semalam, minggu lalu, Khamis lalu, September lalu, tahun 2024. */
function matchRelativeDate(c: Ctx, k: number): Match<{ value?: string; relative?: RelativeDate }> | undefined {
  const w = c.norms[k]!;
  const next = sameLine(c, k + 1) ? c.norms[k + 1] : undefined;
  const rd = RELATIVE_DAYS.get(w);
  if (rd !== undefined) return { end: k + 1, unit: { relative: { unit: 'day', offset: rd } } };
  const period = PERIODS.get(w);
  if (period !== undefined && next !== undefined) {
    if (period === 'year' && c.t.kinds[k + 1] === 'number' && yearAt(c, k + 1) !== undefined) {
      return { end: k + 2, unit: { value: String(yearAt(c, k + 1)) } };
    }
    const mod = RELATIVE_MODIFIERS.get(next);
    if (mod !== undefined && !(period === 'day' && mod !== 0)) {
      // "hari ini"; "hari lalu" is not a date
      return { end: k + 2, unit: { relative: { unit: period, offset: mod } } };
    }
    // "minggu depan ini" is rare; "hari Khamis lalu" is handled from the weekday
  }
  const wd = WEEKDAYS.get(w);
  if (wd !== undefined && isCapitalised(c, k)) {
    const mod = next !== undefined ? RELATIVE_MODIFIERS.get(next) : undefined;
    if (mod !== undefined && next !== 'akan') return { end: k + 2, unit: { relative: { unit: 'weekday', offset: mod, weekday: wd } } };
    return { end: k + 1, unit: { relative: { unit: 'weekday', offset: 0, weekday: wd } } };
  }
  const m = MONTHS.get(w);
  if (m !== undefined && isCapitalised(c, k) && !AMBIGUOUS_MONTHS.has(w)) {
    const mod = next !== undefined ? RELATIVE_MODIFIERS.get(next) : undefined;
    if (mod !== undefined && next !== 'akan') return { end: k + 2, unit: { relative: { unit: 'named-month', offset: mod, month: m } } };
    return { end: k + 1, unit: { relative: { unit: 'named-month', offset: 0, month: m } } };
  }
  return undefined;
}

/** Times: pukul 3 petang, jam 8.30 pagi, 10.30 pagi, 3 petang, 5pm, 10:30. */
function matchTime(c: Ctx, k: number): Match<{ value?: string }> | undefined {
  let p = k;
  const w = c.norms[k]!;
  const lead = w === 'pukul' || w === 'jam';
  if (lead) p++;
  if (!sameLine(c, p) && lead) return undefined;
  const kind = c.t.kinds[p];
  const tok = c.norms[p];
  if (tok === undefined) return undefined;
  let h: number | undefined;
  let min = 0;
  let part: string | undefined;
  let hasMinutes = false;
  if (kind === 'number') {
    const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(tok);
    if (!m) return undefined;
    h = Number(m[1]);
    if (m[2] !== undefined) {
      min = Number(m[2]);
      hasMinutes = true;
    }
  } else if (kind === 'time') {
    const m = /^(\d{1,2})(?:[.:](\d{2}))?(am|pm|pg|ptg)$/.exec(tok);
    if (!m) return undefined;
    h = Number(m[1]);
    if (m[2] !== undefined) min = Number(m[2]);
    part = m[3];
    hasMinutes = true;
  } else return undefined;
  p++;
  if (part === undefined && sameLine(c, p) && p < c.norms.length) {
    const two = p + 1 < c.norms.length && sameLine(c, p + 1) ? `${c.norms[p]} ${c.norms[p + 1]}` : '';
    if (DAY_PARTS.has(two)) {
      part = two;
      p += 2;
    } else if (DAY_PARTS.has(c.norms[p]!)) {
      part = c.norms[p];
      p++;
    }
  }
  if (h > 24 || min > 59) return undefined;
  // a bare number is a time only with "pukul"/"jam" and a day part, or minutes and a day part
  const dp = part !== undefined ? DAY_PARTS.get(part) : undefined;
  if (!lead && dp === undefined) return undefined;
  if (!lead && !hasMinutes && (dp === 'night' || dp === undefined)) return undefined;
  if (lead && w === 'jam' && dp === undefined && !hasMinutes) return undefined;
  let hour = h;
  if ((dp === 'pm' || dp === 'night') && hour < 12 && !(dp === 'night' && hour < 5)) hour += 12;
  if (dp === 'noon' && hour < 11) hour += 12; // 1 tengah hari = 13:00
  if (part === 'tengah malam' && hour === 12) hour = 0;
  if (dp === 'am' && hour === 12) hour = 0;
  return { end: p, unit: { value: `${pad2(hour % 24)}:${pad2(min)}` } };
}

function scaleAt(c: Ctx, k: number): number | undefined {
  if (k >= c.norms.length || !sameLine(c, k)) return undefined;
  return SCALES.get(c.norms[k]!);
}

/**
 * A money unit's value and currency, each only when known, in that order (the fields a spread of
 * optional parts gave, without the spread's copies: an amount costs several of them otherwise).
 */
function moneyUnit(value: number | undefined, currency: string | undefined): { value?: number; currency?: string } {
  const u: { value?: number; currency?: string } = {};
  if (value !== undefined) u.value = value;
  if (currency !== undefined) u.currency = currency;
  return u;
}

/** A quantity unit's value, only when known, then its unit of measure (as moneyUnit). */
function quantityUnit(value: number | undefined, unit: string): { value?: number; unit: string } {
  return value !== undefined ? { value, unit } : { unit };
}

/** Money: RM1.5 bilion, RM 300, B$50, BND 2 juta, 2 juta ringgit, 500 dolar Singapura. */
function matchMoney(c: Ctx, k: number): Match<{ value?: number; currency?: string }> | undefined {
  const kind = c.t.kinds[k];
  // the token's text is sliced only for the kinds that read it (not for every number)
  const raw = kind === 'money' || kind === 'word' || kind === 'symbol' ? tokenText(c, k) : '';
  let p = k;
  let amount: number | undefined;
  let currency: string | undefined;
  if (kind === 'money') {
    let i = 0;
    while (i < raw.length && !(raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57)) i++;
    currency = CURRENCY_PREFIXES.get(raw.slice(0, i));
    amount = numberValue(raw.slice(i));
    p++;
  } else if ((kind === 'word' || kind === 'symbol') && CURRENCY_PREFIXES.has(raw) && sameLine(c, k + 1) && c.t.kinds[k + 1] === 'number') {
    currency = CURRENCY_PREFIXES.get(raw);
    amount = numberValue(c.norms[k + 1]!);
    p += 2;
  } else if (isNumberKind(kind)) {
    // amount first, currency word after, with an optional scale between
    let q = k + 1;
    const scale = scaleAt(c, q);
    if (scale !== undefined) q++;
    if (q < c.norms.length && sameLine(c, q)) {
      const cw = CURRENCY_WORDS.get(c.norms[q]!);
      if (cw !== undefined) {
        let cur = cw;
        let end = q + 1;
        const country = sameLine(c, end) ? DOLLAR_COUNTRIES.get(c.norms[end] ?? '') : undefined;
        if ((c.norms[q] === 'dolar' || c.norms[q] === 'dollar') && country !== undefined) {
          cur = country;
          end++;
        }
        const v = numberValue(c.norms[k]!);
        const value = v === undefined ? undefined : (v * (scale ?? 1)) / (c.norms[q] === 'sen' ? 100 : 1);
        return { end, unit: moneyUnit(value, cur) };
      }
    }
    return undefined;
  } else return undefined;
  const scale = scaleAt(c, p);
  if (scale !== undefined) p++;
  const value = amount === undefined ? undefined : amount * (scale ?? 1);
  return { end: p, unit: moneyUnit(value, currency) };
}

function matchPercent(c: Ctx, k: number): Match<{ value?: number }> | undefined {
  const kind = c.t.kinds[k];
  if (kind === 'percent') {
    const v = numberValue(c.norms[k]!.slice(0, -1));
    return { end: k + 1, unit: v !== undefined ? { value: v } : {} };
  }
  if (kind === 'number' && sameLine(c, k + 1) && (c.norms[k + 1] === 'peratus' || c.norms[k + 1] === 'percent')) {
    const v = numberValue(c.norms[k]!);
    return { end: k + 2, unit: v !== undefined ? { value: v } : {} };
  }
  return undefined;
}

function matchQuantity(c: Ctx, k: number): Match<{ value?: number; unit: string }> | undefined {
  const kind = c.t.kinds[k];
  if (kind === 'quantity') {
    const s = c.norms[k]!;
    let i = 0;
    while (i < s.length && ((s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) || s[i] === '.' || s[i] === ',')) i++;
    const v = numberValue(s.slice(0, i));
    return { end: k + 1, unit: quantityUnit(v, QUANTITY_UNITS.get(s.slice(i)) ?? s.slice(i)) };
  }
  if (kind !== 'number' || !sameLine(c, k + 1)) return undefined;
  let q = k + 1;
  let name = c.norms[q];
  if (name === '°' && sameLine(c, q + 1)) {
    q++;
    name = `°${c.norms[q]}`;
  }
  if (name === undefined) return undefined;
  const unit = QUANTITY_UNITS.get(name);
  if (unit === undefined) return undefined;
  // single letters are units only in their written case: 27.1 C, 5 km (not "5 m" of a list)
  if ((name === 'c' || name === 'f') && tokenText(c, q) !== name.toUpperCase()) return undefined;
  if (name === 'm' || name === 'g') return undefined;
  const v = numberValue(c.norms[k]!);
  return { end: q + 1, unit: quantityUnit(v, unit) };
}

/**
 * A dateline at the start of a line: "PYONGYANG, 21 JAN –", "KUALA LUMPUR 11 Okt. -",
 * "BANDAR SERI BEGAWAN, 5 Mac -", "PUTRAJAYA:", "KUALA LUMPUR, 5 Mac (Bernama) --".
 * The place is upper case (or title case when a date follows, or at the very start).
 */
function matchDateline(c: Ctx, k: number): Match<Omit<DatelineUnit, keyof Span | 'kind' | 'tokenStart' | 'tokenEnd'>> | undefined {
  const n = c.norms.length;
  let p = k;
  const caps = isAllCapsWord(c, k);
  while (p < n && p - k < 6 && (p === k || sameLine(c, p)) && (caps ? isAllCapsWord(c, p) : isCapitalised(c, p) && c.t.kinds[p] === 'word'))
    p++;
  if (p === k) return undefined;
  let q = p;
  if (isPunct(c, q, ',') && sameLine(c, q)) q++;
  // A line that starts in mixed case ("Beliau berkata ...") is a dateline only with a date,
  // and a date starts with a number or a capitalised word: most line starts end here.
  if (!caps && k !== 0 && !(sameLine(c, q) && (c.t.kinds[q] === 'number' || isCapitalised(c, q)))) return undefined;
  let date: Span | undefined;
  let value: string | undefined;
  if (sameLine(c, q)) {
    const d = matchAbsoluteDate(c, q);
    if (d && c.t.kinds[q] !== 'date') {
      date = span(c, q, d.end);
      value = d.unit.value;
      q = d.end;
    }
  }
  // optional "(Bernama)"
  if (isPunct(c, q, '(') && sameLine(c, q) && q + 2 < n && isPunct(c, q + 2, ')') && sameLine(c, q + 2)) q += 3;
  if (!sameLine(c, q) || q >= n) return undefined;
  const colon = isPunct(c, q, ':');
  if (!isDashToken(c, q) && !colon) return undefined;
  if (!date && !caps && k !== 0) return undefined;
  if (!date && !caps && !colon) return undefined;
  // the place span is built only for a dateline found (most line starts are none)
  return { end: q + 1, unit: { place: span(c, k, p), ...(date ? { date } : {}), ...(value ? { value } : {}) } };
}

/**
 * The words that may follow a number that opens a unit, on its line, by the matchers that start
 * at a number: a month (matchAbsoluteDate: 16 Januari, 11 Okt.), a day part or the first word of
 * one (matchTime: 3 petang, 8 tengah malam), a scale or a currency word (matchMoney: 2 juta
 * ringgit), peratus (matchPercent), a unit of measure or a degree sign (matchQuantity). Built
 * from the matchers' own tables; a number before any other word opens none.
 */
const NUMBER_FOLLOWERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...[...MONTHS.keys()].map((m) => `${m}.`),
  ...DAY_PARTS.keys(),
  ...[...DAY_PARTS.keys()].map((p) => p.split(' ')[0]!),
  ...SCALES.keys(),
  ...CURRENCY_WORDS.keys(),
  'peratus',
  'percent',
  ...QUANTITY_UNITS.keys(),
  '°',
]);

/** Words that can open a unit; any other word is skipped without trying the matchers. */
const UNIT_STARTERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...[...MONTHS.keys()].map((m) => `${m}.`),
  ...WEEKDAYS.keys(),
  ...PERIODS.keys(),
  ...RELATIVE_DAYS.keys(),
  'pukul',
  'jam',
  ...[...CURRENCY_PREFIXES.keys()].map((c) => c.toLowerCase()),
]);

// Two bit masks of lengths, one by the first two characters and one by the last character of
// every starter (folded to 5 bits each): three array reads rule out almost every word (dan, itu,
// kepada) before the Set has to hash the string. A filter only: a pass still asks the Set.
const STARTER_HEADS = new Int32Array(1024);
const STARTER_TAILS = new Int32Array(32);
const lengthBit = (n: number): number => 1 << Math.min(n, 31);
// (charCodeAt(1) of a one-character word is NaN, which folds to 0 as it did for the starters)
for (const w of UNIT_STARTERS) {
  STARTER_HEADS[((w.charCodeAt(0) & 31) << 5) | (w.charCodeAt(1) & 31)]! |= lengthBit(w.length);
  STARTER_TAILS[w.charCodeAt(w.length - 1) & 31]! |= lengthBit(w.length);
}

export function findUnits(text: string, t: TokenTable, norms: readonly string[]): UnitPassResult {
  const c: Ctx = { text, t, norms };
  const kinds = t.kinds.slice();
  const units: Unit[] = [];
  const n = norms.length;
  const add = (u: Unit, kind: TokenKind | undefined): void => {
    units.push(u);
    // punctuation inside a unit ("July 27, 2024") stays punctuation
    if (kind !== undefined) for (let k = u.tokenStart; k < u.tokenEnd; k++) if (kinds[k] !== 'punctuation') kinds[k] = kind;
  };
  // units are built field by field: object spread here was a tenth of the tokenizer's time
  const make = <U extends Unit>(kind: U['kind'], a: number, b: number, extra: object): U => {
    const start = t.starts[a]!;
    const end = t.ends[b - 1]!;
    return Object.assign({ kind, start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b }, extra) as U;
  };
  const { starts, ends, plain, breaksBefore } = t;
  for (let k = 0; k < n; ) {
    if (k === 0 || breaksBefore[k]! > 0) {
      const d = matchDateline(c, k);
      if (d) {
        const u = make<DatelineUnit>('dateline', k, d.end, d.unit);
        units.push(u);
        // the date inside a dateline is also a date unit
        if (d.unit.date) {
          const ds = d.unit.date;
          let a = k;
          while (t.starts[a]! < ds.start) a++;
          let b = a;
          while (b < n && t.ends[b]! <= ds.end) b++;
          const du = make<DateUnit>('date', a, b, d.unit.value ? { value: d.unit.value } : {});
          add(du, 'date');
        }
        k = d.end;
        continue;
      }
    }
    const kind = t.kinds[k];
    // punctuation, addresses and emoji never open a unit; words only from the starter list
    if (kind === 'punctuation' || kind === 'url' || kind === 'emoji') {
      k++;
      continue;
    }
    if (kind === 'word' || kind === 'abbreviation') {
      // The starter filter written out here: called for every word, it was not inlined. A word
      // of ASCII letters only (plain) is read in the text, where its norm's letters are in
      // another case at most, which the filter folds anyway: reading the one text in order
      // measured faster than loading each word's norm string. The others read their norm.
      // (A second character that is not there counts as 0, as it did for the starters.)
      let len: number;
      let head: number;
      let last: number;
      if (plain[k] !== 0) {
        const a = starts[k]!;
        len = ends[k]! - a;
        head = ((text.charCodeAt(a) & 31) << 5) | (len > 1 ? text.charCodeAt(a + 1) & 31 : 0);
        last = text.charCodeAt(a + len - 1);
      } else {
        const w = norms[k]!;
        len = w.length;
        head = len > 0 ? ((w.charCodeAt(0) & 31) << 5) | (len > 1 ? w.charCodeAt(1) & 31 : 0) : 0;
        last = len > 0 ? w.charCodeAt(len - 1) : 0;
      }
      const bit = lengthBit(len);
      if ((STARTER_HEADS[head]! & bit) === 0 || (STARTER_TAILS[last & 31]! & bit) === 0 || !UNIT_STARTERS.has(norms[k]!)) {
        k++;
        continue;
      }
    }
    // a number opens a unit only before a word on its line that the matchers read after a number
    // (NUMBER_FOLLOWERS): most numbers ("10 orang", a year after its month) stop here, without
    // five matchers' regular expressions, look-ups and slices each
    if (kind === 'number' && (k + 1 >= n || breaksBefore[k + 1]! > 0 || !NUMBER_FOLLOWERS.has(norms[k + 1]!))) {
      k++;
      continue;
    }
    if (kind === 'word' || kind === 'number' || kind === 'date' || kind === 'abbreviation') {
      const a = matchAbsoluteDate(c, k);
      if (a) {
        add(make('date', k, a.end, a.unit), 'date');
        k = a.end;
        continue;
      }
    }
    if (kind === 'word' || kind === 'number' || kind === 'time') {
      const tm = matchTime(c, k);
      if (tm) {
        add(make('time', k, tm.end, tm.unit), 'time');
        k = tm.end;
        continue;
      }
    }
    if (kind === 'word') {
      const r = matchRelativeDate(c, k);
      if (r) {
        add(make('date', k, r.end, r.unit), 'date');
        k = r.end;
        continue;
      }
    }
    if (kind === 'date') {
      add(make('date', k, k + 1, dateTokenValue(c.norms[k]!)), 'date');
      k++;
      continue;
    }
    const money = matchMoney(c, k);
    if (money) {
      add(make('money', k, money.end, money.unit), 'money');
      k = money.end;
      continue;
    }
    const pct = matchPercent(c, k);
    if (pct) {
      add(make('percent', k, pct.end, pct.unit), 'percent');
      k = pct.end;
      continue;
    }
    const q = matchQuantity(c, k);
    if (q) {
      add(make('quantity', k, q.end, q.unit), 'quantity');
      k = q.end;
      continue;
    }
    k++;
  }
  return { units, kinds };
}

/** Value of a one-token date: 21/1/2024 (day first, as in Malaysia), 12hb. */
function dateTokenValue(norm: string): { value?: string } {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(norm);
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return {};
    const v = isoDate(y, month, Number(m[1]));
    return v ? { value: v } : {};
  }
  const h = /^(\d{1,2})hb$/.exec(norm);
  if (h) return { value: `---${pad2(Number(h[1]))}` };
  return {};
}
