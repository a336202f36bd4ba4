/** A temporary store holding the workbench test articles, and the OpenAPI document checker the API tests use. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { ROOT } from '../helpers/shared.js';
import { ALL, richDocument } from './articles.js';

export interface TestStore {
  store: Store;
  dir: string;
  /** Content ids of ALL, in order. */
  ids: string[];
  dispose(): Promise<void>;
}

/**
 * A fresh store with the test articles written into it: SQLite in a temporary folder, or what `open` opens
 * (with `cleanup` to remove it afterwards).
 */
export async function testStore(open?: () => Promise<Store>, cleanup?: () => Promise<void>): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  const store = open ? await open() : await openStore(join(dir, 'store.db'));
  const docs = ALL.map(richDocument);
  const outcomes = await store.write(docs, null);
  const failed = outcomes.find((o) => o.status === 'failed');
  if (failed) throw new Error(`test article not stored: ${JSON.stringify(failed)}`);
  return {
    store, dir, ids: docs.map((d) => d.id),
    dispose: async () => {
      await store.close();
      await cleanup?.();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type ResponseSpec = { content?: Record<string, { schema: unknown }>; $ref?: string };

export type OpenApi = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, ResponseSpec> }>>;
};

/** The OpenAPI document in the repository. */
export function openApi(): OpenApi {
  return JSON.parse(readFileSync(join(ROOT, 'schema/openapi.json'), 'utf8')) as OpenApi;
}

/**
 * Validates response bodies against the schema the OpenAPI document gives for a path, method and status
 * (the analysis schema it cites is loaded beside it, as the server serves both).
 */
export function responseChecker(): (path: string, method: string, status: number, body: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const base = 'https://newsgraph.local/schema/';
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema/analysis.schema.json'), 'utf8')) as object, `${base}analysis.schema.json`);
  ajv.addSchema({ ...(openApi() as object), $id: `${base}openapi.json` });
  const cache = new Map<string, ValidateFunction>();
  return (path, method, status, body) => {
    const key = `${path} ${method} ${status}`;
    let validate = cache.get(key);
    if (!validate) {
      const responses = openApi().paths[path]?.[method]?.responses;
      const response = responses?.[String(status)];
      if (!response) return [`the OpenAPI document has no ${status} response for ${method.toUpperCase()} ${path}`];
      const pointer = response.$ref
        ? `#/components/responses/${response.$ref.split('/').pop()}/content/application~1json/schema`
        : `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`;
      validate = ajv.compile({ $ref: `${base}openapi.json${pointer}` });
      cache.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
