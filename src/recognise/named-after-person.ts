// Schools, hospitals, universities, mosques, buildings and roads are often named after a person
// with the person's titles: "Sekolah Menengah Kebangsaan (SMK) Tunku Ismail", "Hospital Sultanah
// Aminah", "Universiti Tun Hussein Onn", "Menara Datuk Kamal". The whole is one name of the
// institution or place (ANNOTATION.md section 1: spans are flat, the outermost name only), and
// the person inside it is not annotated. The model reads the titles as a title before a person
// and decides the person alone, the head noun cut off or decided as a body of its own
// ("[Universiti Tun] [Hussein Onn]"). A decided person is joined to the institution before it
// when only titles stand between them (and a bracketed short form after the institution), at
// least one of them: with a decided body or place ending there whose words after its last
// institution noun are all titles (the decided label kept), or with a bare institution noun
// just before the titles (an ORG for places of study and care, else a LOC).

import type { TokenColumns } from '../tokenize/columns.js';
import type { EntityLabel } from '../types.js';
import type { Mention, MentionFor } from './mention.js';

/**
 * Titles that stand in an institution's name before the person it is named after (the titles
 * of ANNOTATION.md section 1 that Malaysian institutions carry: royal, federal and religious).
 */
const NAME_TITLES: ReadonlySet<string> = new Set([
  'Tun',
  'Tuanku',
  'Tunku',
  'Tengku',
  'Sultan',
  'Sultanah',
  'Raja',
  'Permaisuri',
  'Datuk',
  'Dato',
  "Dato'",
  'Dato’',
  'Datu',
  'Seri',
  'Sri',
  'Tan',
  'Haji',
  'Hajah',
  'Syeikh',
  'Sheikh',
  'Tok',
  'Toh',
]);

/** Nouns of places of study and care named after people: the whole is an ORG when no label was decided. */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'Sekolah',
  'SMK',
  'SK',
  'SMJK',
  'SJK',
  'SMA',
  'Maktab',
  'Kolej',
  'Universiti',
  'Institut',
  'Politeknik',
  'Akademi',
  'Hospital',
  'Klinik',
]);

/** Nouns of places and buildings named after people: the whole is a LOC when no label was decided. */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'Masjid',
  'Surau',
  'Kompleks',
  'Stadium',
  'Dewan',
  'Menara',
  'Wisma',
  'Bangunan',
  'Jalan',
  'Lebuhraya',
  'Jambatan',
  'Taman',
  'Kem',
  'Perpustakaan',
  'Muzium',
]);

const isHead = (s: string): boolean => BODY_HEADS.has(s) || PLACE_HEADS.has(s);

/** Words for the kind of a school written between "Sekolah" and its name (Sekolah Menengah Kebangsaan ...). */
const SCHOOL_KINDS: ReadonlySet<string> = new Set([
  'Menengah',
  'Rendah',
  'Kebangsaan',
  'Jenis',
  'Agama',
  'Sains',
  'Teknik',
  'Vokasional',
  'Berasrama',
  'Penuh',
  'Integrasi',
  'Tinggi',
  'Cina',
  'Tamil',
]);

/**
 * Whether p ends in an institution's name up to the person's titles: its last institution noun
 * followed by titles only (at least one, or the noun p's first word), then how many titles; or
 * p's first word an institution noun followed by words for the kind of school only (Sekolah
 * Menengah Kebangsaan), no titles. [-1, 0] when neither ("Jabatan Pengangkutan Jalan": a body
 * whose last word is only like an institution noun).
 */
function headInside(cols: TokenColumns, p: Mention): [number, number] {
  let titles = 0;
  let k = p.tokenEnd - 1;
  for (; k >= p.tokenStart; k--) {
    const t = cols.texts[k]!;
    if (isHead(t)) return titles > 0 || k === p.tokenStart ? [k, titles] : [-1, 0];
    if (!NAME_TITLES.has(t)) break;
    titles++;
  }
  if (titles > 0 || !isHead(cols.texts[p.tokenStart]!)) return [-1, 0];
  for (let j = p.tokenStart + 1; j < p.tokenEnd; j++) if (!SCHOOL_KINDS.has(cols.texts[j]!)) return [-1, 0];
  return [p.tokenStart, 0];
}

/** The mentions, in text order, with each person an institution is named after joined to it. */
export function withInstitutionsNamedAfterPeople(cols: TokenColumns, mentions: readonly Mention[], mentionFor: MentionFor): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.label !== 'PER') {
      out?.push(m);
      continue;
    }
    // the mentions kept so far, read in place (no copy unless one is joined: linear time)
    const keptLength = out ? out.length : i;
    const keptAt = (x: number): Mention => (out ? out[x]! : mentions[x]!);
    const last = keptLength > 0 ? keptAt(keptLength - 1).tokenEnd : 0;
    // the titles before the person (not inside the mention before it), then a bracketed short form
    let j = m.tokenStart - 1;
    let titles = 0;
    while (j >= last && NAME_TITLES.has(cols.texts[j]!) && cols.breaksBefore[j + 1] === 0) {
      titles++;
      j--;
    }
    let bracket = -1;
    if (j >= 2 && cols.texts[j] === ')' && cols.texts[j - 2] === '(') {
      bracket = j - 2;
      j -= 3;
    }
    if (j < 0 || cols.breaksBefore[j + 1]! > 0) {
      out?.push(m);
      continue;
    }
    // decided mentions inside the bracket are the institution's short form, joined too
    let n = keptLength;
    while (bracket !== -1 && n > 0 && keptAt(n - 1).tokenStart > bracket) n--;
    const p = n > 0 ? keptAt(n - 1) : undefined;
    let start = -1;
    let label: EntityLabel = 'ORG';
    if (p !== undefined && p.tokenEnd === j + 1 && p.label !== 'PER') {
      const [h, inner] = headInside(cols, p);
      if (h !== -1 && titles + inner > 0) {
        start = p.tokenStart;
        label = p.label;
        n--;
      }
    } else if ((p === undefined || p.tokenEnd <= j) && titles > 0 && isHead(cols.texts[j]!)) {
      start = j;
      label = BODY_HEADS.has(cols.texts[j]!) ? 'ORG' : 'LOC';
    }
    if (start === -1) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.length = n;
    out.push(mentionFor(start, m.tokenEnd, label, m.score));
  }
  return out ?? (mentions as Mention[]);
}
