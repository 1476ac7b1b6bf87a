// The corpus report: one self-contained HTML page (inline SVG, no script, opens offline) with
// the monthly mentions of the most mentioned people, the meeting network, the statement network
// (who criticised, praised or urged whom) and the top entities with their variants.
import { lineChartSvg, monthsBetween, networkSvg } from './charts.js';
import type { Networks } from './digests.js';
import type { CorpusEntity } from './entities.js';

export interface ReportInput {
  readonly title: string;
  /** Most mentioned first. */
  readonly entities: readonly CorpusEntity[];
  readonly networks: Networks;
  readonly documents: number;
  readonly problems: number;
  /** Distinct names before the merge. */
  readonly names: number;
  readonly events: number;
}

/** How a statement act is drawn: its family and colour. */
export const ACT_FAMILIES: Readonly<Record<string, { family: string; color: string }>> = {
  CRITICISE: { family: 'criticised', color: '#d64545' },
  ACCUSE: { family: 'criticised', color: '#d64545' },
  REJECT: { family: 'criticised', color: '#d64545' },
  THREATEN: { family: 'criticised', color: '#d64545' },
  DENY: { family: 'criticised', color: '#d64545' },
  PRAISE: { family: 'praised', color: '#2f9e5b' },
  APPEAL: { family: 'urged', color: '#e08a1e' },
  DEMAND: { family: 'urged', color: '#e08a1e' },
};

const LABEL_COLOURS: Readonly<Record<string, string>> = { PER: '#9b87f5', ORG: '#3bbfbf', LOC: '#f5a04a' };
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The edges among the `max` most connected nodes, heaviest first. */
function strongest<E extends { a: string; b: string; weight: number }>(edges: E[], max: number): E[] {
  const degree = new Map<string, number>();
  for (const e of edges) for (const n of [e.a, e.b]) degree.set(n, (degree.get(n) ?? 0) + e.weight);
  const keep = new Set(
    [...degree]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([n]) => n),
  );
  return edges.filter((e) => keep.has(e.a) && keep.has(e.b));
}

export function corpusReport(r: ReportInput, top = 8): string {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const nameOf = (id: string): string => byId.get(id)?.canonical ?? id;
  const colourOf = (id: string): string => LABEL_COLOURS[byId.get(id)?.label ?? 'PER'] ?? '#9b87f5';

  const people = r.entities.filter((e) => e.label === 'PER' && e.months.size > 0).slice(0, top);
  const allMonths = people.flatMap((e) => [...e.months.keys()]).sort();
  const months = allMonths.length > 0 ? monthsBetween(allMonths[0]!, allMonths[allMonths.length - 1]!) : [];
  const timeline = lineChartSvg(
    'Mentions per month',
    `the ${people.length} most mentioned people; a name's variants counted together`,
    months,
    people.map((e, i) => ({
      label: e.canonical,
      color: PALETTE[i % PALETTE.length]!,
      values: months.map((m) => e.months.get(m)?.mentions ?? 0),
    })),
  );

  const meetEdges = [...r.networks.meetings]
    .map(([k, w]) => {
      const [a, b] = k.split('\u0000') as [string, string];
      return { a, b, weight: w };
    })
    .sort((x, y) => y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
  const meetShown = strongest(meetEdges, 40);
  const meetings = networkSvg(
    'Who met whom',
    `${meetShown.length} of ${meetEdges.length} meeting pairs among the most connected; line width = documents; purple person, teal organisation, orange place`,
    meetShown,
    colourOf,
    { labelOf: nameOf },
  );

  // one edge per speaker, target and family of act
  const stmt = new Map<string, { a: string; b: string; weight: number; color: string }>();
  for (const [k, w] of r.networks.statements) {
    const [a, b, act] = k.split('\u0000') as [string, string, string];
    const f = ACT_FAMILIES[act];
    if (f === undefined) continue;
    const key = `${a}\u0000${b}\u0000${f.family}`;
    const e = stmt.get(key);
    if (e) e.weight += w;
    else stmt.set(key, { a, b, weight: w, color: f.color });
  }
  const stmtEdges = [...stmt.values()].sort((x, y) => y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1));
  const stmtShown = strongest(stmtEdges, 40);
  const statements = networkSvg(
    'Who criticised, praised or urged whom',
    `${stmtShown.length} of ${stmtEdges.length} speaker → target edges; red criticised (criticise, accuse, reject, deny, threaten), green praised, orange urged (appeal, demand)`,
    stmtShown,
    colourOf,
    { labelOf: nameOf, directed: true },
  );

  const table = (label: string): string => {
    const rows = r.entities
      .filter((e) => e.label === label)
      .slice(0, 20)
      .map(
        (e) =>
          `<tr><td>${esc(e.canonical)}</td><td><code>${esc(e.id)}</code></td><td>${e.mentions}</td><td>${e.documents}</td><td>${esc(
            e.variants
              .slice(0, 6)
              .map(([v, n]) => `${v} (${n})`)
              .join(', '),
          )}${e.variants.length > 6 ? ', …' : ''}</td></tr>`,
      )
      .join('\n');
    return `<table class="top" data-label="${label}"><tr><th>${label}</th><th>corpus id</th><th>mentions</th><th>documents</th><th>variants</th></tr>\n${rows}\n</table>`;
  };

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(r.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#222;max-width:1140px}
figure{margin:1.5rem 0}table{border-collapse:collapse;margin:1rem 0;font-size:14px}
td,th{border-top:1px solid #eee;padding:.2em .6em;text-align:left;vertical-align:top}code{font-size:12px}</style></head><body>
<h1>${esc(r.title)}</h1>
<p class="summary">${r.documents} documents (${r.problems} not read), ${r.names} names merged into ${r.entities.length} corpus entities, ${r.events} events.</p>
<figure id="timeline">${timeline}</figure>
<figure id="meetings">${meetings}</figure>
<figure id="statements">${statements}</figure>
<h2>Most mentioned</h2>
${table('PER')}
${table('ORG')}
${table('LOC')}
</body></html>
`;
}
