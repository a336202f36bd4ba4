/** The details of one mark: normalised values, KB link and evidence (shown on hover and in the side panel). */
import type { ComponentChildren } from 'preact';
import type { Mark } from '../../analysis/segments';
import { amount, displayName, period, wikidataUrl } from '../format';
import { useT } from '../i18n';
import { nameOf, type ReaderData } from './context';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="kv"><span class="k">{label}</span><span class="v">{children}</span></div>;
}

export function MarkDetails({ mark, data }: { mark: Mark; data: ReaderData }) {
  const t = useT();
  const a = data.analysis;
  switch (mark.kind) {
    case 'entity': {
      const e = a.entities[mark.index]!;
      const wd = wikidataUrl(e.wikidata);
      return (
        <div class={`detail ent-${e.type}`}>
          <div class="detail-head"><span class={`swatch ent-${e.type}`} />{displayName(e.name, e.names, t.lang)} <span class="muted">{t.entityType(e.type)}</span></div>
          {Object.entries(e.names).length > 0 && <Row label={t('namesByLang')}>{Object.entries(e.names).map(([l, n]) => `${l}: ${n}`).join(' · ')}</Row>}
          <Row label={t('kb')}><code>{e.id}</code></Row>
          {wd && <Row label={t('wikidata')}><a href={wd} target="_blank" rel="noopener noreferrer">{e.wikidata}</a></Row>}
          {e.roles.map((r, i) => (
            <Row key={i} label={t('roles')}>{r.former ? `${t('former')} ` : ''}{r.title}{r.org ? ` (${nameOf(data, r.org)})` : ''}{r.evidence ? <q class="ev-text">{r.evidence.text}</q> : null}</Row>
          ))}
        </div>
      );
    }
    case 'quote': {
      const q = a.quotes[mark.index]!;
      return (
        <div class="detail">
          <div class="detail-head">{t('quotes')} <span class="muted">{t.word(q.kind)}</span></div>
          <Row label={t('speaker')}>{q.speaker ? nameOf(data, q.speaker) : `${q.speaker_text ?? ''} (${t('unnamed')})`}</Row>
          {q.cue && <Row label={t('cue')}>{q.cue.text}</Row>}
          {q.about.length > 0 && <Row label={t('about')}>{q.about.map((id) => nameOf(data, id)).join('、')}</Row>}
          <Row label={t('evidence')}><q class="ev-text">{q.content.text}</q></Row>
        </div>
      );
    }
    case 'event': {
      const e = a.events[mark.index]!;
      return (
        <div class="detail">
          <div class="detail-head"><span class={`chip evtype ev-${e.type}`}>{t.eventType(e.type)}</span> <span class="muted">{e.plover}</span></div>
          {e.participants.length > 0 && (
            <Row label={t('participants')}>{e.participants.map((p) => `${p.entity ? nameOf(data, p.entity) : p.text} (${t.word(p.role)})`).join('、')}</Row>
          )}
          {e.date && <Row label={t('date')}>{e.date.value} ({t.word(e.date.precision)})</Row>}
          <Row label={t('modality')}>{t.word(e.modality)}</Row>
          {e.attributed_to && <Row label={t('attributedTo')}>{nameOf(data, e.attributed_to)}</Row>}
          {e.quantities.map((i) => a.quantities[i]).filter((q) => !!q).map((q, i) => <Row key={i} label={t('quantities')}>{amount(q!.value, q!.unit, t.lang)}</Row>)}
          <Row label={t('evidence')}><q class="ev-text">{e.evidence.text}</q></Row>
        </div>
      );
    }
    case 'time': {
      const x = a.times[mark.index]!;
      return (
        <div class="detail">
          <div class="detail-head">{t('times')} <span class="muted">{t.word(x.precision)}</span></div>
          <Row label={t('value')}><code>{x.value}{x.value_end ? ` – ${x.value_end}` : ''}</code> {period(x.value, t.lang)}</Row>
          <Row label={t('evidence')}><q class="ev-text">{x.text}</q></Row>
        </div>
      );
    }
    case 'quantity': {
      const q = a.quantities[mark.index]!;
      return (
        <div class="detail">
          <div class="detail-head">{t('quantities')}</div>
          <Row label={t('value')}><code>{q.value.toLocaleString('en')} {q.unit}</code> {amount(q.value, q.unit, t.lang)}</Row>
          {q.item && <Row label={t('item')}>{nameOf(data, q.item)}</Row>}
          {q.period && <Row label={t('period')}>{period(q.period, t.lang)}</Row>}
          <Row label={t('evidence')}><q class="ev-text">{q.text}</q></Row>
        </div>
      );
    }
    case 'highlight':
      return <div class="detail"><div class="detail-head">{t('highlight')}</div></div>;
  }
}
