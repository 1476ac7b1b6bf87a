// The pictures moved to src/corpus/charts.ts, where `kenal corpus` draws its report with them;
// this example keeps importing them from here.
export { type Bar, barChartSvg, type Edge, layout, networkSvg } from '../../src/corpus/charts.js';
