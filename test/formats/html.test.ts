import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlDocument, renderHtml } from '../../src/formats/html.js';
import { RESULT, TEXT } from './fixtures.js';

const strip = (html: string): string =>
  html
    .replace(/<span class="lbl">[A-Z]+<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('html', () => {
  const page = renderHtml([{ text: TEXT, result: RESULT }], 'Ujian');

  it('is one self-contained page: no scripts, no external resources', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('marks every entity with its label, canonical name and kb for the hover', () => {
    for (const e of RESULT.entities) {
      expect(page).toContain(`class="ent ${e.label}"`);
      expect(page).toContain(`data-canonical="${escapeHtml(e.canonical)}"`);
    }
    expect(page).toContain('data-tip="Prabowo Subianto · Q74008 · gazetteer"');
  });

  it('keeps the text itself: removing the markup gives the input back', () => {
    const body = /<div class="text">([\s\S]*?)<\/div>/.exec(htmlDocument(TEXT, RESULT))![1]!;
    expect(strip(body)).toBe(TEXT);
  });

  it('escapes markup in the text', () => {
    const doc = htmlDocument('<b>Ali & "Abu"</b>', { entities: [], relations: [] });
    expect(doc).toContain('&lt;b&gt;Ali &amp; &quot;Abu&quot;&lt;/b&gt;');
  });

  it('lists the relations below the text', () => {
    expect(page).toMatch(/<tr class="rel MEET"><td>MEET<\/td><td>040<\/td><td>bertemu<\/td>/);
    expect(page).toContain('<td>CRITICISE</td>');
    expect(page).toContain('Akmal → Kerajaan (Kerajaan Malaysia)');
  });

  it('says so when a document has no relations', () => {
    expect(htmlDocument('x', { entities: [], relations: [] })).toContain('No relations found.');
  });
});
