// The worker's answers: the bytes of a task's result are exactly the JSON text the pipeline's
// result serialises to (documents joined by commas), and input errors name the document.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/index.js';
import { decodeText } from '../../src/server/body.js';
import { answer, type Task } from '../../src/server/worker.js';

const pipeline = createPipeline();
const A = 'Perdana Menteri Datuk Seri Anwar Ibrahim bertemu Presiden Indonesia Prabowo Subianto di Putrajaya semalam – “kukuh”.';
const B = 'Anwar Ibrahim tiba di Johor.';

describe('answer', () => {
  const cases: ReadonlyArray<readonly [string, Task, string]> = [
    ['one document', { op: 'extract', docs: [{ text: A }] }, JSON.stringify(pipeline.extract(A))],
    [
      'two documents, with id, date and fields',
      {
        op: 'extract',
        docs: [
          { text: A, id: 'a', date: '2025-01-15' },
          { text: B, id: 'b' },
        ],
        fields: ['entities', 'tokens'],
      },
      [
        JSON.stringify(pipeline.extract(A, { id: 'a', date: '2025-01-15', fields: ['entities', 'tokens'] })),
        JSON.stringify(pipeline.extract(B, { id: 'b', fields: ['entities', 'tokens'] })),
      ].join(','),
    ],
  ];
  it.each(cases)('%s: the bytes of the JSON text', (_name, task, want) => {
    const r = answer(task);
    expect(r.ok).toBe(true);
    if (r.ok) expect(decodeText(r.body)).toBe(want);
  });

  it.each([
    ['a bad date in the second document', { op: 'extract', docs: [{ text: B }, { text: B, date: '2024-02-30' }] } as Task, 'E_OPTION', 1],
    ['an unknown task', { op: 'nope' } as unknown as Task, 'E_INTERNAL', undefined],
  ] as const)('%s: fails with its code and index', (_name, task, code, index) => {
    const r = answer(task);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.index).toBe(index);
    }
  });
});
