/** Small labelled links: an entity (to its dossier), an event type, a document with its date. */
import { useT } from '../i18n';
import { evidenceHref, href } from '../router';
import type { EntityRef } from '../api-types';

/** An entity as a coloured chip linking to its dossier. */
export function EntityChip({ entity, label }: { entity: EntityRef; label?: string }) {
  const t = useT();
  return (
    <a class={`chip ent-${entity.type ?? 'NONE'}`} href={href('entity', entity.id)} title={`${t.entityType(entity.type)} · ${entity.key}`}>
      {label ?? entity.name}
    </a>
  );
}

/** A name that may or may not be linked to an entity. */
export function MaybeEntity({ entity, text }: { entity: EntityRef | null; text: string | null }) {
  const t = useT();
  if (entity) return <EntityChip entity={entity} />;
  return <span class="chip unnamed" title={t('unnamed')}>{text ?? t('unnamed')}</span>;
}

export function EventTypeChip({ type }: { type: string }) {
  const t = useT();
  return <span class={`chip evtype ev-${type}`}>{t.eventType(type)}</span>;
}

/** A document link that opens the reader at a span. */
export function EvidenceLink(props: { document: string; title: string | null; published: string | null; span: { start: number; end: number; text: string } }) {
  const t = useT();
  return (
    <a class="evidence" href={evidenceHref(props.document, props.span)} title={t('evidence')}>
      <q>{props.span.text}</q>
      <span class="muted"> — {props.title ?? t('untitled')}{props.published ? ` (${props.published})` : ''}</span>
    </a>
  );
}
