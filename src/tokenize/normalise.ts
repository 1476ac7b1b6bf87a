// The normalised column: case-folded, curly quotes and dashes unified, soft hyphens removed,
// NFC. It feeds look-ups and never offsets.

function isPlainLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

export function normalise(s: string): string {
  if (isPlainLowerAscii(s)) return s;
  let out = s.toLowerCase();
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 127) {
      out = out
        .normalize('NFC')
        .replaceAll('\u00ad', '')
        .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
        .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-');
      break;
    }
  }
  return out;
}
