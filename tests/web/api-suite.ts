/**
 * The workbench API suite, in-process (`app.request`, no sockets): every route answers what the OpenAPI document
 * says (bodies validated against its schemas), and refuses bad parameters, unknown ids, oversized bodies and
 * missing or wrong tokens with JSON errors. Run on SQLite (api.test.ts) and PostgreSQL (api-postgres.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { Analysis } from '../../src/analysis/contract.js';
import type { CommitmentPage } from '../../src/store/query/commitments.js';
import type {
  DocumentPage, DocumentSummary, DossierResult, EntityMatch, EntityRef, EventPage, Network, QuotePage, SearchPage, TimelineDay,
} from '../../src/store/query/index.js';
import { createApp, pipelineAnalyzer, type Analyzer } from '../../src/server/index.js';
import { openApi, responseChecker, type TestStore } from './setup.js';
import { pledge } from './articles.js';

const check = responseChecker();
let ts: TestStore;
let app: Hono;
const analyzer = pipelineAnalyzer();


/** Requests `url` and checks the answer against the OpenAPI document; returns status and body. */
async function call<T = { error: string }>(url: string, init?: RequestInit, target: Hono = app): Promise<{ status: number; body: T }> {
  const res = await target.request(url, init);
  const type = res.headers.get('content-type') ?? '';
  assert.match(type, /application\/json/, `${url}: JSON expected, got ${type}`);
  const body = (await res.json()) as unknown;
  const route = documented(new URL(url, 'http://x').pathname, (init?.method ?? 'GET').toLowerCase());
  if (route) assert.deepEqual(check(route, (init?.method ?? 'GET').toLowerCase(), res.status, body), [], `${url} → ${res.status} does not match the OpenAPI document`);
  return { status: res.status, body: body as T };
}

/** The OpenAPI path template a concrete path matches. */
function documented(path: string, method: string): string | null {
  for (const template of Object.keys(openApi().paths)) {
    const re = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (re.test(path) && openApi().paths[template]![method]) return template;
  }
  return null;
}

async function expectError(url: string, status: number, pattern: RegExp, init?: RequestInit, target?: Hono): Promise<void> {
  const { status: got, body } = await call<{ error: string }>(url, init, target);
  assert.equal(got, status, `${url}: ${JSON.stringify(body)}`);
  assert.equal(typeof body.error, 'string');
  assert.match(body.error, pattern);
}

