/** The start page: what the store holds, and its articles newest first (filtered by date). */
import { useState } from 'preact/hooks';
import { api, useApi } from '../api';
import { Status } from '../components/Status';
import { webUrl } from '../format';
import { useT } from '../i18n';
import { href } from '../router';

export function Documents() {
  const t = useT();
  const [range, setRange] = useState({ from: '', to: '' });
  const [limit, setLimit] = useState(50);
  const stats = useApi(() => api.stats(), 'stats');
  const docs = useApi(() => api.documents({ ...range, limit }), `${range.from}|${range.to}|${limit}`);
  return (
    <section>
      <h1>{t('documents')}</h1>
      <Status loaded={stats}>{(s) => <p class="muted">{t('stats', { ...s })}</p>}</Status>
      <form class="filters" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        setRange({ from: String(f.get('from') ?? ''), to: String(f.get('to') ?? '') });
      }}>
        <label>{t('from')} <input type="date" name="from" defaultValue={range.from} /></label>
        <label>{t('to')} <input type="date" name="to" defaultValue={range.to} /></label>
        <button type="submit">{t('filter')}</button>
      </form>
      <Status loaded={docs}>
        {(page) => page.documents.length === 0 ? <p class="muted">{t('noResults')}</p> : (
          <>
            <table class="list">
              <tbody>
                {page.documents.map((d) => (
                  <tr key={d.id}>
                    <td class="nowrap muted">{d.published ?? '—'}</td>
                    <td><a href={href('doc', d.id)} class="doc-link">{d.title ?? t('untitled')}</a>
                      {d.duplicate_of && <span class="badge">{t('duplicateOf', { s: (d.similarity ?? 0).toFixed(2) })}</span>}</td>
                    <td class="muted small">{webUrl(d.source) ? new URL(d.source!).host : (d.source ?? '')}</td>
                    <td class="muted small nowrap">{t('chars', { n: d.chars })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.total > page.documents.length && <button onClick={() => setLimit(limit + 50)}>{t('more')} ({page.documents.length}/{page.total})</button>}
          </>
        )}
      </Status>
    </section>
  );
}
