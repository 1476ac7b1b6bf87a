// The report's pictures as plain SVG: months on the axis without gaps, one line per series,
// arrows on directed networks.
import { describe, expect, it } from 'vitest';
import { lineChartSvg, monthsBetween, networkSvg } from '../../src/corpus/charts.js';

describe('monthsBetween', () => {
  it.each([
    ['2024-01', '2024-01', ['2024-01']],
    ['2023-11', '2024-02', ['2023-11', '2023-12', '2024-01', '2024-02']],
    ['2024-03', '2024-01', []],
  ])('%s .. %s', (a, b, expected) => {
    expect(monthsBetween(a, b)).toEqual(expected);
  });
});

describe('lineChartSvg', () => {
  const months = monthsBetween('2024-01', '2024-04');
  const svg = lineChartSvg('t', 's', months, [
    { label: 'Farid & Osman', color: '#123456', values: [1, 0, 5, 2] },
    { label: 'Siti', color: '#654321', values: [0, 3, 0, 0] },
  ]);

  it('draws one polyline per series, a point per month, and a legend entry each', () => {
    const lines = [...svg.matchAll(/<polyline class="series" points="([^"]*)"/g)].map((m) => m[1]!.split(' ').length);
    expect(lines).toEqual([4, 4]);
    expect([...svg.matchAll(/class="legend"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Farid &amp; Osman', 'Siti']);
  });

  it('says so when there is nothing dated', () => {
    expect(lineChartSvg('t', 's', [], [])).toContain('no dated mentions');
  });
});

describe('networkSvg', () => {
  const edges = [
    { a: 'x', b: 'y', weight: 2, color: '#d64545' },
    { a: 'y', b: 'x', weight: 1, color: '#2f9e5b' },
  ];
  it('draws directed edges as curves with an arrow head of their colour, nodes by their label', () => {
    const svg = networkSvg('t', 's', edges, () => '#999', { directed: true, labelOf: (n) => n.toUpperCase() });
    expect(svg.match(/<path class="edge"/g)).toHaveLength(2);
    expect(svg.match(/<marker /g)).toHaveLength(2);
    expect(svg).toContain('<title>X → Y: 2</title>');
  });
  it('draws undirected edges as lines', () => {
    const svg = networkSvg('t', 's', edges);
    expect(svg.match(/<line class="edge"/g)).toHaveLength(2);
    expect(svg).not.toContain('<marker');
  });
});
