// A meeting told again: a meeting noun whose phrase closes with a demonstrative after words
// describing it ("pertemuan ringkas selama sejam itu", "pertemuan kedua-dua mereka itu",
// "perbincangan atau pertemuan itu", "rundingan dua hala tersebut") points back at a meeting the
// text has told already; ANNOTATION.md section 2 annotates each event once, at its clearest
// mention. Whoever stands near the repeated mention is no new meeting's party. "pertemuan itu",
// "mesyuarat mereka" (the demonstrative or pronoun right after the noun) are read so by
// meeting.ts before any party is looked for; this covers the longer phrase, after the party
// model's choice; so does one person named right after the noun and the words describing it
// (or after "dengan"), then the demonstrative ("lawatan X itu", "kunjungan hormat X tersebut",
// "pertemuan dengan X itu": the meeting with X told before). Any other name inside the phrase
// ("mesyuarat Kabinet itu": a body's meeting may be joined to another telling of it, same-meeting.ts),
// a preposition, "yang", an auxiliary ("akan", "telah") or "dan" before anything but another
// meeting word ends it first: the phrase is no bare repetition; nor is a body described by its
// head noun ("rundingan parti itu dan X"), nor a phrase whose parties follow the demonstrative
// ("perbincangan ringkas tersebut masing-masing dengan X dan Y"); "antara lain" after it ("pertemuan
// ringkas itu antara lain membincangkan ...") is "among other things", no parties between.
import { AUXILIARIES, COORDINATORS, DEMONSTRATIVES, type Doc, hasNya, is, isPunct, norm, ORG_HEAD, PREPOSITIONS } from './doc.js';
import type { MeetTrigger } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { pastModifiers } from './meeting-modifiers.js';
import type { Triggers } from './refer.js';

/** How many words may describe the meeting between its noun and the demonstrative. */
const SPAN = 8;
/** Words naming the parties after the demonstrative ("itu masing-masing dengan X"). */
const EACH: ReadonlySet<string> = new Set(['masing-masing', 'sahaja', 'juga']);

/** Whether the meeting noun at m closes, a few describing words on, with a demonstrative: the meeting told again. */
export function toldAgain(d: Doc, trig: Triggers, m: TriggerMatch): boolean {
  const frame = (m.trigger as MeetTrigger).frame;
  if ((frame !== 'noun' && frame !== 'visit-noun') || hasNya(d, m.end - 1)) return false;
  const s1 = d.sentEnd[d.sentOf[m.start]!]!;
  // "lawatan X itu", "pertemuan rasmi X tersebut", "pertemuan dengan X itu": one person, then the demonstrative closing the phrase
  let at = pastModifiers(d, m.end, s1);
  if (norm(d, at) === 'dengan') at++;
  const e = d.entAt[at] ?? -1;
  if (e >= 0 && d.entStart[e] === at && d.entities[e]!.label === 'PER') {
    const j = d.entEnd[e]!;
    if (j < s1 && DEMONSTRATIVES.has(norm(d, j))) {
      const after = norm(d, j + 1);
      return after !== 'dengan' && after !== 'antara' && after !== 'bersama' && !EACH.has(after);
    }
  }
  for (let k = m.end; k < s1 && k < m.end + SPAN; k++) {
    if (d.entAt[k]! >= 0 || isPunct(d, k)) return false;
    const n = norm(d, k);
    if (DEMONSTRATIVES.has(n)) {
      // "pertemuan itu": meeting.ts reads it first; "rundingan parti itu dan X": a body described, a party
      if (k === m.end || is(d, ORG_HEAD, k - 1)) return false;
      let j = k + 1;
      while (j < s1 && EACH.has(norm(d, j))) j++;
      const after = norm(d, j);
      // "itu antara lain membincangkan": "among other things", not "between"
      if (after === 'antara' && norm(d, j + 1) === 'lain') return true;
      return after !== 'dengan' && after !== 'antara' && after !== 'bersama';
    }
    if (PREPOSITIONS.has(n) || n === 'yang' || AUXILIARIES.includes(n)) return false;
    const ti = trig.at[k]!;
    // "perbincangan atau pertemuan itu": two meeting words for one meeting; "dan" before anything else joins a clause
    if (COORDINATORS.has(n)) {
      const tn = trig.at[k + 1] ?? -1;
      if (tn < 0 || trig.matches[tn]!.trigger.type !== 'MEET') return false;
    }
    if (ti >= 0 && trig.matches[ti]!.trigger.type === 'STATEMENT') return false;
  }
  return false;
}
