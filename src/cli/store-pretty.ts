/**
 * Readable tables for the store's query results (`--format pretty`).
 */
import type { DossierResult, EventView, QuoteGroup, SearchPage } from '../store/query/index.js';
import type { EntityRef } from '../store/query/refs.js';
import { table } from './table.js';

const name = (e: EntityRef | null, text?: string | null) => (e ? e.name : (text ?? '—'));
const date = (v: { value: string } | null | undefined) => v?.value ?? '—';

/** Events as a table: date, type, participants, how many articles report each. */
export function eventsTable(events: readonly EventView[]): string {
  return table(['id', 'date', 'type', 'participants', 'sources'], events.map((e) => [
    `#${e.id}`, date(e.date) === '—' && e.days ? `~${e.days.to}` : date(e.date), e.type,
    e.participants.map((p) => `${p.role}:${name(p.entity, p.text)}`).join(' '), String(e.sources.length),
  ]), 60);
}

export function quotesTable(groups: readonly QuoteGroup[]): string {
  const rows = groups.flatMap((g) => g.quotes.map((q) => [g.speaker_text ?? '—', q.published ?? '—', q.kind, q.content.text, q.title ?? q.document]));
  return table(['speaker', 'published', 'kind', 'content', 'article'], rows, 60);
}

export function dossierPretty(d: DossierResult): string {
  const out: string[] = [];
  const e = d.entity;
  if (!e) {
    out.push(`No stored entity is named "${d.query}".`);
  } else {
    out.push(`${e.name} (${e.type ?? '?'})  ${e.key}  #${e.id}${e.wikidata ? `  wikidata ${e.wikidata}` : ''}`);
    out.push(`names   ${Object.entries(e.names).map(([lang, ns]) => `${lang}: ${ns.join(', ')}`).join(' · ') || '—'}`);
    out.push(`seen    ${e.documents} articles, ${e.mentions} mentions, ${e.first_seen ?? '?'} → ${e.last_seen ?? '?'}`);
    if (e.merged.length) out.push(`merged  ${e.merged.map((m) => `${m.name} (${m.key}, #${m.id})`).join(', ')}`);
    const section = (title: string, shown: number, total: number, body: () => string) => {
      out.push('', `${title} (${shown === total ? total : `${shown} of ${total}`})`);
      if (shown) out.push(body());
    };
    section('Roles', e.roles.length, e.roles.length, () => table(['title', 'org', 'former', 'first', 'last', 'evidence'], e.roles.map((r) => [
      r.title, r.org ? r.org.name : (r.org_text ?? '—'), r.former ? 'yes' : '', r.first_seen ?? '—', r.last_seen ?? '—', r.evidence[0]?.span?.text ?? '—',
    ])));
    section('Events', e.events.length, e.events_total, () => eventsTable(e.events));
    section('Quotes by', e.quotes_by.length, e.quotes_by_total, () => table(['published', 'content', 'article'],
      e.quotes_by.map((q) => [q.published ?? '—', q.content.text, q.title ?? q.document]), 60));
    section('Quotes about', e.quotes_about.length, e.quotes_about_total, () => table(['speaker', 'published', 'content'],
      e.quotes_about.map((q) => [name(q.speaker, q.speaker_text), q.published ?? '—', q.content.text]), 60));
    section('Appears with', e.co_occurring.length, e.co_occurring.length, () => table(['name', 'type', 'articles'],
      e.co_occurring.map((c) => [c.name, c.type ?? '?', String(c.documents)])));
  }
  if (d.alternatives.length) {
    out.push('', 'Other matches', table(['id', 'name', 'type', 'key', 'articles'],
      d.alternatives.map((a) => [`#${a.id}`, a.name, a.type ?? '?', a.key, String(a.documents)])));
  }
  if (d.text) {
    const t = d.text;
    out.push('', `Text: "${d.query}" occurs in ${t.documents} articles${t.documents ? ` (${t.first_seen ?? '?'} → ${t.last_seen ?? '?'})` : ''}`);
  }
  return out.join('\n');
}

export function searchPretty(page: SearchPage): string {
  const head = `${page.total} articles contain "${page.query}"`;
  if (!page.hits.length) return head;
  return `${head}\n${table(['published', 'title', 'count', 'snippet'], page.hits.map((h) => [h.published ?? '—', h.title ?? h.document, String(h.count), h.snippet]), 50)}`;
}
