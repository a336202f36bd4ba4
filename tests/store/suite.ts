/**
 * The store suite: the same behaviour checked on every backend (sqlite.test.ts, postgres.test.ts run it).
 * Each test gets a fresh, empty store from `open`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analyze.js';
import { contentId } from '../../src/store/keys.js';
import { migrate, schemaVersion } from '../../src/store/migrations/migrate.js';
import { minhash } from '../../src/store/neardup.js';
import {
  dossier, events, getDocument, listDocuments, network, quotes, search, searchEntities, timeline,
} from '../../src/store/query/index.js';
import type { Store } from '../../src/store/store.js';
import type { NewDocument } from '../../src/store/types.js';
import { analysis, newDocument, type ArticleSpec } from './build.js';
import { callFromBeijing, callFromBrasilia, laterCall, syndicatedCopy, unrelated } from './articles.js';

export type OpenStore = () => Promise<Store>;

async function withStore(open: OpenStore, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

async function count(store: Store, table: string): Promise<number> {
  return Number((await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);
}

/** How many mentions the hand-built analyses give entity `id`, counted independently of the store. */
function mentionsOf(id: string, specs: ArticleSpec[]): number {
  return specs.map(analysis).flatMap((a) => a.entities.filter((e) => e.id === id)).reduce((n, e) => n + e.mentions.length, 0);
}

