// Turning a referent into entity mentions. Names stand for themselves. A pronoun or a bare
// "katanya" points at the current speaker (the last party the text quoted), or failing that at
// the nearest person named before it; "beliau" right after a name in the same sentence points
// at that name ("Exco Sukan negeri, Amirudin Shari apabila beliau berkata"). "Kementerian itu"
// and "kata kementerian Korea Utara" point at the last organisation named with that head noun.
// A role ("Menteri besar itu", "timbalan perdana menteri berkata") points at the person last
// named with that title, else at the current speaker.
import { type Doc, is, isTitleWord, norm, ROLE, TRANSPARENT } from './doc.js';
import { afterPreposition } from './oblique.js';
import { type Referent, sentenceStartOf, subjectable, type Triggers } from './refer.js';

/** A party that was quoted, with the sentence it was quoted in. */
export interface SpeakerTurn {
  readonly ent: number;
  readonly sent: number;
}

export interface Resolved {
  readonly ents: readonly number[];
  readonly via: 'name' | 'pronoun';
}

const SPEAKER_SENTENCES = 10;
const MENTION_SENTENCES = 4;
const MAX_BACK = 400;

function lastSpeaker(d: Doc, hist: readonly SpeakerTurn[], sent: number, within: number, perOnly: boolean): number | undefined {
  for (let h = hist.length - 1; h >= 0 && h >= hist.length - 50; h--) {
    const t = hist[h]!;
    if (sent - t.sent > within) return undefined;
    if (!perOnly || d.entities[t.ent]!.label === 'PER') return t.ent;
  }
  return undefined;
}

/** The nearest person mention before token `at`, outside quotations, not after a preposition. */
export function lastPerson(d: Doc, trig: Triggers, at: number, sameSentenceOnly: boolean): number | undefined {
  const sent = d.sentOf[at]!;
  const floor = sameSentenceOnly ? sentenceStartOf(d, at) : Math.max(0, at - MAX_BACK);
  let firstFallback: number | undefined;
  for (let k = at - 1; k >= floor; k--) {
    if (sent - d.sentOf[k]! > MENTION_SENTENCES) break;
    const e = d.entAt[k]!;
    if (e < 0) continue;
    const st = d.entStart[e]!;
    if (d.entities[e]!.label === 'PER' && (d.quoteOf[k] === -1 || d.quoteOf[k] === d.quoteOf[at]) && !afterPreposition(d, st)) {
      if (!sameSentenceOnly || subjectable(d, trig, e) === true) return e;
      firstFallback ??= e;
    }
    k = st;
  }
  // in the same sentence, a person that is no subject still beats one named earlier
  return sameSentenceOnly ? firstFallback : undefined;
}

/** Role words that make another office of the role after them: a deputy is not the minister. */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(['timbalan', 'naib', 'bekas', 'pemangku', 'mantan']);

/**
 * The person last named with the role that starts at token `at` in his title ("Timbalan Perdana
 * Menteri, Datuk Seri Ahmad Zahid Hamidi" ... "timbalan perdana menteri berkata"), if any.
 */
export function roleHolder(d: Doc, at: number): number | undefined {
  const role: string[] = [];
  for (let k = at; k < d.cols.size && k < at + 4 && d.entAt[k] === -1 && is(d, ROLE, k); k++) role.push(norm(d, k));
  if (role.length === 0) return undefined;
  const sent = d.sentOf[at]!;
  for (let k = at - 1; k >= 0 && k >= at - MAX_BACK; k--) {
    if (sent - d.sentOf[k]! > SPEAKER_SENTENCES) break;
    const e = d.entAt[k]!;
    if (e < 0) continue;
    const st = d.entStart[e]!;
    k = st;
    if (d.entities[e]!.label !== 'PER') continue;
    // the title before the name: up to six words, past a comma and honorifics
    const title: string[] = [];
    for (let j = st - 1; j >= 0 && j >= st - 8 && title.length < 6; j--) {
      const n = norm(d, j);
      if (n === ',') continue;
      if (d.entAt[j]! >= 0 || (!isTitleWord(d, j) && !is(d, ROLE, j) && d.cols.texts[j]! === n)) break;
      title.unshift(n);
    }
    for (let i = 0; i + role.length <= title.length; i++) {
      let same = true;
      for (let r = 0; r < role.length && same; r++) same = title[i + r] === role[r];
      if (same && (i === 0 || !ROLE_MODIFIERS.has(title[i - 1]!))) return e;
    }
  }
  return undefined;
}

