// Pictures for the news-corpus example, as self-contained SVG: a horizontal bar chart and a
// force-directed network. Pure functions of the counts, deterministic (no randomness).

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
  width = 1100,
): string {
  const { pos, height: used } = layout(edges, width - 40, 70);
  const height = Math.max(200, used + 20);
  for (const p of pos.values()) p.x += 20;
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const maxN = Math.max(1, ...[...pos.values()].map((p) => p.weight));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="20" y="30" font-size="20" font-weight="700" fill="#222">${esc(title)}</text>`,
    `<text x="20" y="52" font-size="13" fill="#666">${esc(subtitle)}</text>`,
  ];
  if (edges.length === 0)
    parts.push(`<text x="${width / 2}" y="${height / 2}" font-size="16" text-anchor="middle" fill="#888">no meetings found</text>`);
  for (const e of [...edges].sort((x, y) => x.weight - y.weight)) {
    const a = pos.get(e.a)!;
    const b = pos.get(e.b)!;
    const w = 1 + (3 * e.weight) / maxW;
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#9aa3b5" stroke-opacity="0.8" stroke-width="${w.toFixed(1)}"><title>${esc(`${e.a} – ${e.b}: ${e.weight}`)}</title></line>`,
    );
  }
  for (const [id, p] of [...pos].sort((x, y) => x[1].weight - y[1].weight)) {
    const r = 5 + 9 * Math.sqrt(p.weight / maxN);
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colorOf(id)}" stroke="#fff" stroke-width="1.5"><title>${esc(`${id}: ${p.weight}`)}</title></circle>`,
      `<text x="${p.x.toFixed(1)}" y="${(p.y - r - 4).toFixed(1)}" font-size="12" text-anchor="middle" fill="#222" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(clip(id, 28))}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
