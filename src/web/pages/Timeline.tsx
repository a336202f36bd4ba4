/** Events over time: articles and events per day (a strip chart), then each day's events with their evidence. */
import { EVENT_TYPES } from '../../analysis/contract';
import { api, useApi } from '../api';
import type { TimelineDay } from '../api-types';
import { EventItem } from '../components/EventItem';
import { DateField, Filters, TextField } from '../components/Filters';
import { Status } from '../components/Status';
import { useT } from '../i18n';

function Strip({ days }: { days: TimelineDay[] }) {
  const t = useT();
  if (days.length === 0) return null;
  const W = Math.max(320, Math.min(960, days.length * 24));
  const H = 90;
  const maxDocs = Math.max(1, ...days.map((d) => d.documents));
  const maxEvents = Math.max(1, ...days.map((d) => d.events.length));
  const step = W / days.length;
  return (
    <svg class="strip" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('docsPerDay')}>
      <title>{t('docsPerDay')}</title>
      {days.map((d, i) => {
        const h = (d.documents / maxDocs) * 50;
        return (
          <g key={d.date}>
            <title>{`${d.date}: ${d.documents} / ${t('eventsCount', { n: d.events.length })}`}</title>
            <rect x={i * step + 2} y={60 - h} width={Math.max(2, step - 4)} height={h} class="docs" />
            {d.events.length > 0 && <circle cx={i * step + step / 2} cy={72} r={2 + (d.events.length / maxEvents) * 4} class="events" />}
            {(i === 0 || i === days.length - 1 || days.length < 12) && <text x={i * step + step / 2} y={88} text-anchor="middle">{d.date.slice(5)}</text>}
          </g>
        );
      })}
    </svg>
  );
}

export function Timeline({ params }: { params: URLSearchParams }) {
  const t = useT();
  const query = { type: params.get('type'), actor: params.get('actor'), from: params.get('from'), to: params.get('to') };
  const loaded = useApi(() => api.timeline(query), params.toString());
  return (
    <section>
      <h1>{t('timeline')}</h1>
      <Filters page="timeline" params={params}>
        <label>{t('eventType')} <select name="type" defaultValue={params.get('type') ?? ''}>
          <option value="">{t('all')}</option>
          {EVENT_TYPES.map((type) => <option key={type} value={type}>{t.eventType(type)}</option>)}
        </select></label>
        <TextField name="actor" label={t('actor')} params={params} />
        <DateField name="from" label={t('from')} params={params} />
        <DateField name="to" label={t('to')} params={params} />
      </Filters>
      <Status loaded={loaded}>
        {({ days }) => (
          <>
            <Strip days={days} />
            {days.every((d) => d.events.length === 0) ? <p class="muted">{t('noResults')}</p> : (
              <ol class="timeline">
                {days.filter((d) => d.events.length > 0).map((d) => (
                  <li key={d.date} class="day">
                    <h3>{d.date} <span class="muted small">{t('docsPerDay')}: {d.documents}</span></h3>
                    <ul class="events">{d.events.map((e) => <EventItem key={e.id} event={e} testid="timeline-event" />)}</ul>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </Status>
    </section>
  );
}
