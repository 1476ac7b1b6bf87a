// Pictures for the corpus report and the news-corpus example, as self-contained plain SVG (no
// charting library to load or pin: a page that opens offline): a horizontal bar chart, a line
// chart of monthly counts, and a force-directed network. Pure functions of the counts,
// deterministic (no randomness): the same corpus draws the same picture.

export interface Bar {
  readonly label: string;
  readonly value: number;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, DejaVu Sans, sans-serif"';
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Side-by-side horizontal bar charts, one panel per series, each bar labelled with its count. */
export function barChartSvg(
  title: string,
  panels: readonly { readonly title: string; readonly color: string; readonly bars: readonly Bar[] }[],
): string {
  const barH = 22;
  const gap = 6;
  const labelW = 270;
  const plotW = 250;
  const panelW = labelW + plotW + 60;
  const rows = Math.max(1, ...panels.map((p) => p.bars.length));
  const top = 70;
  const height = top + rows * (barH + gap) + 30;
  const width = panels.length * panelW + 20;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="30" font-size="20" font-weight="700" fill="#222">${esc(title)}</text>`,
  ];
  panels.forEach((p, k) => {
    const x0 = 20 + k * panelW;
    const max = Math.max(1, ...p.bars.map((b) => b.value));
    parts.push(`<text x="${x0}" y="58" font-size="15" font-weight="600" fill="#444">${esc(p.title)}</text>`);
    if (p.bars.length === 0) parts.push(`<text x="${x0}" y="${top + 16}" font-size="13" fill="#888">none found</text>`);
    p.bars.forEach((b, i) => {
      const y = top + i * (barH + gap);
      const w = Math.max(2, (b.value / max) * plotW);
      parts.push(
        `<text x="${x0 + labelW - 8}" y="${y + barH * 0.7}" font-size="13" text-anchor="end" fill="#222">${esc(clip(b.label, 38))}</text>`,
        `<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" rx="3" fill="${p.color}"/>`,
        `<text x="${(x0 + labelW + w + 6).toFixed(1)}" y="${y + barH * 0.7}" font-size="12" fill="#444">${b.value}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export interface Edge {
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  /** Stroke colour (default grey). */
  readonly color?: string;
}

export interface NetworkOptions {
  /** A node's label (default: its id). */
  readonly labelOf?: (node: string) => string;
  /** Edges go from a to b: drawn curved (a->b and b->a apart) with an arrow head. */
  readonly directed?: boolean;
  readonly width?: number;
}

interface Node {
  readonly id: string;
  x: number;
  y: number;
  dx: number;
  dy: number;
  weight: number;
}

/** Fruchterman-Reingold inside a square of side `side`, started on a circle: the same input gives the same picture. */
function forceLayout(ids: readonly string[], edges: readonly Edge[], side: number, iterations = 300): Map<string, Node> {
  const nodes = new Map<string, Node>();
  ids.forEach((id, i) => {
    const t = (2 * Math.PI * i) / ids.length;
    nodes.set(id, { id, x: side / 2 + (side / 3) * Math.cos(t), y: side / 2 + (side / 3) * Math.sin(t), dx: 0, dy: 0, weight: 0 });
  });
  const list = [...nodes.values()];
  const k = (side / Math.sqrt(list.length)) * 0.75;
  let temp = side / 6;
  for (let it = 0; it < iterations; it++) {
    for (const v of list) {
      v.dx = (side / 2 - v.x) * 0.05;
      v.dy = (side / 2 - v.y) * 0.05;
      for (const u of list) {
        if (u === v) continue;
        const dx = v.x - u.x;
        const dy = v.y - u.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        v.dx += (dx / d) * ((k * k) / d);
        v.dy += (dy / d) * ((k * k) / d);
      }
    }
    for (const e of edges) {
      const v = nodes.get(e.a)!;
      const u = nodes.get(e.b)!;
      const dx = v.x - u.x;
      const dy = v.y - u.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      v.dx -= (dx / d) * f;
      v.dy -= (dy / d) * f;
      u.dx += (dx / d) * f;
      u.dy += (dy / d) * f;
    }
    for (const v of list) {
      const d = Math.max(0.01, Math.hypot(v.dx, v.dy));
      v.x = Math.min(side, Math.max(0, v.x + (v.dx / d) * Math.min(d, temp)));
      v.y = Math.min(side, Math.max(0, v.y + (v.dy / d) * Math.min(d, temp)));
    }
    temp = Math.max(0.5, temp * 0.98);
  }
  return nodes;
}

/**
 * Node positions: each connected component laid out by forces on its own, then the
 * components packed in rows (largest first) across `width`. Returns the height used.
 */
export function layout(
  edges: readonly Edge[],
  width: number,
  top = 0,
): { pos: Map<string, { x: number; y: number; weight: number }>; height: number } {
  const ids = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort();
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const e of edges) parent.set(find(e.a), find(e.b));
  const comps = new Map<string, string[]>();
  for (const id of ids) comps.set(find(id), [...(comps.get(find(id)) ?? []), id]);
  const weight = new Map<string, number>();
  for (const e of edges) for (const n of [e.a, e.b]) weight.set(n, (weight.get(n) ?? 0) + e.weight);
  const boxes = [...comps.values()]
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!))
    .map((members) => {
      const inside = new Set(members);
      const es = edges.filter((e) => inside.has(e.a));
      const side = Math.min(width - 200, 190 * Math.sqrt(members.length));
      const nodes = forceLayout(members, es, side);
      const xs = [...nodes.values()].map((n) => n.x);
      const ys = [...nodes.values()].map((n) => n.y);
      const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
      // room for labels: 90 px each side, 40 above
      return { nodes, w: Math.max(...xs) - x0 + 180, h: Math.max(...ys) - y0 + 70, x0: x0 - 90, y0: y0 - 40 };
    });
  const pos = new Map<string, { x: number; y: number; weight: number }>();
  let x = 0;
  let y = top;
  let rowH = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > width) {
      x = 0;
      y += rowH;
      rowH = 0;
    }
    for (const n of b.nodes.values()) pos.set(n.id, { x: x + n.x - b.x0, y: y + n.y - b.y0, weight: weight.get(n.id) ?? 0 });
    x += b.w;
    rowH = Math.max(rowH, b.h);
  }
  return { pos, height: y + rowH };
}

/** A network picture: nodes sized by their total edge weight, edges as thick as their weight, every node labelled. */
export function networkSvg(
  title: string,
  subtitle: string,
  edges: readonly Edge[],
  colorOf: (node: string) => string = () => '#7b61ff',
  options: NetworkOptions = {},
): string {
  const width = options.width ?? 1100;
  const labelOf = options.labelOf ?? ((n: string) => n);
  const { pos, height: used } = layout(edges, width - 40, 70);
  const height = Math.max(200, used + 20);
  for (const p of pos.values()) p.x += 20;
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const maxN = Math.max(1, ...[...pos.values()].map((p) => p.weight));
  const colours = [...new Set(edges.map((e) => e.color ?? '#9aa3b5'))].sort();
  const marker = (c: string): string => `arrow-${colours.indexOf(c)}`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="30" font-size="20" font-weight="700" fill="#222">${esc(title)}</text>`,
    `<text x="20" y="52" font-size="13" fill="#666">${esc(subtitle)}</text>`,
  ];
  if (options.directed)
    parts.push(
      `<defs>${colours
        .map(
          (c) =>
            `<marker id="${marker(c)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
        )
        .join('')}</defs>`,
    );
  if (edges.length === 0)
    parts.push(`<text x="${width / 2}" y="${height / 2}" font-size="16" text-anchor="middle" fill="#888">none found</text>`);
  const radius = (w: number): number => 5 + 9 * Math.sqrt(w / maxN);
  for (const e of [...edges].sort((x, y) => x.weight - y.weight || (x.a + x.b < y.a + y.b ? -1 : 1))) {
    const a = pos.get(e.a)!;
    const b = pos.get(e.b)!;
    const w = 1 + (3 * e.weight) / maxW;
    const colour = e.color ?? '#9aa3b5';
    const tip = `<title>${esc(`${labelOf(e.a)} ${options.directed ? '→' : '–'} ${labelOf(e.b)}: ${e.weight}`)}</title>`;
    if (options.directed) {
      // a curve bending to the right of a->b, ending at the target's rim
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(1, Math.hypot(dx, dy));
      const cx = (a.x + b.x) / 2 - (dy / d) * 0.15 * d;
      const cy = (a.y + b.y) / 2 + (dx / d) * 0.15 * d;
      const ex = b.x - ((b.x - cx) / Math.max(1, Math.hypot(b.x - cx, b.y - cy))) * (radius(b.weight) + 2);
      const ey = b.y - ((b.y - cy) / Math.max(1, Math.hypot(b.x - cx, b.y - cy))) * (radius(b.weight) + 2);
      parts.push(
        `<path class="edge" d="M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}" fill="none" stroke="${colour}" stroke-opacity="0.85" stroke-width="${w.toFixed(1)}" marker-end="url(#${marker(colour)})">${tip}</path>`,
      );
    } else
      parts.push(
        `<line class="edge" x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${colour}" stroke-opacity="0.8" stroke-width="${w.toFixed(1)}">${tip}</line>`,
      );
  }
  for (const [id, p] of [...pos].sort((x, y) => x[1].weight - y[1].weight || (x[0] < y[0] ? -1 : 1))) {
    const r = radius(p.weight);
    parts.push(
      `<circle class="node" cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colorOf(id)}" stroke="#fff" stroke-width="1.5"><title>${esc(`${labelOf(id)}: ${p.weight}`)}</title></circle>`,
      `<text x="${p.x.toFixed(1)}" y="${(p.y - r - 4).toFixed(1)}" font-size="12" text-anchor="middle" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(clip(labelOf(id), 28))}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export interface Series {
  readonly label: string;
  readonly color: string;
  /** Value per x position (the same length as the x labels); missing months are 0. */
  readonly values: readonly number[];
}

/** Every month from `first` to `last` ("YYYY-MM"), in order. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** A line chart of several series over months, with a legend: one polyline per series. */
export function lineChartSvg(title: string, subtitle: string, months: readonly string[], series: readonly Series[], width = 1100): string {
  const height = 460;
  const [left, right, top, bottom] = [60, 250, 70, 50];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  // a round step: 1, 2 or 5 times a power of ten, about five lines
  const raw = max / 5;
  const p10 = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((k) => k * p10).find((s) => s >= raw) ?? raw;
  const yMax = Math.ceil(max / step) * step;
  const x = (i: number): number => left + (months.length <= 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (v: number): number => top + plotH - (v / yMax) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="30" font-size="20" font-weight="700" fill="#222">${esc(title)}</text>`,
    `<text x="20" y="52" font-size="13" fill="#666">${esc(subtitle)}</text>`,
  ];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(
      `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${left + plotW}" y2="${y(v).toFixed(1)}" stroke="#eee"/>`,
      `<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#666">${Math.round(v)}</text>`,
    );
  }
  // a tick per January (per month when the span is short)
  const every = months.length <= 18;
  months.forEach((m, i) => {
    if (!every && !m.endsWith('-01') && i !== 0) return;
    parts.push(
      `<line x1="${x(i).toFixed(1)}" y1="${top + plotH}" x2="${x(i).toFixed(1)}" y2="${top + plotH + 5}" stroke="#999"/>`,
      `<text x="${x(i).toFixed(1)}" y="${top + plotH + 20}" font-size="11" text-anchor="middle" fill="#666">${esc(every ? m : m.slice(0, 4))}</text>`,
    );
  });
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#999"/>`);
  if (series.length === 0 || months.length === 0)
    parts.push(
      `<text x="${left + plotW / 2}" y="${top + plotH / 2}" font-size="16" text-anchor="middle" fill="#888">no dated mentions</text>`,
    );
  series.forEach((s, k) => {
    const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline class="series" points="${pts}" fill="none" stroke="${s.color}" stroke-width="2" stroke-linejoin="round"><title>${esc(s.label)}</title></polyline>`,
      `<rect x="${left + plotW + 20}" y="${top + k * 22}" width="14" height="14" rx="2" fill="${s.color}"/>`,
      `<text class="legend" x="${left + plotW + 40}" y="${top + k * 22 + 12}" font-size="13" fill="#222">${esc(clip(s.label, 28))}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