/** The last organisation before `at` whose name starts with `head` (and holds the place's name, if given). */
function lastOrg(d: Doc, hist: readonly SpeakerTurn[], head: string, loc: number, at: number): number | undefined {
  const place = loc >= 0 ? d.entities[loc]! : undefined;
  const fits = (e: number): boolean => {
    const ent = d.entities[e]!;
    if (ent.label !== 'ORG' || e === loc) return false;
    if (firstWord(plain(ent.canonical)) !== head) return false;
    return !place || ent.canonical.includes(place.canonical) || ent.canonical.includes(place.text) || ent.text.includes(place.text);
  };
  for (let h = hist.length - 1; h >= 0 && h >= hist.length - 20; h--) if (fits(hist[h]!.ent)) return hist[h]!.ent;
  // the tokens of one name ask the same question: asked once
  let asked = -1;
  for (let k = at - 1; k >= 0 && k >= at - MAX_BACK; k--) {
    const e = d.entAt[k]!;
    if (e < 0 || e === asked) continue;
    if (fits(e)) return e;
    asked = e;
  }
  return undefined;
}

const SPACE = /\s/;
/** s.split(/\s+/)[0], without the array. */
function firstWord(s: string): string {
  const i = s.search(SPACE);
  return i < 0 ? s : s.slice(0, i);
}

const plain = (s: string): string => s.replace(/\u00ad/g, '').toLowerCase();

/** The last organisation before `at` whose name begins with the given lower-case words. */
function lastOrgByPrefix(d: Doc, prefix: string, at: number): number | undefined {
  const fits = (e: number): boolean => {
    if (d.entities[e]!.label !== 'ORG') return false;
    const c = plain(d.entities[e]!.canonical);
    return c === prefix || c.startsWith(`${prefix} `);
  };
  // the tokens of one name ask the same question: asked once
  let asked = -1;
  for (let k = at - 1; k >= 0 && k >= at - MAX_BACK; k--) {
    const e = d.entAt[k]!;
    if (e < 0 || e === asked) continue;
    if (fits(e)) return e;
    asked = e;
  }
  // named only later ("kerajaan negeri" ... "Kerajaan Negeri Selangor")
  for (let k = at; k < d.cols.size && k < at + MAX_BACK; k++) {
    const e = d.entAt[k]!;
    if (e < 0 || e === asked) continue;
    if (fits(e)) return e;
    asked = e;
  }
  return undefined;
}

/** One mention a pronoun or description points at (a function, not a closure made per call). */
const one = (e: number | undefined): Resolved | undefined => (e === undefined ? undefined : { ents: [e], via: 'pronoun' });

export function resolve(d: Doc, trig: Triggers, r: Referent | undefined, hist: readonly SpeakerTurn[]): Resolved | undefined {
  if (!r) return undefined;
  if (r.kind === 'entities') return { ents: r.ents, via: 'name' };
  const sent = d.sentOf[r.at]!;
  switch (r.kind) {
    case 'org': {
      const org = lastOrg(d, hist, r.head, r.loc, r.at);
      if (org !== undefined) return one(org);
      // "kerajaan Indonesia meminta", "kerajaan Kelantan menafikan" with no "Kerajaan ... Indonesia"
      // named: the government of a place is written as the place (ANNOTATION.md section 4), the
      // place speaks; a transparent head only ("pihak", "kerajaan", "negara"), not "Parlimen [X]"
      return r.loc >= 0 && is(d, TRANSPARENT, r.at) ? { ents: [r.loc], via: 'name' } : undefined;
    }
    case 'org-prefix':
      for (let n = r.words.length; n >= 2; n--) {
        const e = lastOrgByPrefix(d, r.words.slice(0, n).join(' '), r.at);
        if (e !== undefined) return one(e);
      }
      return undefined;
    case 'role':
      return one(roleHolder(d, r.at) ?? lastSpeaker(d, hist, sent, SPEAKER_SENTENCES + 5, true) ?? lastPerson(d, trig, r.at, false));
    case 'pronoun':
      switch (r.cls) {
        case 'person':
          return one(
            lastPerson(d, trig, r.at, true) ?? lastSpeaker(d, hist, sent, SPEAKER_SENTENCES, true) ?? lastPerson(d, trig, r.at, false),
          );
        case 'nya':
          return one(lastSpeaker(d, hist, sent, SPEAKER_SENTENCES, false) ?? lastPerson(d, trig, r.at, false));
        case 'any':
          return one(lastSpeaker(d, hist, sent, 6, false));
        default:
          return undefined;
      }
  }
}
