// Words that describe a meeting or a visit between its noun and the parties named after it.
// Malay puts adjectives and noun modifiers after the head noun, so the body whose meeting it
// is, "dengan" and the other side, or the visitor and "ke" come after them: "mesyuarat
// tertinggi [Pakatan Rakyat]", "sidang kemuncak luar biasa [OIC]", "pertemuan empat mata
// dengan [X]", "mesyuarat agung tahunan [Y]", "lawatan rasmi dua hari [beliau] ke [Z]",
// "lawatan kali pertama [X] ke [Y]", "lawatan kerja selama tiga hari ke [Z]". Capitalised
// modifiers ("Mesyuarat Khas Majlis X") are already stepped over as title words; these are the
// lower-case ones. Phrases of up to two words, matched on the token's normalised form or its
// clitic-free stem ("lawatan rasmi seharinya"); a number written in digits counts as a
// numeral before "hari", "minggu" or "bulan".
import { type Doc, norm, stem } from './doc.js';

/** One-word modifiers of a meeting noun: what kind of meeting, how often, how many sides. */
const ONE: ReadonlySet<string> = new Set([
  'khas',
  'tergempar',
  'tertinggi',
  'tahunan',
  'agung',
  'bulanan',
  'mingguan',
  'berkala',
  'tertutup',
  'terbuka',
  'penuh',
  'pleno',
  'pertama',
  'kedua',
  'ketiga',
  'sulung',
  'terakhir',
  'susulan',
  'ringkas',
  'singkat',
  'rasmi',
  'sehari',
  'seminggu',
  'semula',
  'lanjut',
]);

/** Two-word modifiers: "luar biasa", "empat mata", "dua hala", "peringkat tinggi", "tidak rasmi", "kali pertama". */
const TWO: ReadonlySet<string> = new Set([
  'luar biasa',
  'empat mata',
  'dua hala',
  'pelbagai hala',
  'peringkat tinggi',
  'peringkat menteri',
  'ramah mesra',
  'tidak rasmi',
  'kali pertama',
  'kali kedua',
  'kali terakhir',
]);

const NUMERALS: ReadonlySet<string> = new Set(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh']);
const SPANS: ReadonlySet<string> = new Set(['hari', 'minggu', 'bulan']);

const word = (d: Doc, k: number): string => {
  const n = norm(d, k);
  return ONE.has(n) || NUMERALS.has(n) || SPANS.has(n) ? n : stem(d, k);
};

/** How many tokens from k make one modifier: a duration ("selama tiga hari", "dua hari", "3 hari"), a two-word or a one-word modifier; 0 if none. */
function modifierAt(d: Doc, k: number, end: number): number {
  if (k >= end || d.entAt[k]! >= 0) return 0;
  let j = k;
  if (norm(d, j) === 'selama') j++;
  if (j + 1 < end && d.entAt[j]! < 0 && d.entAt[j + 1]! < 0) {
    const num = NUMERALS.has(norm(d, j)) || d.cols.kinds[j]! === 'number';
    if (num && SPANS.has(stem(d, j + 1))) return j + 2 - k;
  }
  if (j !== k) return 0;
  if (k + 1 < end && d.entAt[k + 1]! < 0 && TWO.has(`${norm(d, k)} ${word(d, k + 1)}`)) return 2;
  return ONE.has(word(d, k)) ? 1 : 0;
}

/** The first token from k past the modifiers of a meeting noun (at most four of them), before `end`. */
export function pastModifiers(d: Doc, k: number, end: number): number {
  for (let i = 0; i < 4; i++) {
    const n = modifierAt(d, k, end);
    if (n === 0) break;
    k += n;
  }
  return k;
}
