// Calendar words: Malay and English months and weekdays, and the relative-time words of
// Malay news. Malay forms follow Dewan Bahasa dan Pustaka usage (Januari ... Disember,
// abbreviated Jan, Feb, Mac, Apr, Mei, Jun, Julai/Jul, Ogos/Ogo, Sept/Sep, Okt, Nov, Dis),
// as also listed in CLDR's Malay calendar data.

/** Month number by lower-cased name or abbreviation. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1],
  ['jan', 1],
  ['january', 1],
  ['februari', 2],
  ['feb', 2],
  ['february', 2],
  ['febuari', 2],
  ['mac', 3],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['mei', 5],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['julai', 7],
  ['jul', 7],
  ['july', 7],
  ['ogos', 8],
  ['ogo', 8],
  ['ogs', 8],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['oktober', 10],
  ['okt', 10],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['disember', 12],
  ['dis', 12],
  ['december', 12],
  ['dec', 12],
]);

/** Month words that are also everyday words or names: only a month next to a number or year. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set([
  'mac',
  'mei',
  'jun',
  'may',
  'mar',
  'jan',
  'dis',
  'sep',
  'apr',
  'jul',
  'nov',
  'dec',
  'oct',
  'feb',
  'aug',
]);

/** ISO weekday (1 = Monday) by lower-cased name. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['isnin', 1],
  ['selasa', 2],
  ['rabu', 3],
  ['khamis', 4],
  ['jumaat', 5],
  ['sabtu', 6],
  ['ahad', 7],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

/** "lalu", "depan" ...: the offset they give to minggu/bulan/tahun/weekday/month. */
export const RELATIVE_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['lalu', -1],
  ['lepas', -1],
  ['sudah', -1],
  ['ini', 0],
  ['depan', 1],
  ['hadapan', 1],
  ['akan', 1],
  ['datang', 1],
]);

/** Period nouns that combine with a modifier: minggu lalu, bulan depan, tahun ini, hari ini. */
export const PERIODS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'> = new Map([
  ['hari', 'day'],
  ['minggu', 'week'],
  ['bulan', 'month'],
  ['tahun', 'year'],
]);

/** One-word relative days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['semalam', -1],
  ['kelmarin', -1],
  ['esok', 1],
  ['besok', 1],
  ['lusa', 2],
  ['yesterday', -1],
  ['today', 0],
  ['tomorrow', 1],
]);

/** Parts of the day, for times: pukul 3 petang, 10.30 pagi. The number is the hour offset for 12-hour times. */
export const DAY_PARTS: ReadonlyMap<string, 'am' | 'pm' | 'night' | 'noon'> = new Map([
  ['pagi', 'am'],
  ['subuh', 'am'],
  ['tengah hari', 'noon'],
  ['tengahari', 'noon'],
  ['petang', 'pm'],
  ['malam', 'night'],
  ['tengah malam', 'night'],
  ['am', 'am'],
  ['a.m.', 'am'],
  ['pm', 'pm'],
  ['p.m.', 'pm'],
  ['pg', 'am'],
  ['ptg', 'pm'],
]);

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
