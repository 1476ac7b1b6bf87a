// Resolving date expressions against a reference date (the publication date, or the
// dateline's day): "minggu lalu" -> the previous ISO week as an interval, "Khamis lalu" ->
// that Thursday, "14 Januari" -> 2024-01-14, "September lalu" -> 2023-09.
import type { DateUnit } from '../types.js';

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const pad = (n: number): string => String(n).padStart(2, '0');

/** Parse YYYY-MM-DD as UTC midnight, or undefined. */
export function parseIsoDate(s: string | undefined): number | undefined {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isNaN(t) || iso(t) !== s ? undefined : t;
}

/** ISO weekday 1..7 of a UTC time. */
const weekday = (t: number): number => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/** The value of a date unit against a reference date: ISO date, month, year, or interval. */
export function resolveDate(u: DateUnit, ref: number | undefined): string | undefined {
  const v = u.value;
  if (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return v;
  if (ref === undefined) return undefined;
  const refDate = new Date(ref);
  const y = refDate.getUTCFullYear();
  if (v && /^--\d{2}-\d{2}$/.test(v)) {
    // a day without a year: the latest such day not far after the reference (news looks back)
    let t = Date.parse(`${y}${v.slice(1)}T00:00:00Z`);
    if (Number.isNaN(t)) return undefined;
    if (t - ref > 60 * DAY) t = Date.parse(`${y - 1}${v.slice(1)}T00:00:00Z`);
    return Number.isNaN(t) ? undefined : iso(t);
  }
  const r = u.relative;
  if (!r) return undefined;
  switch (r.unit) {
    case 'day':
      return iso(ref + r.offset * DAY);
    case 'week': {
      const monday = ref - (weekday(ref) - 1) * DAY + r.offset * 7 * DAY;
      return `${iso(monday)}/${iso(monday + 6 * DAY)}`;
    }
    case 'month': {
      const m = refDate.getUTCMonth() + r.offset; // 0-based, may leave the year
      const yy = y + Math.floor(m / 12);
      return `${yy}-${pad((((m % 12) + 12) % 12) + 1)}`;
    }
    case 'year':
      return String(y + r.offset);
    case 'weekday': {
      const wd = r.weekday ?? 1;
      const back = (weekday(ref) - wd + 7) % 7; // days since the latest such weekday (0 = today)
      if (r.offset < 0) return iso(ref - (back === 0 ? 7 : back) * DAY);
      if (r.offset > 0) return iso(ref + ((wd - weekday(ref) + 7) % 7 || 7) * DAY);
      // "pada Khamis": in news, the latest Thursday up to today
      return iso(ref - back * DAY);
    }
    case 'named-month': {
      const m = r.month ?? 1;
      const cur = refDate.getUTCMonth() + 1;
      let yy = y;
      if (r.offset < 0 && m >= cur) yy = y - 1;
      else if (r.offset > 0 && m <= cur) yy = y + 1;
      else if (r.offset === 0 && m > cur + 2) yy = y - 1;
      return `${yy}-${pad(m)}`;
    }
    default:
      return undefined;
  }
}