/** Registers the suite's tests under `label`. */
export async function storeSuite(label: string, open: OpenStore): Promise<void> {
  const it = (name: string, fn: (store: Store) => Promise<void>) => test(`${label}: ${name}`, () => withStore(open, fn));

  await it('migrations are recorded and a second run applies nothing', async (store) => {
    const version = await schemaVersion(store.db);
    assert.ok(version >= 1);
    assert.deepEqual(await migrate(store.db), []);
    assert.equal(await schemaVersion(store.db), version);
  });

  await it('writing the same document twice changes nothing the second time', async (store) => {
    const doc = newDocument(callFromBeijing);
    assert.deepEqual((await store.write([doc], null)).map((o) => o.status), ['added']);
    const tables = ['documents', 'entities', 'mentions', 'events', 'event_sources', 'quotes', 'roles', 'merges', 'times'];
    const before = await Promise.all(tables.map((t) => count(store, t)));
    assert.deepEqual((await store.write([doc], null)).map((o) => o.status), ['unchanged']);
    assert.deepEqual(await Promise.all(tables.map((t) => count(store, t))), before);
    assert.deepEqual([...(await store.known([doc.id, contentId('never stored')]))], [doc.id]);
  });

  await it('two outlets reporting one call yield one event with both articles as sources', async (store) => {
    // The month-precise report comes first; the day-precise one refines the date when it joins.
    await store.write([newDocument(callFromBrasilia)], null);
    await store.write([newDocument(callFromBeijing)], null);
    const page = await events(store, { type: 'call' });
    assert.equal(page.total, 1);
    const call = page.events[0]!;
    assert.deepEqual(call.date, { value: '2026-03-10', precision: 'day' });
    assert.deepEqual(call.sources.map((s) => s.source).sort(), [callFromBeijing.source, callFromBrasilia.source].sort());
    for (const s of call.sources) {
      const doc = await getDocument(store, s.document);
      assert.equal(doc!.analysis.text.slice(s.evidence.start, s.evidence.end), s.evidence.text);
    }
    assert.deepEqual(call.participants.map((p) => p.entity?.key).sort(), ['kb:xi-jinping', 'local:PERSON:ルラ']);
    const merges = await store.merges({ kind: 'event' });
    assert.equal(merges.length, 1);
    assert.equal(merges[0]!.rule, 'same-happening');
  });

  await it('the same actors a month later are a different event; filters select by type, actor and dates', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(callFromBrasilia), newDocument(laterCall)], null);
    assert.equal((await events(store, {})).total, 2);
    assert.equal((await events(store, { actor: 'ルラ' })).total, 2);
    assert.equal((await events(store, { actor: 'Xi Jinping', from: '2026-04-01' })).total, 1);
    assert.equal((await events(store, { actor: '習近平', to: '2026-03-31' })).events[0]!.date!.value, '2026-03-10');
    assert.equal((await events(store, { type: 'meeting' })).total, 0);
    assert.equal((await events(store, { actor: '存在しない人物' })).total, 0);
    // Newest first.
    assert.deepEqual((await events(store, {})).events.map((e) => e.date?.value), ['2026-04-20', '2026-03-10']);
  });

  await it('an undated report joins the event its article is a few days after, but not one months earlier', async (store) => {
    await store.write([newDocument(callFromBeijing)], null);
    const undated = (published: string, text: string) => ({
      ...laterCall, published, text, events: [{ ...laterCall.events![0]!, date: null }],
    });
    await store.write([newDocument(undated('2026-03-13', '習近平国家主席がルラ大統領と再び電話会談し、両国関係を確認したと伝えられた。'))], null);
    assert.equal((await events(store, {})).total, 1);
    await store.write([newDocument(undated('2026-06-30', '夏に入り、習近平国家主席はルラ大統領と再び電話会談しました。詳細は不明だ。'))], null);
    assert.equal((await events(store, {})).total, 2);
  });

  await it('entities merge across articles by KB id and by normalised local name, and the joins are recorded', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(callFromBrasilia)], null);
    const xi = await searchEntities(store, '習近平');
    assert.equal(xi.length, 1);
    assert.equal(xi[0]!.documents, 2);
    const lula = await searchEntities(store, 'ルラ氏');
    assert.equal(lula.length, 1);
    assert.equal(lula[0]!.key, 'local:PERSON:ルラ');
    assert.equal(lula[0]!.mentions, 1 + 3);
    const rules = (await store.merges({ kind: 'entity' })).map((m) => m.rule).sort();
    assert.deepEqual(rules, ['kb-id', 'kb-id', 'local-name']);
  });

  await it('the dossier gathers names, roles, sightings, events, quotes and co-occurring actors', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(callFromBrasilia), newDocument(laterCall), newDocument(unrelated)], null);
    const d = await dossier(store, '習近平');
    const e = d.entity!;
    assert.equal(e.key, 'kb:xi-jinping');
    assert.equal(e.type, 'PERSON');
    assert.equal(e.wikidata, 'Q15031');
    assert.deepEqual(e.names.en, ['Xi Jinping']);
    assert.ok(e.names.ja!.includes('習近平'));
    assert.equal(e.documents, 3);
    assert.equal(e.first_seen, '2026-03-10');
    assert.equal(e.last_seen, '2026-04-21');
    assert.equal(e.mentions, mentionsOf('kb:xi-jinping', [callFromBeijing, callFromBrasilia, laterCall]));
    assert.equal(e.roles.length, 1);
    assert.equal(e.roles[0]!.title, '国家主席');
    assert.equal(e.roles[0]!.org?.key, 'kb:prc');
    assert.equal(e.roles[0]!.evidence[0]!.span!.text, '習近平国家主席');
    assert.equal(e.roles[0]!.first_seen, '2026-03-11');
    assert.equal(e.events_total, 2);
    assert.deepEqual(e.quotes_by.map((q) => q.content.text), ['両国の協力には大きな潜在力がある']);
    assert.deepEqual(e.quotes_about.map((q) => q.speaker_text), ['中国外務省の報道官']);
    assert.equal(e.co_occurring[0]!.key, 'local:PERSON:ルラ');
    assert.equal(e.co_occurring[0]!.documents, 3);
    assert.ok(!e.co_occurring.some((c) => c.key === 'kb:xi-jinping'));
    assert.equal(d.text, null);
    assert.equal((await dossier(store, '習近平', { text: true })).text!.documents, 3);
    const none = await dossier(store, '存在しない人物');
    assert.equal(none.entity, null);
    assert.equal(none.text!.documents, 0);
    // A name no entity has still gets what the texts say.
    const unlinked = await dossier(store, '大豆');
    assert.equal(unlinked.entity, null);
    assert.deepEqual(unlinked.text, { documents: 1, first_seen: '2026-03-11', last_seen: '2026-03-11' });
  });

  await it('quotes are grouped by speaker and filter by speaker and by whom they are about', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(callFromBrasilia)], null);
    const page = await quotes(store, {});
    assert.equal(page.total, 3);
    assert.equal(page.groups.length, 3);
    const byLula = await quotes(store, { speaker: 'ルラ' });
    assert.deepEqual(byLula.groups.map((g) => [g.speaker?.key, g.quotes.length]), [['local:PERSON:ルラ', 1]]);
    const aboutXi = await quotes(store, { about: 'kb:xi-jinping' });
    assert.deepEqual(aboutXi.groups[0]!.quotes.map((q) => q.content.text), ['実り多いものだった']);
    assert.equal(aboutXi.groups[0]!.speaker, null);
    const aboutBrazil = await quotes(store, { about: 'Brazil', speaker: '習近平' });
    assert.equal(aboutBrazil.total, 1);
    const spokesperson = await quotes(store, { speaker: '報道官' });
    assert.deepEqual(spokesperson.groups.map((g) => [g.speaker, g.speaker_text, g.quotes.length]), [[null, '中国外務省の報道官', 1]]);
  });

  await it('a syndicated copy is stored and linked to the original without counting its facts twice', async (store) => {
    await store.write([newDocument(callFromBeijing)], null);
    const mentions = await count(store, 'mentions');
    const outcome = (await store.write([newDocument(syndicatedCopy)], null))[0]!;
    assert.equal(outcome.status, 'duplicate');
    assert.ok(outcome.status === 'duplicate' && outcome.of === contentId(callFromBeijing.text) && outcome.similarity >= 0.8);
    assert.equal(await count(store, 'documents'), 2);
    assert.equal(await count(store, 'mentions'), mentions);
    assert.equal((await events(store, {})).events[0]!.sources.length, 1);
    const docs = await listDocuments(store, { duplicates: false });
    assert.equal(docs.total, 1);
    const copy = (await listDocuments(store, {})).documents.find((d) => d.source === syndicatedCopy.source)!;
    assert.equal(copy.duplicate_of, contentId(callFromBeijing.text));
    // An unrelated story is not a copy.
    assert.equal((await store.write([newDocument(unrelated)], null))[0]!.status, 'added');
  });

  await it('a manual merge is reviewable and undoable', async (store) => {
    await store.write([newDocument(callFromBeijing)], null);
    const foreignMinistry = (await searchEntities(store, '中国外務省'))[0]!;
    const brazil = (await searchEntities(store, 'ブラジル'))[0]!;
    const record = await store.merge(foreignMinistry.id, brazil.id, 'test: deliberately wrong');
    assert.equal(record.rule, 'manual');
    assert.equal(record.note, 'test: deliberately wrong');
    let d = await dossier(store, 'ブラジル');
    assert.deepEqual(d.entity!.merged.map((m) => m.key), ['kb:mfa-china']);
    assert.equal(d.entity!.mentions, mentionsOf('kb:brazil', [callFromBeijing]) + mentionsOf('kb:mfa-china', [callFromBeijing]));
    // The merged name now finds the group it belongs to.
    assert.equal((await dossier(store, '中国外務省')).entity!.key, 'kb:brazil');
    await assert.rejects(store.merge(foreignMinistry.id, brazil.id), /already one entity/);
    const undone = await store.unmerge(record.id);
    assert.ok(undone.undone_at);
    d = await dossier(store, 'ブラジル');
    assert.deepEqual(d.entity!.merged, []);
    assert.equal(d.entity!.mentions, mentionsOf('kb:brazil', [callFromBeijing]));
    assert.equal((await dossier(store, '中国外務省')).entity!.key, 'kb:mfa-china');
    await assert.rejects(store.unmerge(record.id), /already undone/);
  });

  await it('undoing an automatic merge splits that article out, for entities and for events', async (store) => {
    await store.write([newDocument(callFromBeijing)], null);
    await store.write([newDocument(callFromBrasilia)], null);
    const lulaJoin = (await store.merges({ rule: 'local-name' }))[0]!;
    assert.equal(lulaJoin.document, contentId(callFromBrasilia.text));
    await store.unmerge(lulaJoin.id);
    const lulas = await searchEntities(store, 'ルラ');
    assert.deepEqual(lulas.map((e) => e.mentions).sort(), [1, 3]);
    const eventJoin = (await store.merges({ kind: 'event' }))[0]!;
    const split = await store.unmerge(eventJoin.id);
    assert.ok(split.split_into);
    const page = await events(store, {});
    assert.equal(page.total, 2);
    assert.deepEqual(page.events.map((e) => e.sources.length), [1, 1]);
  });

  await it('search finds text of three or more characters and of one or two, with exact spans', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(unrelated)], null);
    for (const q of ['大豆の輸入', '大雪', '豆', '電話で会談']) {
      const page = await search(store, q);
      assert.equal(page.total, 1, q);
      const doc = await getDocument(store, page.hits[0]!.document);
      for (const m of page.hits[0]!.matches) assert.equal(doc!.analysis.text.slice(m.start, m.end), q);
    }
    assert.equal((await search(store, '電話')).hits[0]!.count, 2);
    assert.equal((await search(store, '存在しない言葉')).total, 0);
    assert.equal((await search(store, '100%')).total, 0);
    assert.equal((await search(store, '約100%の')).total, 0);
    assert.equal((await search(store, 'jr')).total, 1, 'ASCII case is ignored');
  });

  await it('a document that cannot be written is recorded as failed and the rest of the batch is stored', async (store) => {
    const job = await store.startJob('local', ['test']);
    const broken = newDocument({ ...unrelated, text: `${unrelated.text}（壊れた解析）` });
    // A quote without content breaks a NOT NULL column.
    (broken.analysis.quotes as unknown[]).push({ speaker: null, speaker_text: 'x', kind: 'direct', cue: null, content: null, about: [] });
    const outcomes = await store.write([newDocument(callFromBeijing), broken, newDocument(unrelated)], job);
    assert.deepEqual(outcomes.map((o) => o.status), ['added', 'failed', 'added']);
    assert.equal(await count(store, 'documents'), 2);
    const errors = await store.db.all<{ item: string; error: string }>('SELECT item, error FROM ingest_errors WHERE job = ?', [job]);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.error, /storing failed/);
    const row = await store.db.get<{ added: number; failed: number }>('SELECT added, failed FROM ingest_jobs WHERE id = ?', [job]);
    assert.deepEqual({ added: Number(row!.added), failed: Number(row!.failed) }, { added: 2, failed: 1 });
  });

  await it('an analysis from the real pipeline round-trips through the store', async (store) => {
    const text = '東京で新しい図書館が開館した\n\n東京都は3日、区内に新しい図書館を開館したと発表した。蔵書は約20万冊という。';
    const a = await analyze({ text, id: 'lib-1' }, { published: '2026-05-04' });
    const doc: NewDocument = { id: contentId(text), analysis: a, source: 'lib.txt', signature: minhash(text) };
    assert.equal((await store.write([doc], null))[0]!.status, 'added');
    const back = await getDocument(store, 'lib-1');
    assert.deepEqual(back!.analysis, a);
    assert.equal(back!.id, contentId(text));
    assert.equal(back!.ext_id, 'lib-1');
    assert.equal((await listDocuments(store, { from: '2026-05-01', to: '2026-05-31' })).total, 1);
    assert.equal((await listDocuments(store, { from: '2026-06-01' })).total, 0);
  });

  await it('timeline and network summarise coverage and relations', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(callFromBrasilia), newDocument(laterCall), newDocument(unrelated)], null);
    const days = await timeline(store, { entity: '習近平' });
    assert.deepEqual(days.map((d) => [d.date, d.documents, d.events.length]), [
      ['2026-03-10', 1, 1], ['2026-03-11', 1, 0], ['2026-04-20', 0, 1], ['2026-04-21', 1, 0],
    ]);
    const net = await network(store, {});
    const xi = net.nodes.find((n) => n.key === 'kb:xi-jinping')!;
    const lula = net.nodes.find((n) => n.key === 'local:PERSON:ルラ')!;
    const edge = net.edges.find((e) => (e.source === xi.id && e.target === lula.id) || (e.source === lula.id && e.target === xi.id))!;
    assert.deepEqual([edge.cooccurrence, edge.events, edge.event_types.call, edge.weight], [3, 2, 2, 5]);
    assert.equal(net.edges[0], edge);
    const around = await network(store, { entity: '札幌市' });
    assert.deepEqual(around.nodes.map((n) => n.key), ['local:GPE:札幌市']);
  });

  await it('job bookkeeping: counts per job, and a dead job is marked interrupted by the next one', async (store) => {
    const first = await store.startJob('local', ['a']);
    // Pretend the first job's process died.
    await store.db.run('UPDATE ingest_jobs SET pid = ? WHERE id = ?', [2 ** 22 + 12345, first]);
    const second = await store.startJob('local', ['b']);
    const status = async (id: number) => (await store.db.get<{ status: string }>('SELECT status FROM ingest_jobs WHERE id = ?', [id]))!.status;
    assert.equal(await status(first), 'interrupted');
    assert.equal(await status(second), 'running');
    await store.finishJob(second, 'done');
    assert.equal(await status(second), 'done');
  });

  await it('stats count what is stored', async (store) => {
    await store.write([newDocument(callFromBeijing), newDocument(syndicatedCopy)], null);
    const s = await store.stats();
    assert.equal(s.documents, 2);
    assert.equal(s.duplicates, 1);
    assert.equal(s.events, 1);
    assert.equal(s.quotes, 2);
    assert.ok(s.bytes > 0);
  });

}
