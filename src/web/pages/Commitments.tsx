/** Commitments: quantities by item and period per article, each series charted against its baseline. */
import { api, useApi } from '../api';
import type { DocumentCommitments } from '../api-types';
import { CommitmentChart } from '../components/CommitmentChart';
import { DateField, Filters, TextField } from '../components/Filters';
import { Status } from '../components/Status';
import { amount, period } from '../format';
import { useT, type Key } from '../i18n';
import { evidenceHref, href } from '../router';

function Series({ s }: { s: DocumentCommitments }) {
  const t = useT();
  return (
    <article class="series" data-testid="commitment-series">
      <h3>
        {s.item_entity ? <a href={href('entity', s.item_entity.id)}>{s.item_name ?? s.item_entity.name}</a> : (s.item_name ?? s.item ?? `${t('unnamedItem')} (${s.unit})`)}
        <span class="muted small"> — <a href={href('doc', s.document.id)}>{s.document.title ?? t('untitled')}</a> {s.document.published ?? ''}</span>
      </h3>
      <div class="series-body">
        <table class="list">
          <thead><tr><th>{t('kind')}</th><th>{t('value')}</th><th>{t('period')}</th><th>{t('evidence')}</th></tr></thead>
          <tbody>
            {s.entries.map((e) => (
              <tr key={e.index} class={`kind-${e.kind}`}>
                <td><span class={`chip kind kind-${e.kind}`}>{t(e.kind as Key)}</span></td>
                <td class="nowrap">{e.per_year ? `${t('perYear')} ` : ''}{amount(e.quantity.value, e.quantity.unit, t.lang)}</td>
                <td class="nowrap">{e.period ? period(e.period, t.lang) : '—'}</td>
                <td><a href={evidenceHref(s.document.id, e.quantity)} class="evidence"><q>{e.evidence.text}</q></a>
                  {e.event?.actor && <span class="muted small"> {t.eventType(e.event.type)} · {e.event.actor}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CommitmentChart series={s} />
      </div>
    </article>
  );
}

export function Commitments({ params }: { params: URLSearchParams }) {
  const t = useT();
  const loaded = useApi(() => api.commitments({ item: params.get('item'), from: params.get('from'), to: params.get('to') }), params.toString());
  return (
    <section>
      <h1>{t('commitments')}</h1>
      <p class="muted">{t('commitmentsHelp')}</p>
      <Filters page="commitments" params={params}>
        <TextField name="item" label={t('item')} params={params} />
        <DateField name="from" label={t('from')} params={params} />
        <DateField name="to" label={t('to')} params={params} />
      </Filters>
      <Status loaded={loaded}>
        {(page) => page.series.length === 0 ? <p class="muted">{t('noResults')}</p> : <>{page.series.map((s, i) => <Series key={i} s={s} />)}</>}
      </Status>
    </section>
  );
}
