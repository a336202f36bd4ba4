/** Search: entities whose names contain the words, and articles whose text does (with the matching passage). */
import { api, useApi } from '../api';
import { EntityChip } from '../components/chips';
import { Filters, TextField } from '../components/Filters';
import { Status } from '../components/Status';
import { useT } from '../i18n';
import { evidenceHref } from '../router';

/** The snippet with each occurrence of `q` marked (as text nodes only). */
function Snippet({ text, q }: { text: string; q: string }) {
  const parts = text.split(q);
  return <>{parts.map((p, i) => <span key={i}>{p}{i < parts.length - 1 && <mark>{q}</mark>}</span>)}</>;
}

function Results({ q }: { q: string }) {
  const t = useT();
  const entities = useApi(() => api.entities(q, { limit: 30 }), q);
  const docs = useApi(() => api.search(q, { limit: 50 }), q);
  return (
    <>
      <h2>{t('searchEntities')}</h2>
      <Status loaded={entities}>{(r) => r.entities.length === 0 ? <p class="muted">{t('noResults')}</p> : (
        <p class="chips">{r.entities.map((e) => <span key={e.id}><EntityChip entity={e} /><span class="muted small">×{e.documents}</span> </span>)}</p>
      )}</Status>
      <h2>{t('searchDocuments')}</h2>
      <Status loaded={docs}>{(r) => r.hits.length === 0 ? <p class="muted">{t('noResults')}</p> : (
        <ul class="hits">{r.hits.map((h) => (
          <li key={h.document}>
            <a href={h.matches[0] ? evidenceHref(h.document, h.matches[0]) : `#/doc/${encodeURIComponent(h.document)}`}>{h.title ?? t('untitled')}</a>
            <span class="muted small"> {h.published ?? ''} · {h.count}</span>
            <div class="snippet"><Snippet text={h.snippet} q={r.query} /></div>
          </li>
        ))}</ul>
      )}</Status>
    </>
  );
}

export function Search({ params }: { params: URLSearchParams }) {
  const t = useT();
  const q = params.get('q')?.trim() ?? '';
  return (
    <section>
      <h1>{t('search')}</h1>
      <Filters page="search" params={params}><TextField name="q" label={t('q')} params={params} placeholder={t('searchPlaceholder')} /></Filters>
      {q && <Results q={q} />}
    </section>
  );
}
