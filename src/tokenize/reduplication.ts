// Reduplication: Malay repeats a word with a hyphen to make plurals, distributives and
// intensives. It is one word and one token: kanak-kanak, negara-negara (full), kedua-dua,
// beramai-ramai, berpeluk-pelukan (affixed, the base repeated with an affix on one side),
// sayur-mayur, lauk-pauk (rhyming, the onset changes).
import type { Reduplication } from '../types.js';

const PREFIXES = ['memper', 'diper', 'ber', 'ter', 'per', 'mem', 'men', 'meng', 'meny', 'me', 'pe', 'di', 'ke', 'se'];
const SUFFIXES = ['kan', 'an', 'i', 'nya'];

function stripPrefix(w: string): string {
  for (const p of PREFIXES) if (w.length - p.length >= 2 && w.startsWith(p)) return w.slice(p.length);
  return w;
}
function stripSuffix(w: string): string {
  for (const s of SUFFIXES) if (w.length - s.length >= 2 && w.endsWith(s)) return w.slice(0, w.length - s.length);
  return w;
}

/** Classify a lower-cased hyphenated word with exactly two parts. */
export function reduplicationOf(lower: string): Reduplication | undefined {
  const h = lower.indexOf('-');
  if (h <= 0 || h !== lower.lastIndexOf('-')) return undefined;
  const left = lower.slice(0, h);
  const right = lower.slice(h + 1);
  if (left.length === 0 || right.length === 0) return undefined;
  if (left === right) return 'full';
  const l = stripPrefix(left);
  const r = stripSuffix(right);
  if (left === r || l === right || l === r || left.endsWith(right) || right.startsWith(left) || (r.length >= 2 && left.endsWith(r))) {
    return 'affixed';
  }
  if (left.length >= 3 && left.length === right.length && left.slice(1) === right.slice(1)) return 'rhyming';
  if (left.length >= 3 && right.length >= 3 && left.slice(-2) === right.slice(-2) && left.length === right.length) {
    return 'rhyming'; // lauk-pauk, kuih-muih
  }
  return undefined;
}