const enc = encodeURIComponent;
type DocWithEntities = DocumentSummary & { entities: Record<string, EntityRef> };
type EntitySearch = { query: string; entities: EntityMatch[] };
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Registers the suite under `label` over the store `open` makes (skipped with the message `skip`). */
export function apiSuite(label: string, open: () => Promise<TestStore>, skip: string | false = false): void {
  describe(label, { skip }, () => {
    before(async () => {
      ts = await open();
      app = createApp({ store: ts.store, analyzer, webRoot: null, log: () => {} });
    });
    after(() => ts?.dispose());

    describe('the OpenAPI document', () => {
      test('documents exactly the routes the app serves', () => {
        const served = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'))
          .map((r) => `${r.method} ${r.path}`));
        const spec = new Set(Object.entries(openApi().paths).flatMap(([path, methods]) =>
          Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`)));
        assert.deepEqual([...served].sort(), [...spec].sort());
      });

      test('is served at /api/openapi.json as kept in the repository, with the analysis schema it cites', async () => {
        const { status, body } = await call<{ openapi: string }>('/api/openapi.json');
        assert.equal(status, 200);
        assert.deepEqual(body, openApi());
        assert.match(body.openapi, /^3\.1\./);
        const schema = await call<{ $id: string }>('/api/analysis.schema.json');
        assert.equal(schema.body.$id, 'https://newsgraph.local/schema/analysis.schema.json');
      });
    });

    describe('documents', () => {
      test('lists stored articles newest first, filtered by date and entity', async () => {
        const all = await call<DocumentPage>('/api/documents');
        assert.equal(all.status, 200);
        assert.equal(all.body.total, 3);
        assert.deepEqual(all.body.documents.map((d) => d.published), ['2026-05-21', '2026-05-20', '2026-05-12']);
        const may = await call<DocumentPage>('/api/documents?from=2026-05-13&to=2026-05-20');
        assert.deepEqual(may.body.documents.map((d) => d.id), [ts.ids[1]]);
        const trump = await call<DocumentPage>(`/api/documents?entity=${enc('トランプ')}`);
        assert.deepEqual(trump.body.documents.map((d) => d.id), [ts.ids[0]]);
        const page = await call<DocumentPage>('/api/documents?limit=1&offset=1');
        assert.equal(page.body.documents.length, 1);
        assert.equal(page.body.documents[0]!.id, ts.ids[1]);
      });

      test('one article carries the store entity of each analysis entity id', async () => {
        const { status, body } = await call<DocWithEntities>(`/api/documents/${enc(ts.ids[0]!)}`);
        assert.equal(status, 200);
        assert.equal(body.title, pledge.title);
        assert.equal(body.entities['kb:xi-jinping']!.key, 'kb:xi-jinping');
        assert.equal(body.entities['kb:soybeans']!.type, 'COMMODITY');
        assert.equal('analysis' in body, false);
      });

      test('its analysis is the stored contract analysis', async () => {
        const { status, body: a } = await call<Analysis>(`/api/documents/${enc(ts.ids[0]!)}/analysis`);
        assert.equal(status, 200);
        assert.equal(a.text, pledge.text);
        assert.equal(a.quotes.length, 2);
        for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
      });

      test('refuses bad parameters and unknown ids', async () => {
        await expectError('/api/documents?from=2026-13-01', 400, /^from: /);
        await expectError('/api/documents?from=2026-05-20&to=2026-05-01', 400, /after/);
        await expectError('/api/documents?limit=0', 400, /^limit: /);
        await expectError('/api/documents?limit=ten', 400, /^limit: /);
        await expectError('/api/documents?colour=red', 400, /colour/);
        await expectError('/api/documents/sha256%3Anope', 404, /document sha256:nope not found/);
        await expectError('/api/documents/sha256%3Anope/analysis', 404, /not found/);
      });
    });

    describe('entities', () => {
      test('search finds names containing the text', async () => {
        const { status, body } = await call<EntitySearch>(`/api/entities?q=${enc('習')}`);
        assert.equal(status, 200);
        assert.equal(body.entities[0]!.key, 'kb:xi-jinping');
        assert.equal(body.entities[0]!.documents, 3);
        const typed = await call<EntitySearch>(`/api/entities?q=${enc('国')}&type=ORG`);
        assert.ok(typed.body.entities.length > 0);
        assert.ok(typed.body.entities.every((e) => e.type === 'ORG'));
      });

      test('the dossier has events, quotes by and about, roles and related actors — by store id or key', async () => {
        const doc = await call<DocWithEntities>(`/api/documents/${enc(ts.ids[0]!)}`);
        const id = doc.body.entities['kb:xi-jinping']!.id;
        const { status, body } = await call<DossierResult>(`/api/entities/${id}`);
        assert.equal(status, 200);
        const d = body.entity!;
        assert.equal(d.name, '習近平');
        assert.equal(d.wikidata, 'Q15031');
        assert.deepEqual(d.events.map((e) => e.type).sort(), ['call', 'commitment']);
        assert.equal(d.quotes_by.length, 1);
        assert.ok(d.quotes_about.length >= 2);
        assert.equal(d.roles[0]!.title, '国家主席');
        assert.ok(d.co_occurring.some((e) => e.key === 'kb:donald-trump'));
        const byKey = await call<DossierResult>(`/api/entities/${enc('kb:xi-jinping')}?events=1`);
        assert.equal(byKey.body.entity!.id, id);
        assert.equal(byKey.body.entity!.events.length, 1);
      });

      test('refuses a missing query, a bad type and unknown entities', async () => {
        await expectError('/api/entities', 400, /^q: /);
        await expectError('/api/entities?q=%20', 400, /^q: /);
        await expectError(`/api/entities?q=x&type=PLANET`, 400, /^type: /);
        await expectError('/api/entities/999999', 404, /entity 999999 not found/);
        await expectError(`/api/entities/${enc('kb:nobody')}`, 404, /not found/);
        await expectError('/api/entities/1?events=0', 400, /^events: /);
      });
    });

    describe('events and the timeline', () => {
      test('events filter by type, actor and dates', async () => {
        const all = await call<EventPage>('/api/events');
        assert.equal(all.status, 200);
        assert.equal(all.body.total, 3);
        const dismissals = await call<EventPage>('/api/events?type=dismissal');
        assert.deepEqual(dismissals.body.events.map((e) => e.date?.value), ['2026-05-19']);
        assert.equal(dismissals.body.events[0]!.sources[0]!.evidence.text, '王海涛司令員を職務から解任した');
        const trump = await call<EventPage>(`/api/events?actor=${enc('トランプ')}`);
        assert.deepEqual(trump.body.events.map((e) => e.type), ['call']);
        const range = await call<EventPage>('/api/events?from=2026-05-15&to=2026-05-31');
        assert.deepEqual(range.body.events.map((e) => e.type), ['dismissal']);
      });

      test('the timeline gives days with articles and events, filtered by type and actor', async () => {
        const { status, body } = await call<{ days: TimelineDay[] }>('/api/timeline');
        assert.equal(status, 200);
        const day = body.days.find((d) => d.date === '2026-05-11')!;
        assert.deepEqual(day.events.map((e: { type: string }) => e.type), ['call']);
        assert.equal(body.days.find((d) => d.date === '2026-05-12')?.documents, 1);
        const typed = await call<{ days: TimelineDay[] }>('/api/timeline?type=dismissal');
        assert.deepEqual(typed.body.days.flatMap((d) => d.events.map((e) => e.type)), ['dismissal']);
        const actor = await call<{ days: TimelineDay[] }>(`/api/timeline?actor=${enc('王海涛')}`);
        assert.deepEqual(actor.body.days.flatMap((d) => d.events.map((e) => e.type)), ['dismissal']);
      });

      test('refuses unknown types and bad dates', async () => {
        await expectError('/api/events?type=picnic', 400, /^type: /);
        await expectError('/api/timeline?type=picnic', 400, /^type: /);
        await expectError('/api/events?to=2026-02-30', 400, /^to: /);
        await expectError('/api/timeline?from=yesterday', 400, /^from: /);
      });
    });

    describe('quotes, network, search, commitments, stats', () => {
      test('quotes by speaker and about someone', async () => {
        const by = await call<QuotePage>(`/api/quotes?speaker=${enc('トランプ')}`);
        assert.equal(by.status, 200);
        assert.deepEqual(by.body.groups.flatMap((g) => g.quotes.map((q) => q.content.text)), ['素晴らしい合意だ']);
        const about = await call<QuotePage>(`/api/quotes?about=${enc('習近平')}`);
        assert.equal(about.body.total, 2);
        const all = await call<QuotePage>('/api/quotes');
        assert.ok(all.body.groups.some((g) => g.speaker === null && g.speaker_text === '政府高官'));
        await expectError('/api/quotes?limit=100000', 400, /^limit: /);
      });

      test('the network links actors by shared articles and events', async () => {
        const { status, body } = await call<Network>('/api/network');
        assert.equal(status, 200);
        const id = (key: string) => body.nodes.find((n) => n.key === key)?.id ?? -1;
        assert.ok(id('kb:xi-jinping') > 0 && id('kb:donald-trump') > 0);
        assert.ok(body.nodes.every((n) => ['PERSON', 'ORG', 'GPE', 'NORP'].includes(n.type ?? '')));
        const [a, b] = [id('kb:xi-jinping'), id('kb:donald-trump')].sort((x, y) => x - y);
        const edge = body.edges.find((e) => e.source === a && e.target === b);
        assert.equal(edge?.event_types.call, 1);
        const commodities = await call<Network>('/api/network?types=COMMODITY,PERSON');
        assert.ok(commodities.body.nodes.some((n) => n.key === 'kb:soybeans'));
        await expectError('/api/network?types=PERSON,PLANET', 400, /PLANET/);
        await expectError('/api/network?min_weight=0', 400, /^min_weight: /);
      });

      test('search finds articles by text with where it matches', async () => {
        const { status, body } = await call<SearchPage>(`/api/search?q=${enc('大豆')}`);
        assert.equal(status, 200);
        assert.equal(body.total, 1);
        assert.equal(body.hits[0]!.document, ts.ids[0]);
        assert.equal(body.hits[0]!.matches[0]!.text, '大豆');
        await expectError('/api/search', 400, /^q: /);
      });

      test('commitments group the pledge with the baseline it is compared with', async () => {
        const { status, body } = await call<CommitmentPage>(`/api/commitments?item=${enc('大豆')}`);
        assert.equal(status, 200);
        assert.equal(body.series.length, 1);
        const s = body.series[0]!;
        assert.equal(s.item_entity?.key, 'kb:soybeans');
        const target = s.entries[s.targets[0]!]!;
        const baseline = s.entries[s.baselines[0]!]!;
        assert.deepEqual([target.kind, target.period, target.quantity.value], ['pledge', '2026-Q2', 8000000]);
        assert.deepEqual([baseline.kind, baseline.period, baseline.per_year, baseline.quantity.value], ['baseline', '2025', true, 6000000]);
        const none = await call<CommitmentPage>(`/api/commitments?item=${enc('原油')}`);
        assert.deepEqual(none.body, { documents: 0, series: [] });
      });

      test('stats count what the store holds', async () => {
        const { status, body } = await call<{ documents: number; kind: string }>('/api/stats');
        assert.equal(status, 200);
        assert.equal(body.documents, 3);
        assert.equal(body.kind, ts.store.kind);
      });

      test('an unknown API path is a JSON 404', async () => {
        await expectError('/api/nothing-here', 404, /GET \/api\/nothing-here not found/);
        await expectError('/api/analyze', 404, /not found/);
      });
    });

    describe('POST /api/analyze', () => {
      test('returns the contract analysis of the pasted text', async () => {
        const text = '日米首脳が会談\n\n2026年6月1日\n\n岸田首相は1日、東京でバイデン大統領と会談した。';
        const { status, body } = await call<Analysis>('/api/analyze', json({ text, published: '2026-06-02', lang: 'ja' }));
        assert.equal(status, 200);
        assert.equal(body.schema, 'newsgraph.analysis/v1');
        assert.equal(body.text, text);
        assert.equal(body.document.published, '2026-06-02');
        assert.ok(body.sentences.length >= 2);
      });

      test('refuses empty text, bad dates and languages, broken JSON and non-JSON bodies', async () => {
        await expectError('/api/analyze', 400, /^text: /, json({ text: '  ' }));
        await expectError('/api/analyze', 400, /^text: /, json({ published: '2026-01-01' }));
        await expectError('/api/analyze', 400, /^published: /, json({ text: 'x', published: '2026-02-31' }));
        await expectError('/api/analyze', 400, /^lang: /, json({ text: 'x', lang: 'fr' }));
        await expectError('/api/analyze', 400, /extra|unrecognized/i, json({ text: 'x', colour: 'red' }));
        await expectError('/api/analyze', 400, /not valid JSON/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
        await expectError('/api/analyze', 400, /Content-Type/, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'text' });
      });

      test('refuses a body over the size limit with 413', async () => {
        const big = 'あ'.repeat(2 * 1024 * 1024); // 6 MB of UTF-8, over the default 5 MB
        await expectError('/api/analyze', 413, /larger than 5242880 bytes/, json({ text: big }));
        const small = createApp({ store: ts.store, analyzer, webRoot: null, maxBytes: 100, log: () => {} });
        await expectError('/api/analyze', 413, /larger than 100 bytes/, json({ text: 'x'.repeat(200) }), small);
      });

      test('an unexpected failure is a 500 that hides its details and is logged', async () => {
        const logged: string[] = [];
        const broken: Analyzer = { prepare: async () => {}, analyze: () => Promise.reject(new Error('secret detail')) };
        const bad = createApp({ store: ts.store, analyzer: broken, webRoot: null, log: (l) => logged.push(l) });
        const { status, body } = await call('/api/analyze', json({ text: 'x' }), bad);
        assert.equal(status, 500);
        assert.doesNotMatch(body.error, /secret/);
        assert.match(logged.join('\n'), /secret detail/);
      });
    });

    describe('the API token', () => {
      const token = 'correct-horse-battery';
      const secured = () => createApp({ store: ts.store, analyzer, token, webRoot: null, log: () => {} });

      test('is required on every API route when the server has one', async () => {
        const app2 = secured();
        for (const path of Object.keys(openApi().paths)) {
          const url = path.replace('{id}', enc(ts.ids[0]!));
          const method = openApi().paths[path]!.post ? 'POST' : 'GET';
          const res = await app2.request(url, { method });
          assert.equal(res.status, 401, `${method} ${url} without a token`);
          assert.match(((await res.json()) as { error: string }).error, /API token/);
        }
      });

      test('a wrong token is refused and the right one accepted', async () => {
        const app2 = secured();
        await expectError('/api/documents', 401, /not valid/, { headers: { authorization: 'Bearer wrong-token-value' } }, app2);
        await expectError('/api/documents', 401, /API token/, { headers: { authorization: `Basic ${token}` } }, app2);
        const ok = await call<DocumentPage>('/api/documents', { headers: { authorization: `Bearer ${token}` } }, app2);
        assert.equal(ok.status, 200);
        assert.equal(ok.body.total, 3);
      });
    });
  });
}
