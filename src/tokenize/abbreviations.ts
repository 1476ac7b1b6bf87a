// Abbreviations whose trailing dot belongs to the token and does not end a sentence.
// Sources: Malay honorific and address abbreviations as used in Malaysian and Bruneian news
// (Dewan Bahasa dan Pustaka's "Singkatan" conventions; Malaya's tokenizer checklist), plus
// the English ones that appear in Malay news (Mr., Ltd., Inc.).

/** Always an abbreviation when followed by a dot (compared lower-case). */
export const DOT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and honorifics
  'dr',
  'prof',
  'hj',
  'hjh',
  'tn',
  'pn',
  'sdr',
  'sdri',
  'yb',
  'ybhg',
  'yab',
  'ybrs',
  'mr',
  'mrs',
  'ms',
  'mdm',
  'jr',
  'sr',
  'ir',
  'ts',
  'assoc',
  'dato',
  // ranks
  'kol',
  'lt',
  'kapt',
  'mej',
  'jen',
  'brig',
  'sjn',
  'kpl',
  'insp',
  'supt',
  'asp',
  'dsp',
  'acp',
  'sac',
  'dcp',
  'lkpl',
  'kdt',
  // short forms of personal names written with a dot inside a name ("Mohd. Ali", "Zambry Abd. Kadir"):
  // Mohd./Muhd./Md./Moh. for Mohamad, Muhammad; Abd. for Abdul; Hj. above for Haji
  'mohd',
  'muhd',
  'md',
  'moh',
  'abd',
  // addresses and places
  'jln',
  'jl',
  'tkt',
  'kg',
  'kpg',
  'bt',
  'lrg',
  'tmn',
  'bkt',
  // companies
  'sdn',
  'bhd',
  'ltd',
  'inc',
  'corp',
  'bros',
  'plc',
  'pte',
  // others
  'vs',
  'dll',
  'dsb',
  'dsbnya',
  'tel',
  'faks',
  'hlm',
  'bil',
  'sek',
  'jab',
  'univ',
  'no',
  'etc',
  'cf',
  'approx',
]);

/** Dots after these attach only before a number ("No. 5", "Bt. 3"): otherwise "no." may end a sentence. */
export const NEEDS_NUMBER_AFTER: ReadonlySet<string> = new Set(['no', 'bt', 'bil', 'hlm', 'tel', 'sek', 'jl']);

/** Month abbreviations: the dot attaches only after a day number ("11 Okt."). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'apr',
  'jul',
  'ogo',
  'ogs',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dis',
  'dec',
]);

/** Abbreviations that may close a sentence when a line break follows. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bhd',
  'ltd',
  'inc',
  'corp',
  'plc',
  'dll',
  'dsb',
  'dsbnya',
  'etc',
]);

/** Name prefixes that stay joined to a capitalised name by a hyphen (Al-Sultan, Abu-Bakar). */
export const HYPHEN_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'ar',
  'as',
  'at',
  'an',
  'ash',
  'az',
  'ibn',
  'bin',
  'abu',
  'ben',
  'bt',
  'd',
  'o',
  'mc',
  'mac',
  'van',
  'von',
  'de',
  'da',
  'di',
  'la',
  'le',
]);

/** Top-level domains that make "word.tld" a web address rather than a sentence break. */
export const DOMAIN_SUFFIXES: ReadonlySet<string> = new Set([
  'com',
  'my',
  'net',
  'org',
  'gov',
  'edu',
  'io',
  'co',
  'bn',
  'sg',
  'id',
  'info',
  'biz',
  'tv',
  'asia',
]);
