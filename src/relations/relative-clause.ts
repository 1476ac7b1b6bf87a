// A statement verb in a relative clause about a thing or an unnamed group: "memorandum yang
// meminta ...", "syarikat yang memohon", "pembangkang yang mendakwa ...", "ada pihak yang
// mencadangkan ...", "negara yang menjunjung undang-undang". Its subject is the head noun
// before "yang", which names no party: no statement, and no speaker is looked for elsewhere.
// The clause stands when its head is a name ("X yang mendakwa"), a pronoun ("beliau yang"),
// a document that speaks for its party ("kenyataan yang mengatakan", words.tsv `document`), a
// description closed by a demonstrative ("menteri itu yang"), a time ("semalam yang", "pada
// Ahad yang") or "seperti yang" (as ... announced).
import { DEMONSTRATIVES, DOCUMENT, type Doc, is, isPunct, PRONOUN_ANY, PRONOUN_FIRST, PRONOUN_PERSON, PRONOUN_PLURAL } from './doc.js';
import type { TriggerMatch } from './match.js';

const BETWEEN: ReadonlySet<string> = new Set(['juga', 'turut', 'telah', 'pernah', 'sering', 'kerap', 'sudah', 'pula']);
const HEAD_KEEPS: ReadonlySet<string> = new Set([
  ...DEMONSTRATIVES,
  'seperti',
  'sebagaimana',
  'semalam',
  'kelmarin',
  'lalu',
  'lepas',
  'isnin',
  'selasa',
  'rabu',
  'khamis',
  'jumaat',
  'sabtu',
  'ahad',
]);

/** Whether a subject-frame statement trigger heads a relative clause whose head names no party. */
export function unnamedRelativeHead(d: Doc, m: TriggerMatch): boolean {
  if (m.trigger.frame !== 'subject') return false;
  const sent = d.sentOf[m.start];
  let k = m.start - 1;
  while (k >= 0 && d.sentOf[k] === sent && BETWEEN.has(d.cols.norms[k]!)) k--;
  if (k < 1 || d.sentOf[k] !== sent || d.cols.norms[k]! !== 'yang') return false;
  const h = k - 1;
  if (d.sentOf[h] !== sent || isPunct(d, h) || d.entAt[h] !== -1) return false;
  const w = d.cols.norms[h]!;
  if (HEAD_KEEPS.has(w) || is(d, DOCUMENT, h)) return false;
  return !(is(d, PRONOUN_PERSON, h) || is(d, PRONOUN_ANY, h) || is(d, PRONOUN_PLURAL, h) || is(d, PRONOUN_FIRST, h));
}
