// The normalised column: case-folded, curly quotes and dashes unified, soft hyphens removed,
// NFC. It feeds look-ups and never offsets.

function isPlainLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Code units that are NFC whatever surrounds them: below U+0300 (no combining marks, nothing
 * composes with them as a second part) and the general punctuation news uses (quotes, dashes,
 * ellipsis). A string of only these is its own NFC: the curly quote tokens skip normalize().
 */
function isNfcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x2010 && c <= 0x2027) && !(c >= 0x2030 && c <= 0x205e)) return false;
  }
  return true;
}

/** The mark a code unit is unified to ("" for the soft hyphen), or undefined when it stays. */
function unifiedMark(c: number): string | undefined {
  if (c === 0x00ad) return '';
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x0060 || c === 0x00b4) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  return undefined;
}

/** Soft hyphens removed, quotes and dashes unified: one pass (the sets are disjoint), not four replaces. */
function unifyMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const m = unifiedMark(s.charCodeAt(i));
    if (m !== undefined) {
      out += s.slice(from, i) + m;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

export function normalise(s: string): string {
  if (isPlainLowerAscii(s)) return s;
  let out = s.toLowerCase();
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 127) {
      out = unifyMarks(isNfcStable(out) ? out : out.normalize('NFC'));
      break;
    }
  }
  return out;
}
