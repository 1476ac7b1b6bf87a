// Text as it arrives from scrapers and editors: HTML entities left in, Windows line endings,
// no-break spaces, tabs, a byte order mark, zero-width spaces, ALL CAPS and all lower case.
// Sentences written for these tests. extract() must find the same people, places and bodies
// (same labels, same links) and the same relations as in the clean text, with spans exact
// in the text as given.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { DocumentResult } from '../../src/types.js';

const CLEAN = [
  'Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Jakarta semalam.',
  '"Kami akan terus bekerjasama," kata Anwar kepada pemberita.',
  'Kementerian Luar Negeri berkata Malaysia akan menghantar bantuan kemanusiaan ke Gaza minggu depan.',
].join('\n');

/** What should survive any re-encoding: labels and links in order, and the relations' shapes. */
function gist(r: DocumentResult): unknown {
  return {
    entities: r.entities.map((e) => [e.label, e.kb ?? e.canonical.replace(/\s+/g, ' ')]),
    relations: r.relations.map((x) => (x.type === 'MEET' ? ['MEET', x.participants.length] : ['STATEMENT', x.act])),
  };
}

function exactSpans(text: string, r: DocumentResult): void {
  for (const s of [...r.entities, ...(r.sentences ?? []), ...(r.dates ?? [])]) expect(text.slice(s.start, s.end)).toBe(s.text);
}

const clean = extract(CLEAN);

describe('re-encoded text gives the same entities, links and relations', () => {
  it('the clean text finds what these tests rely on', () => {
    expect(clean.entities.map((e) => e.kb)).toEqual(
      expect.arrayContaining(['per:anwar-ibrahim', 'per:prabowo-subianto', 'org:kementerian-luar-negeri', 'MY']),
    );
    expect(clean.relations.map((x) => x.type)).toEqual(['MEET', 'STATEMENT', 'STATEMENT']);
  });

  it.each([
    ['Windows line endings', (s: string) => s.replace(/\n/g, '\r\n')],
    ['old Mac line endings', (s: string) => s.replace(/\n/g, '\r')],
    ['no-break spaces', (s: string) => s.replace(/ /g, '\u00a0')],
    ['narrow no-break spaces', (s: string) => s.replace(/ /g, '\u202f')],
    ['tabs', (s: string) => s.replace(/ /g, '\t')],
    ['double spaces', (s: string) => s.replace(/ /g, '  ')],
    ['a byte order mark', (s: string) => `\ufeff${s}`],
    ['a byte order mark on every line', (s: string) => s.replace(/^/gm, '\ufeff')],
    ['HTML quote entities', (s: string) => s.replace(/"/g, '&quot;')],
    ['HTML numeric quotes', (s: string) => s.replace(/"(.*?)"/, '&#8220;$1&#8221;')],
    ['curly quotes', (s: string) => s.replace(/"(.*?)"/, '“$1”')],
    ['trailing whitespace on lines', (s: string) => s.replace(/\n/g, '  \t\n')],
  ])('%s', (_name, f) => {
    const text = f(CLEAN);
    const r = extract(text);
    exactSpans(text, r);
    expect(gist(r)).toEqual(gist(clean));
  });

  it('HTML entities inside the text (&amp; &#8217;) do not break the names around them', () => {
    const text = 'Syarikat Maju &amp; Jaya Sdn Bhd menafikan dakwaan itu. Anwar Ibrahim tiba di Kuala Lumpur&#8217;s pusat bandar.';
    const r = extract(text);
    exactSpans(text, r);
    expect(r.entities.map((e) => e.kb)).toEqual(expect.arrayContaining(['per:anwar-ibrahim']));
    expect(r.entities.some((e) => e.text.includes('&amp;') && e.label !== 'ORG')).toBe(false);
  });

  it('zero-width spaces between words keep the people and places', () => {
    const text = CLEAN.replace(/ /g, '\u200b ');
    const r = extract(text);
    exactSpans(text, r);
    expect(r.entities.map((e) => e.kb)).toEqual(expect.arrayContaining(['per:anwar-ibrahim', 'per:prabowo-subianto', 'MY']));
  });
});

describe('letter case', () => {
  it('ALL CAPS keeps the known people and places, linked, and the meeting', () => {
    const text = CLEAN.toUpperCase();
    const r = extract(text);
    exactSpans(text, r);
    expect(r.entities.map((e) => e.kb)).toEqual(
      expect.arrayContaining(['per:anwar-ibrahim', 'per:prabowo-subianto', 'org:kementerian-luar-negeri', 'MY']),
    );
    expect(r.relations.some((x) => x.type === 'MEET')).toBe(true);
    // canonical names are the lexicon's, not the shouting
    expect(r.entities.find((e) => e.kb === 'per:anwar-ibrahim')?.canonical).toBe('Anwar Ibrahim');
  });

  it('an ALL-CAPS headline over a normal body keeps the body intact', () => {
    const text = `ANWAR TEMUI PRABOWO DI JAKARTA\n\n${CLEAN}`;
    const r = extract(text);
    exactSpans(text, r);
    const body = r.entities.filter((e) => e.start >= text.indexOf(CLEAN)).map((e) => [e.label, e.kb ?? e.canonical]);
    expect(body).toEqual(clean.entities.map((e) => [e.label, e.kb ?? e.canonical]));
  });

  it('all lower case: no crash, no invented entity (every recogniser needs a capital; see case-recall.ts)', () => {
    const text = CLEAN.toLowerCase();
    const r = extract(text);
    exactSpans(text, r);
    for (const e of r.entities) expect(clean.entities.map((c) => c.text.toLowerCase())).toContain(e.text);
  });
});
