// GET /: a demo page for people. Paste Malay text, see entities highlighted by label (canonical
// name and id on hover or focus) and the meetings and statements found. One self-contained
// HTML document, no external assets; its script and style are allowed by hash in the CSP.
import { createHash } from 'node:crypto';

const SAMPLE = `PUTRAJAYA, 14 Jan. – Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Seri Perdana semalam untuk membincangkan kerjasama ekonomi kedua-dua negara.

Menteri Luar Datuk Seri Mohamad Hasan berkata pertemuan itu turut menyentuh isu pekerja migran dan keselamatan di Selat Melaka.

"Malaysia komited untuk memperkukuh hubungan dengan Jakarta," katanya kepada pemberita di Kuala Lumpur.

Sementara itu, Setiausaha Agung Pertubuhan Bangsa-Bangsa Bersatu (PBB), António Guterres menggesa semua pihak di Myanmar menghentikan keganasan.`;

const STYLE = `
:root { --per: #fde2a7; --per-b: #b7791f; --org: #c9e7ff; --org-b: #2b6cb0; --loc: #c6f0d0; --loc-b: #2f855a; --other: #e9e3f5; --other-b: #6b46c1; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a202c; background: #f7f8fa; }
header { padding: 14px 24px; background: #1f2a44; color: #fff; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 2px 0 0; color: #cbd5e0; font-size: 14px; }
header a.api { color: #90cdf4; }
h2.gap { margin-top: 16px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; padding: 20px 24px; max-width: 1400px; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
section { background: #fff; border: 1px solid #e2e8f0; border-radius: 8px; padding: 16px; }
h2 { font-size: 15px; margin: 0 0 10px; text-transform: uppercase; letter-spacing: .04em; color: #4a5568; }
textarea { width: 100%; min-height: 300px; padding: 10px; font: inherit; border: 1px solid #cbd5e0; border-radius: 6px; resize: vertical; }
.controls { display: flex; gap: 12px; align-items: center; margin-top: 10px; flex-wrap: wrap; }
button { font: inherit; padding: 7px 18px; border: 0; border-radius: 6px; background: #2b6cb0; color: #fff; cursor: pointer; }
button:disabled { background: #a0aec0; cursor: wait; }
input[type=date] { font: inherit; padding: 5px; border: 1px solid #cbd5e0; border-radius: 6px; }
#status { color: #4a5568; font-size: 14px; }
#status.error { color: #c53030; }
.legend { display: flex; gap: 10px; margin-bottom: 10px; font-size: 14px; flex-wrap: wrap; }
.legend span { padding: 1px 8px; border-radius: 4px; border: 1px solid; }
.doc { white-space: pre-wrap; word-wrap: break-word; line-height: 1.9; }
mark { position: relative; padding: 1px 2px; border-radius: 3px; border-bottom: 2px solid; color: inherit; cursor: help; }
mark.flip:hover::after, mark.flip:focus::after { left: auto; right: 0; }
mark .lbl { font-size: 10px; font-weight: 700; margin-left: 3px; vertical-align: 1px; opacity: .75; }
.PER { background: var(--per); border-color: var(--per-b); }
.ORG { background: var(--org); border-color: var(--org-b); }
.LOC { background: var(--loc); border-color: var(--loc-b); }
.OTHER { background: var(--other); border-color: var(--other-b); }
mark:hover::after, mark:focus::after { content: attr(data-tip); position: absolute; left: 0; max-width: 360px; overflow-wrap: anywhere; top: 100%; margin-top: 6px; z-index: 2; white-space: pre-wrap; width: max-content; padding: 4px 8px; border-radius: 4px; background: #1a202c; color: #fff; font-size: 13px; line-height: 1.4; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
ul { margin: 0; padding-left: 20px; }
li { margin: 4px 0; }
.empty { color: #718096; font-style: italic; }
.chip { font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 3px; border: 1px solid; }
.act { font-size: 12px; font-weight: 700; padding: 0 6px; border-radius: 3px; background: #edf2f7; color: #2d3748; }
.quote { color: #4a5568; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #edf2f7; }
code { font-size: 13px; color: #553c9a; }
`;

