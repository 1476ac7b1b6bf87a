// /openapi.json, built from the schemas the routes are registered with (collected by an
// onRoute hook), so what is documented is what fastify enforces.
import { NAMED } from './schemas.js';

type Schema = Record<string, unknown>;

export interface CollectedRoute {
  readonly method: string;
  readonly url: string;
  readonly schema: Schema;
  /** Media type of the 200 answer when it is not JSON (the demo page). */
  readonly contentType?: string;
}

const byObject = new Map<unknown, string>(Object.entries(NAMED).map(([k, v]) => [v, k]));

/** Copies a schema, replacing every named sub-schema by a $ref to components. */
function refs(schema: unknown, self?: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => refs(s));
  if (schema === null || typeof schema !== 'object') return schema;
  const name = byObject.get(schema);
  if (name !== undefined && name !== self) return { $ref: `#/components/schemas/${name}` };
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) out[k] = refs(v);
  return out;
}

const STATUS_TEXT: Record<string, string> = {
  '200': 'OK',
  '503': 'Not ready',
  '4xx': 'Client error: 400 bad JSON, wrong types or empty text; 404 no such route; 413 body or batch too large; 415 not JSON',
  '5xx': 'Server error: 500 internal, 503 work queue full or shutting down, 504 timed out',
};

export function buildOpenApi(routes: readonly CollectedRoute[], info: { title: string; version: string; description: string }): Schema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const { summary, description, tags, body, response } = r.schema as {
      summary?: string;
      description?: string;
      tags?: string[];
      body?: unknown;
      response?: Record<string, unknown>;
    };
    if (summary === undefined) continue;
    const responses: Record<string, unknown> = {};
    for (const [status, s] of Object.entries(response ?? {})) {
      const key = /^[1-5]xx$/.test(status) ? status.toUpperCase() : status;
      const media = status === '200' && r.contentType ? r.contentType : 'application/json';
      responses[key] = { description: STATUS_TEXT[status] ?? status, content: { [media]: { schema: refs(s) } } };
    }
    const op: Record<string, unknown> = {
      summary,
      operationId:
        `${r.method.toLowerCase()}${r.url.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}` ||
        'root',
    };
    if (description !== undefined) op.description = description;
    if (tags !== undefined) op.tags = tags;
    if (body !== undefined) op.requestBody = { required: true, content: { 'application/json': { schema: refs(body) } } };
    op.responses = responses;
    (paths[r.url] ??= {})[r.method.toLowerCase()] = op;
  }
  const schemas: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(NAMED)) schemas[name] = refs(s, name);
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { schemas },
  };
}
