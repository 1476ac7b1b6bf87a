import { createPipeline } from '../src/pipeline/index.js';
import { readGold, SHARED } from './gold.js';

const p = createPipeline({});
for (const set of ['seed', 'dev']) {
  for (const d of readGold(`${SHARED}eval/${set}/gold.jsonl`).docs) {
    const out = p.extract(d.text, { fields: ['entities'] }).entities;
    const g = new Set(d.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
    const o = new Set(out.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of out)
      if (!g.has(`${e.start}:${e.end}:${e.label}`))
        console.log(
          set,
          'FP',
          e.label,
          JSON.stringify(e.text),
          e.source,
          e.score,
          '|',
          JSON.stringify(d.text.slice(Math.max(0, e.start - 30), e.end + 15)),
        );
    for (const e of d.entities)
      if (!o.has(`${e.start}:${e.end}:${e.label}`))
        console.log(
          set,
          'FN',
          e.label,
          JSON.stringify(d.text.slice(e.start, e.end)),
          JSON.stringify(d.text.slice(Math.max(0, e.start - 30), e.end + 15)),
        );
  }
}
