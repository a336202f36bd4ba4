/** The side panel: one section per layer, each with a switch for its marks and its items (click → shown in the text). */
import type { ComponentChildren } from 'preact';
import type { MarkKind } from '../../analysis/segments';
import type { Range } from '../../spans';
import { commitmentsOf } from '../../analysis/commitments';
import { CommitmentChart } from '../components/CommitmentChart';
import { displayName, period, wikidataUrl } from '../format';
import { useT, type Key } from '../i18n';
import { entityLink, nameOf, type ReaderData } from './context';

interface Props {
  data: ReaderData;
  visible: ReadonlySet<MarkKind>;
  onToggle(kind: MarkKind): void;
  onFocus(range: Range): void;
}

function Section(props: { kind: MarkKind; title: Key; count: number; visible: boolean; onToggle(): void; children: ComponentChildren }) {
  const t = useT();
  return (
    <details class={`layer layer-${props.kind}`} open={props.count > 0}>
      <summary>
        <label onClick={(e) => e.stopPropagation()}>
          <input type="checkbox" checked={props.visible} onChange={props.onToggle} /> <span class={`key key-${props.kind}`} />{t(props.title)}
        </label>
        <span class="count">{props.count}</span>
      </summary>
      {props.count === 0 ? <p class="muted">{t('none')}</p> : <ul>{props.children}</ul>}
    </details>
  );
}

export function LayerPanel({ data, visible, onToggle, onFocus }: Props) {
  const t = useT();
  const a = data.analysis;
  const go = (r: Range) => (e: Event) => {
    e.preventDefault();
    onFocus(r);
  };
  const series = commitmentsOf(a);
  // The most mentioned first: the article's main actors head the list.
  const entities = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
  const section = (kind: MarkKind, title: Key, count: number, children: ComponentChildren) => (
    <Section kind={kind} title={title} count={count} visible={visible.has(kind)} onToggle={() => onToggle(kind)}>{children}</Section>
  );
  return (
    <aside class="panel" aria-label={t('layers')}>
      <h2>{t('layers')}</h2>
      {section('entity', 'entities', a.entities.length, entities.map((e) => {
        const wd = wikidataUrl(e.wikidata);
        return (
          <li key={e.id}>
            <span class={`swatch ent-${e.type}`} />
            <a href={entityLink(data, e.id)} class="name">{displayName(e.name, e.names, t.lang)}</a>
            <span class="muted"> {t.entityType(e.type)} · {t('mentions', { n: e.mentions.length })}</span>
            {wd && <> · <a href={wd} target="_blank" rel="noopener noreferrer">{e.wikidata}</a></>}
            {e.mentions[0] && <button class="link" onClick={go(e.mentions[0])}>↧</button>}
            {e.roles.map((r, i) => (
              <div key={i} class="sub">{r.former ? `${t('former')} ` : ''}{r.title}{r.org ? ` (${nameOf(data, r.org)})` : ''}
                {r.evidence && <a href="#" onClick={go(r.evidence)} class="ev-text"> “{r.evidence.text}”</a>}</div>
            ))}
          </li>
        );
      }))}
      {section('quote', 'quotes', a.quotes.length, a.quotes.map((q, i) => (
        <li key={i}>
          <span class={`chip speaker${q.speaker ? '' : ' anon'}`}>{q.speaker ? nameOf(data, q.speaker) : (q.speaker_text ?? t('unnamed'))}</span>
          <a href="#" onClick={go(q.content)}>「{q.content.text}」</a>
          <span class="muted"> {t.word(q.kind)}{q.about.length ? ` · ${t('about')}: ${q.about.map((id) => nameOf(data, id)).join('、')}` : ''}</span>
        </li>
      )))}
      {section('event', 'events', a.events.length, a.events.map((e, i) => (
        <li key={i}>
          <span class={`chip evtype ev-${e.type}`}>{t.eventType(e.type)}</span>
          {e.participants.map((p) => (p.entity ? nameOf(data, p.entity) : p.text)).join(' → ')}
          <span class="muted"> {e.date ? e.date.value : ''} {t.word(e.modality)}</span>
          <div class="sub"><a href="#" onClick={go(e.evidence)} class="ev-text">“{e.evidence.text}”</a></div>
        </li>
      )))}
      {section('time', 'times', a.times.length, a.times.map((x, i) => (
        <li key={i}><a href="#" onClick={go(x)}>{x.text}</a> → <code>{x.value}</code> <span class="muted">{period(x.value, t.lang)}</span></li>
      )))}
      {section('quantity', 'quantities', a.quantities.length, <>
        {a.quantities.map((q, i) => (
          <li key={i}>
            <a href="#" onClick={go(q)}>{q.text}</a> → <code>{q.value.toLocaleString('en')} {q.unit}</code>
            <span class="muted">{q.item ? ` · ${nameOf(data, q.item)}` : ''}{q.period ? ` · ${period(q.period, t.lang)}` : ''}</span>
          </li>
        ))}
        {series.map((s, i) => <li key={`c${i}`} class="chart-item"><CommitmentChart series={s} /></li>)}
      </>)}
      {a.warnings.length > 0 && (
        <details class="layer">
          <summary>{t('warnings')} <span class="count">{a.warnings.length}</span></summary>
          <ul>{a.warnings.map((w, i) => <li key={i} class="muted">{w.message} <code>{w.rule}</code></li>)}</ul>
        </details>
      )}
    </aside>
  );
}