const SCRIPT = `
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var LABELS = { PER: 'person', ORG: 'organisation', LOC: 'place' };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function count(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
  function labelClass(l) { return LABELS[l] ? l : 'OTHER'; }
  function quote(s) { return '\\u201c' + s + '\\u201d'; }
  function renderDoc(text, entities) {
    var doc = $('doc');
    doc.textContent = '';
    var sorted = entities.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var at = 0;
    sorted.forEach(function (e) {
      if (e.start < at) return; // overlapping spans of another label set: keep the first
      if (e.start > at) doc.appendChild(document.createTextNode(text.slice(at, e.start)));
      var m = el('mark', labelClass(e.label));
      m.tabIndex = 0;
      var tip = e.canonical + (e.kb ? '  \\u00b7  ' + e.kb : '') + '\\n' + e.label + ', ' + e.source + (e.score !== undefined ? ', score ' + e.score : '');
      m.setAttribute('data-tip', tip);
      m.title = tip;
      m.setAttribute('data-label', e.label);
      m.setAttribute('data-canonical', e.canonical);
      if (e.kb) m.setAttribute('data-kb', e.kb);
      m.appendChild(document.createTextNode(text.slice(e.start, e.end)));
      m.appendChild(el('span', 'lbl', e.label));
      doc.appendChild(m);
      at = e.end;
    });
    doc.appendChild(document.createTextNode(text.slice(at)));
    // Tooltips of marks near the right edge open leftwards, inside the page.
    doc.querySelectorAll('mark').forEach(function (m) {
      if (m.getBoundingClientRect().left + 360 > document.documentElement.clientWidth) m.classList.add('flip');
    });
  }
  function renderLegend(entities) {
    var counts = {};
    entities.forEach(function (e) { counts[e.label] = (counts[e.label] || 0) + 1; });
    var lg = $('legend');
    lg.textContent = '';
    ['PER', 'ORG', 'LOC'].concat(Object.keys(counts).filter(function (k) { return !LABELS[k]; })).forEach(function (l) {
      lg.appendChild(el('span', labelClass(l), l + ' ' + (LABELS[l] || '') + ': ' + (counts[l] || 0)));
    });
  }
  function renderEntities(entities) {
    var seen = {};
    var rows = [];
    entities.forEach(function (e) {
      var key = e.label + '|' + (e.kb || e.canonical);
      if (!seen[key]) { seen[key] = { e: e, n: 0 }; rows.push(seen[key]); }
      seen[key].n++;
    });
    var tb = $('entities');
    tb.textContent = '';
    if (!rows.length) { var tr0 = el('tr'); tr0.appendChild(el('td', 'empty', 'No entities found.')); tb.appendChild(tr0); return; }
    rows.forEach(function (r) {
      var tr = el('tr');
      var lab = el('td'); lab.appendChild(el('span', 'chip ' + labelClass(r.e.label), r.e.label)); tr.appendChild(lab);
      tr.appendChild(el('td', '', r.e.canonical));
      var kb = el('td'); if (r.e.kb) kb.appendChild(el('code', '', r.e.kb)); tr.appendChild(kb);
      tr.appendChild(el('td', '', String(r.n)));
      tb.appendChild(tr);
    });
  }
  function list(id, items, render, none) {
    var ul = $(id);
    ul.textContent = '';
    if (!items.length) { ul.appendChild(el('li', 'empty', none)); return; }
    items.forEach(function (r) { var li = el('li'); render(li, r); ul.appendChild(li); });
  }
  function renderRelations(relations) {
    var meets = relations.filter(function (r) { return r.type === 'MEET'; });
    var says = relations.filter(function (r) { return r.type === 'STATEMENT'; });
    list('meetings', meets, function (li, r) {
      li.appendChild(el('strong', '', r.participants.map(function (p) { return p.text; }).join(' \\u2194 ')));
      li.appendChild(document.createTextNode(' \\u2014 ' + quote(r.trigger.text)));
      if (r.place) li.appendChild(document.createTextNode(', at ' + r.place.text));
      if (r.time) li.appendChild(document.createTextNode(', ' + r.time.text + (r.time.value ? ' (' + r.time.value + ')' : '')));
      if (r.modality && r.modality !== 'asserted') li.appendChild(document.createTextNode(' [' + r.modality + ']'));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'act', 'CAMEO ' + r.cameo));
    }, 'No meetings found.');
    list('statements', says, function (li, r) {
      li.appendChild(el('strong', '', r.speaker.text));
      if (r.speaker_via === 'pronoun') li.appendChild(document.createTextNode(' (via ' + quote(r.trigger.text) + ')'));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'act', r.act + ' ' + r.cameo));
      if (r.target) li.appendChild(document.createTextNode(' \\u2192 ' + r.target.text));
      if (r.content) { li.appendChild(document.createTextNode(': ')); li.appendChild(el('span', 'quote', quote(r.content.text))); }
    }, 'No statements found.');
  }
  function setStatus(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }
  function run() {
    var text = $('text').value;
    var body = { text: text, fields: ['entities', 'relations'] };
    if ($('date').value) body.date = $('date').value;
    $('go').disabled = true;
    setStatus('Tagging\\u2026', false);
    var t0 = performance.now();
    fetch('/v1/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (res) { return res.json().then(function (j) { return { ok: res.ok, status: res.status, json: j }; }); })
      .then(function (r) {
        if (!r.ok) { setStatus('Error ' + r.status + ' ' + r.json.error.code + ': ' + r.json.error.message, true); return; }
        var d = r.json;
        renderLegend(d.entities);
        renderDoc(text, d.entities);
        renderEntities(d.entities);
        renderRelations(d.relations);
        var meets = d.relations.filter(function (x) { return x.type === 'MEET'; }).length;
        setStatus(count(d.entities.length, 'entity', 'entities') + ', ' + count(meets, 'meeting', 'meetings') + ', ' + count(d.relations.length - meets, 'statement', 'statements') + ' in ' + Math.round(performance.now() - t0) + ' ms', false);
        document.body.setAttribute('data-state', 'done');
      })
      .catch(function (e) { setStatus('Request failed: ' + e.message, true); })
      .then(function () { $('go').disabled = false; });
  }
  $('go').addEventListener('click', run);
  $('text').addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
})();
`;

const sha = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha(SCRIPT)}`,
  `style-src ${sha(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kenal: Malay news tagger</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>kenal</h1>
<p>People, places and organisations in Malay news, linked to the lexicon; who met whom and who said what. API: <a class="api" href="/openapi.json">/openapi.json</a></p>
</header>
<main>
<section>
<h2><label for="text">Text</label></h2>
<textarea id="text" spellcheck="false">${esc(SAMPLE)}</textarea>
<div class="controls">
<button id="go" type="button">Tag</button>
<label>Publication date <input id="date" type="date" value="2025-01-15"></label>
<span id="status" role="status">Paste Malay text and press Tag (Ctrl+Enter).</span>
</div>
</section>
<section>
<h2>Entities</h2>
<div class="legend" id="legend"></div>
<div class="doc" id="doc"></div>
</section>
<section>
<h2>Meetings</h2>
<ul id="meetings"><li class="empty">Nothing yet.</li></ul>
<h2 class="gap">Statements</h2>
<ul id="statements"><li class="empty">Nothing yet.</li></ul>
</section>
<section>
<h2>Linked entities</h2>
<table><thead><tr><th>label</th><th>canonical name</th><th>id</th><th>mentions</th></tr></thead><tbody id="entities"></tbody></table>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
