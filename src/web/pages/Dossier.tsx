/** An entity's dossier: names, roles with evidence, its events, quotes by and about it, related actors, articles. */
import { api, useApi } from '../api';
import type { EntityDossier } from '../api-types';
import { EntityChip } from '../components/chips';
import { EventItem } from '../components/EventItem';
import { QuoteItem } from '../components/QuoteItem';
import { Status } from '../components/Status';
import { wikidataUrl } from '../format';
import { useT } from '../i18n';
import { evidenceHref, href } from '../router';

function Roles({ d }: { d: EntityDossier }) {
  const t = useT();
  if (d.roles.length === 0) return null;
  return (
    <section>
      <h2>{t('roles')}</h2>
      <ul class="roles">
        {d.roles.map((r, i) => (
          <li key={i}>
            <strong>{r.former ? `${t('former')} ` : ''}{r.title}</strong>
            {r.org ? <> · <EntityChip entity={r.org} /></> : r.org_text ? ` · ${r.org_text}` : ''}
            <span class="muted"> {r.first_seen ?? '?'} – {r.last_seen ?? '?'}</span>
            <ul>{r.evidence.map((e, j) => (
              <li key={j}>{e.span ? <a href={evidenceHref(e.document, e.span)} class="evidence"><q>{e.span.text}</q></a> : null} <span class="muted small">{e.published}</span></li>
            ))}</ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Articles({ id }: { id: number }) {
  const t = useT();
  const docs = useApi(() => api.documents({ entity: `#${id}`, limit: 20 }), String(id));
  return (
    <section>
      <h2>{t('sourceArticles')}</h2>
      <Status loaded={docs}>{(page) => (
        <ul>{page.documents.map((doc) => <li key={doc.id}><span class="muted">{doc.published ?? '—'}</span> <a href={href('doc', doc.id)}>{doc.title ?? t('untitled')}</a></li>)}</ul>
      )}</Status>
    </section>
  );
}

function Body({ d }: { d: EntityDossier }) {
  const t = useT();
  const wd = wikidataUrl(d.wikidata);
  return (
    <article class="dossier" data-testid="dossier">
      <h1><span class={`swatch ent-${d.type ?? 'NONE'}`} />{d.name} <span class="muted small">{t.entityType(d.type)}</span></h1>
      <p class="meta">
        <span><code>{d.key}</code></span>
        {wd && <span><a href={wd} target="_blank" rel="noopener noreferrer">Wikidata {d.wikidata}</a></span>}
        <span>{t('articles')}: {d.documents}</span><span>{t('mentionsTotal')}: {d.mentions}</span>
        <span>{t('firstSeen')}: {d.first_seen ?? '—'}</span><span>{t('lastSeen')}: {d.last_seen ?? '—'}</span>
      </p>
      <section>
        <h2>{t('namesByLang')}</h2>
        <dl class="names">{Object.entries(d.names).map(([lang, names]) => <div key={lang}><dt>{lang}</dt><dd>{names.join('、')}</dd></div>)}</dl>
        {d.merged.length > 0 && <p class="muted small">{t('mergedFrom')}: {d.merged.map((m) => m.name).join('、')}</p>}
      </section>
      <Roles d={d} />
      <section>
        <h2>{t('events')} <span class="count">{d.events_total}</span></h2>
        {d.events.length === 0 ? <p class="muted">{t('none')}</p> : <ul class="events">{d.events.map((e) => <EventItem key={e.id} event={e} testid="dossier-event" />)}</ul>}
      </section>
      <div class="two">
        <section>
          <h2>{t('quotesBy')} <span class="count">{d.quotes_by_total}</span></h2>
          {d.quotes_by.length === 0 ? <p class="muted">{t('none')}</p> : <ul class="quotes">{d.quotes_by.map((q) => <QuoteItem key={q.id} quote={q} showSpeaker={false} testid="dossier-quote" />)}</ul>}
        </section>
        <section>
          <h2>{t('quotesAbout')} <span class="count">{d.quotes_about_total}</span></h2>
          {d.quotes_about.length === 0 ? <p class="muted">{t('none')}</p> : <ul class="quotes">{d.quotes_about.map((q) => <QuoteItem key={q.id} quote={q} testid="dossier-quote" />)}</ul>}
        </section>
      </div>
      <section>
        <h2>{t('related')}</h2>
        <p class="chips">{d.co_occurring.map((e) => <span key={e.id}><EntityChip entity={e} /><span class="muted small">×{e.documents}</span> </span>)}</p>
        <p><a href={href('network', null, { entity: `#${d.id}` })}>{t('network')} →</a> <a href={href('timeline', null, { actor: `#${d.id}` })}>{t('timeline')} →</a></p>
      </section>
      <Articles id={d.id} />
    </article>
  );
}

export function Dossier({ id }: { id: string }) {
  const t = useT();
  const loaded = useApi(() => api.dossier(id), id);
  return (
    <Status loaded={loaded}>
      {(r) => r.entity ? (
        <>
          <Body d={r.entity} />
          {r.alternatives.length > 0 && <p class="muted">{t('alternatives')}: {r.alternatives.map((e) => <EntityChip key={e.id} entity={e} />)}</p>}
        </>
      ) : <p class="muted">{t('notInStore')}</p>}
    </Status>
  );
}
