// The argument after an inverted statement word and a comma that follows a plain noun. An
// attribution opening its sentence ends at that comma: "Menurut dokumen mahkamah, X ...",
// "Menurut sumber, X ...": the source is the document or the unnamed source, and what follows
// the comma is the reported clause (its subject, X, is no speaker). After a quotation the name
// right after such a comma is the source described before it ("“...,” kata jurutera, X."), but
// plain words after the comma are the reported clause again. A comma after a title always leads
// to its name ("menurut seorang penganalisis, Dr X", "kata timbalan menterinya, Datuk X").
import { type Doc, isQuoteMark, isTitleWord, stem } from './doc.js';
import type { Triggers } from './refer.js';

/** Whether the comma at token i follows plain words (`plain` read before it) rather than a title. */
export function commaAfterPlain(d: Doc, i: number, plain: number): boolean {
  return plain > 0 && !isTitleWord(d, i - 1) && !d.lex.classes.role.has(stem(d, i - 1));
}

/** Whether the trigger ending right before token `from` opens its sentence (after opening quote marks only). */
export function opensSentence(d: Doc, trig: Triggers, from: number): boolean {
  const t = from > 0 ? trig.at[from - 1]! : -1;
  if (t < 0) return false;
  const s = d.sentOf[from - 1];
  let k = trig.matches[t]!.start - 1;
  while (k >= 0 && d.sentOf[k] === s && isQuoteMark(d, k)) k--;
  return k < 0 || d.sentOf[k] !== s;
}
