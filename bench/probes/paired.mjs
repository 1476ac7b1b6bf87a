// The paired timing loop of the A/B probes (tok-ab-doc.mjs, extract-ab-doc.mjs): every item is
// run by both contenders back to back, in an order that alternates by item and by pass, so the
// drifts of a shared machine and the bias towards one of two loaded copies cancel. The first
// `warm` passes are not counted. Prints one line: mins and medians of the pass totals, B/A.
export function pairedAB(label, items, runA, runB, passes, warm = 2) {
  const ta = [];
  const tb = [];
  for (let p = 0; p < passes; p++) {
    let a = 0;
    let b = 0;
    items.forEach((item, i) => {
      const aFirst = ((i + p) & 1) === 1;
      const x = performance.now();
      (aFirst ? runA : runB)(item);
      const y = performance.now();
      (aFirst ? runB : runA)(item);
      const z = performance.now();
      a += aFirst ? y - x : z - y;
      b += aFirst ? z - y : y - x;
    });
    if (p >= warm) {
      ta.push(a);
      tb.push(b);
    }
  }
  if (ta.length === 0) {
    // an identity check only (PASSES <= the warm-up passes): nothing was timed
    console.log(`${label}: no timed pass (${passes} pass(es), the first ${warm} are warm-up)`);
    return;
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const ratios = ta.map((a, i) => tb[i] / a);
  console.log(
    `${label} A min ${Math.min(...ta).toFixed(0)} med ${med(ta).toFixed(0)} ms | B min ${Math.min(...tb).toFixed(0)} med ${med(tb).toFixed(0)} ms | B/A of mins ${(Math.min(...tb) / Math.min(...ta)).toFixed(3)}, median of per-pass ratios ${med(ratios).toFixed(3)}`,
  );
}
