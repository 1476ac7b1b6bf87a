// Offset units. kenal's spans are UTF-16 code units (JavaScript string indices); Python
// clients (spaCy, brat) count Unicode code points, byte-oriented tools count UTF-8 bytes.
// Browser-safe: no Node imports.

export const OFFSET_UNITS = ['utf16', 'codepoint', 'utf8'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

/**
 * A table from every UTF-16 index 0..text.length to the same position in `unit`. An index
 * inside a surrogate pair maps to the position after the pair's code point.
 */
export function offsetTable(text: string, unit: OffsetUnit): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  if (unit === 'utf16') {
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return map;
  }
  let pos = 0;
  let i = 0;
  while (i < text.length) {
    map[i] = pos;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      pos += unit === 'utf8' ? 4 : 1;
      map[i + 1] = pos;
      i += 2;
    } else {
      // a lone surrogate is written as U+FFFD (3 bytes) by a UTF-8 encoder
      pos += unit === 'utf8' ? (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 1;
      i += 1;
    }
  }
  map[text.length] = pos;
  return map;
}

const isSpanLike = (v: Record<string, unknown>): boolean => typeof v.start === 'number' && typeof v.end === 'number';

function walk(v: unknown, map: Uint32Array): unknown {
  if (Array.isArray(v)) return v.map((x) => walk(x, map));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = walk(x, map);
  if (isSpanLike(o)) {
    const s = o.start as number;
    const e = o.end as number;
    if (s >= 0 && e <= map.length - 1) {
      out.start = map[s];
      out.end = map[e];
    }
  }
  return out;
}

/**
 * A copy of `value` (a DocumentResult or any part of it) with every span's start and end
 * (any object with numeric `start` and `end`) converted from UTF-16 to `unit`. Identity for 'utf16'.
 */
export function convertOffsets<T>(text: string, value: T, unit: OffsetUnit): T {
  if (unit === 'utf16') return value;
  return walk(value, offsetTable(text, unit)) as T;
}
