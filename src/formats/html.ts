// A self-contained HTML page (no scripts, no external resources) that shows documents with
// their entities highlighted by label, like displaCy: the label after each mention, the
// canonical name and kb id on hover, relation triggers underlined, and each document's
// relations listed below it. Browser-safe: no Node imports.
import type { DocumentResult, Entity, Relation, Span } from '../types.js';
import { entityAt } from './csv.js';

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
:root { --per: #c9b8ff; --org: #8ee8e8; --loc: #ffc58a; --other: #ddd; }
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #fafafa; color: #222; }
header { padding: 1rem 2rem; background: #fff; border-bottom: 1px solid #e5e5e5; position: sticky; top: 0; }
header h1 { font-size: 1.2rem; margin: 0 0 .3rem; }
.legend span { margin-right: 1rem; }
main { padding: 1rem 2rem; max-width: 60rem; }
article { background: #fff; border: 1px solid #e5e5e5; border-radius: 6px; padding: 1rem 1.5rem; margin: 0 0 1.5rem; }
article h2 { font-size: .9rem; color: #666; font-weight: 600; margin: 0 0 .5rem; }
.text { white-space: pre-wrap; line-height: 2.3; }
mark.ent { padding: .15em .35em; border-radius: .35em; position: relative; color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.PER { background: var(--per); } mark.ORG { background: var(--org); } mark.LOC { background: var(--loc); }
mark.ent .lbl { font-size: .62em; font-weight: 700; letter-spacing: .03em; margin-left: .35em; vertical-align: middle; text-transform: uppercase; }
mark.ent:hover::after, mark.ent:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 2; white-space: nowrap;
  background: #222; color: #fff; font-size: .75rem; line-height: 1.4; padding: .2em .5em; border-radius: 4px; }
.trigger { text-decoration: underline 2px #d33; text-underline-offset: 3px; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: .2em; vertical-align: -.1em; margin-right: .3em; }
table.rels { border-collapse: collapse; margin-top: 1rem; font-size: .85rem; width: 100%; }
table.rels th, table.rels td { border-top: 1px solid #eee; padding: .3em .5em; text-align: left; vertical-align: top; }
table.rels th { color: #666; font-weight: 600; }
.none { color: #888; font-size: .85rem; margin-top: .8rem; }
.error { color: #b00; }
`;

/** The page up to the first document. */
export function htmlHead(title: string): string {
  const sw = (l: string, v: string): string => `<span><i class="swatch" style="background:var(--${v})"></i>${l}</span>`;
  return `<!doctype html>
<html lang="ms">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><div class="legend">${sw('PER person', 'per')}${sw('ORG organisation', 'org')}${sw('LOC place', 'loc')}<span><span class="trigger">trigger</span> relation</span></div></header>
<main>
`;
}

export const htmlFoot = (): string => '</main>\n</body>\n</html>\n';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly entity?: Entity;
  readonly relation?: Relation;
}

function relationTitle(r: Relation): string {
  return r.type === 'MEET' ? `MEET (CAMEO ${r.cameo}, ${r.modality})` : `STATEMENT ${r.act} (CAMEO ${r.cameo})`;
}

function marks(doc: Pick<DocumentResult, 'entities' | 'relations'>): Mark[] {
  const taken: Mark[] = [];
  const free = (s: Span): boolean => taken.every((m) => m.end <= s.start || m.start >= s.end);
  for (const e of [...doc.entities].sort((a, b) => a.start - b.start || b.end - a.end))
    if (e.end > e.start && free(e)) taken.push({ start: e.start, end: e.end, entity: e });
  for (const r of doc.relations)
    if (r.trigger.end > r.trigger.start && free(r.trigger)) taken.push({ start: r.trigger.start, end: r.trigger.end, relation: r });
  return taken.sort((a, b) => a.start - b.start);
}

function highlighted(text: string, doc: Pick<DocumentResult, 'entities' | 'relations'>): string {
  let out = '';
  let at = 0;
  for (const m of marks(doc)) {
    out += escapeHtml(text.slice(at, m.start));
    const body = escapeHtml(text.slice(m.start, m.end));
    if (m.entity) {
      const e = m.entity;
      const tip = `${e.canonical}${e.kb !== undefined ? ` · ${e.kb}` : ''} · ${e.source}`;
      out += `<mark class="ent ${e.label}" tabindex="0" title="${escapeHtml(tip)}" data-tip="${escapeHtml(tip)}" data-label="${e.label}" data-canonical="${escapeHtml(e.canonical)}"${e.kb !== undefined ? ` data-kb="${escapeHtml(e.kb)}"` : ''}>${body}<span class="lbl">${e.label}</span></mark>`;
    } else if (m.relation) {
      out += `<span class="trigger" title="${escapeHtml(relationTitle(m.relation))}">${body}</span>`;
    }
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}

function relationTable(doc: Pick<DocumentResult, 'entities' | 'relations'>): string {
  if (doc.relations.length === 0) return '<p class="none">No relations found.</p>';
  const name = (s: Span | undefined): string => {
    if (s === undefined) return '';
    const e = entityAt(doc.entities, s);
    return escapeHtml(e && e.canonical !== s.text ? `${s.text} (${e.canonical})` : s.text);
  };
  const rows = doc.relations.map((r) => {
    if (r.type === 'MEET') {
      const extra = [
        r.place ? `at ${name(r.place)}` : '',
        r.time ? `${escapeHtml(r.time.text)}${r.time.value ? ` (${escapeHtml(r.time.value)})` : ''}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return `<tr class="rel MEET"><td>MEET</td><td>${r.cameo}</td><td>${escapeHtml(r.trigger.text)}</td><td>${r.participants.map(name).join(' · ')}</td><td>${r.modality}${extra ? `; ${extra}` : ''}</td></tr>`;
    }
    const content = r.content ? `“${escapeHtml(r.content.text.length > 160 ? `${r.content.text.slice(0, 157)}…` : r.content.text)}”` : '';
    return `<tr class="rel STATEMENT"><td>${r.act}</td><td>${r.cameo}</td><td>${escapeHtml(r.trigger.text)}</td><td>${name(r.speaker)}${r.speaker_via === 'pronoun' ? ' (via pronoun)' : ''}${r.target ? ` → ${name(r.target)}` : ''}</td><td>${content}</td></tr>`;
  });
  return `<table class="rels"><thead><tr><th>relation</th><th>CAMEO</th><th>trigger</th><th>who</th><th>details</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** One document as an <article>: heading, highlighted text, relations. */
export function htmlDocument(text: string, doc: Pick<DocumentResult, 'entities' | 'relations'>, heading?: string): string {
  const h = heading !== undefined ? `<h2>${escapeHtml(heading)}</h2>` : '';
  return `<article>${h}<div class="text">${highlighted(text, doc)}</div>${relationTable(doc)}</article>\n`;
}

/** An input record that could not be processed, shown in its place. */
export function htmlError(heading: string, message: string): string {
  return `<article><h2>${escapeHtml(heading)}</h2><p class="error">${escapeHtml(message)}</p></article>\n`;
}

/** A whole page for a few documents. */
export function renderHtml(
  docs: readonly { readonly text: string; readonly result: Pick<DocumentResult, 'entities' | 'relations' | 'id'> }[],
  title = 'kenal',
): string {
  return htmlHead(title) + docs.map((d) => htmlDocument(d.text, d.result, d.result.id)).join('') + htmlFoot();
}
