/** One event as a line: date, type, participants (linked), and the evidence of each article reporting it. */
import type { EventView } from '../api-types';
import { useT } from '../i18n';
import { EntityChip, EventTypeChip, EvidenceLink } from './chips';

export function EventItem({ event, testid }: { event: EventView; testid?: string }) {
  const t = useT();
  return (
    <li class="event-item" data-testid={testid}>
      <span class="date">{event.date?.value ?? (event.days ? `~${event.days.from}` : '—')}</span>
      <EventTypeChip type={event.type} />
      <span class="participants">
        {event.participants.map((p, i) => (
          <span key={i} class="participant" title={t.word(p.role)}>
            {p.entity ? <EntityChip entity={p.entity} /> : <span class="chip unnamed">{p.text}</span>}
            {p.role === 'source' ? ' →' : ''}
          </span>
        ))}
      </span>
      <ul class="sources">
        {event.sources.map((s, i) => (
          <li key={i}>
            <span class="muted small">{t.word(s.modality)}{s.attributed_to ? ` · ${t('attributedTo')}: ${s.attributed_to.name}` : ''} </span>
            <EvidenceLink document={s.document} title={s.title} published={s.published} span={s.evidence} />
          </li>
        ))}
      </ul>
    </li>
  );
}
