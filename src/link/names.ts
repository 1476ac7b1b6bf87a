// Names as strings: their words cut in one scan, folded for comparing (case, accents, the
// spellings Malay news varies: Mohd / Muhammad, Dato' / Datuk), title-cased, and a person's
// name core without the honorifics inside it. Every linking rule reads names through these.

/** Spelling variants that Malay news uses for the same name part (folded before comparing). */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['mohd', 'muhammad'],
  ['mohd.', 'muhammad'],
  ['muhd', 'muhammad'],
  ['mohamad', 'muhammad'],
  ['mohamed', 'muhammad'],
  ['mohammad', 'muhammad'],
  ['mohammed', 'muhammad'],
  ['md', 'muhammad'],
  ["dato'", 'datuk'],
  ['dato', 'datuk'],
  ['sergei', 'sergey'],
  ['abd', 'abdul'],
  ['abd.', 'abdul'],
]);

export function foldName(s: string): string {
  return foldedWords(s).join(' ');
}

/** The words of foldName(s), none empty. */
export function foldedWords(s: string): string[] {
  // ASCII (nearly every name) has no accents to strip and no separators but white space and
  // '-': its words are cut in one scan, without the four regular expressions and NFKD
  const low = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= low.length; i++) {
    const c = i < low.length ? low.charCodeAt(i) : 32;
    if (c > 127) return foldedWordsGeneral(s);
    if (c !== 32 && c !== 45 && (c < 9 || c > 13)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const w = low.slice(start, i);
    out.push(VARIANTS.get(w) ?? w);
    start = -1;
  }
  return out;
}

function foldedWordsGeneral(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-\u2010\u2011]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => VARIANTS.get(w) ?? w);
}

/** Words of a mention's surface, split on spaces. */
export function wordsOf(s: string): string[] {
  // a name is nearly always ASCII words and single spaces: cut at the spaces in one scan
  // (String.prototype.split is a call into the runtime, several times dearer for names);
  // anything else takes the general split
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return s.split(/\s+/).filter(Boolean);
      out.push(s.slice(from, i));
      from = i + 1;
    } else if (c < 33 || c > 126) return s.split(/\s+/).filter(Boolean);
  }
  if (s.length > 0) out.push(s.slice(from));
  return out;
}

/** wordsOf(s).length without making the words (ASCII text; anything else counts them). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return wordsOf(s).length;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** s === s.toUpperCase(), without making the upper-cased copy for ASCII text. */
export function isUpperCased(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

export function titleCase(s: string): string {
  const low = s.toLowerCase();
  // ASCII (nearly always): a letter after the start, white space or '-' upper-cased in one
  // scan, without a regular expression and a call per match
  let out = '';
  let from = 0;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (c > 127) return low.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    if (c < 97 || c > 122) continue;
    const p = i === 0 ? 32 : low.charCodeAt(i - 1);
    if (p === 32 || p === 45 || (p >= 9 && p <= 13)) {
      out += low.slice(from, i) + String.fromCharCode(c - 32);
      from = i + 1;
    }
  }
  return from === 0 ? low : out + low.slice(from);
}

/** A name with a capital initial written onto the next word ("M.Nasir Hashim"), with a space after the initial's dot; else undefined. */
export function spacedInitials(surface: string): string | undefined {
  let out: string | undefined;
  let from = 0;
  for (let i = 1; i + 1 < surface.length; i++) {
    if (surface.charCodeAt(i) !== 46) continue;
    const a = surface.charCodeAt(i - 1);
    const b = surface.charCodeAt(i + 1);
    const before = i >= 2 ? surface.charCodeAt(i - 2) : 32;
    const c = i + 2 < surface.length ? surface.charCodeAt(i + 2) : 32;
    // a capital, its dot, then a word (a capital and a small letter): "A.R. Rahman" stays
    if (a < 65 || a > 90 || b < 65 || b > 90 || c < 97 || c > 122 || (before !== 32 && before !== 46)) continue;
    out = `${out ?? ''}${surface.slice(from, i + 1)} `;
    from = i + 1;
  }
  return out === undefined ? undefined : out + surface.slice(from);
}

/** Honorifics a Malay name may hold inside it, its father's title: "Najib Tun Razak", "Abang Johari Tun Openg". */
const INNER_TITLES: ReadonlySet<string> = new Set(['tun', 'datuk', 'datin', 'seri', 'sri', 'haji', 'hj', 'dr']);

/**
 * A name's core: its folded words less the honorifics inside it (after its first word; "tan"
 * only before "sri") and less a leading Muhammad when more than two words remain: "Najib Tun
 * Abdul Razak" and "Najib Abdul Razak", "Azmin Ali" and "Mohamed Azmin Ali" have one core.
 */
export function nameCore(words: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // (the word after 'tan' read only when there is one: a name ending in 'tan' read past the
    // last word, an "out of bounds" deopt)
    const tanTitle = w === 'tan' && i + 1 < words.length && (words[i + 1] === 'sri' || words[i + 1] === 'seri');
    if (i > 0 && (INNER_TITLES.has(w) || tanTitle)) continue;
    out.push(w);
  }
  if (out.length > 2 && out[0] === 'muhammad') out.shift();
  return out.join(' ');
}
