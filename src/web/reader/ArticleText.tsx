/**
 * The article itself: each line in its part (headline, dateline, body, captions and byline set apart), each cut
 * into segments whose marks become classes. Text is always a text node — never markup.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Range } from '../../spans';
import { linesOf, marksOf, segments, type Mark, type MarkKind, type Segment } from '../../analysis/segments';
import { useT } from '../i18n';
import { navigate } from '../router';
import { entityLink, nameOf, type ReaderData } from './context';

export interface Hover {
  marks: Mark[];
  x: number;
  y: number;
}

interface Props {
  data: ReaderData;
  visible: ReadonlySet<MarkKind>;
  focus: Range | null;
  onHover(hover: Hover | null): void;
}

function classes(data: ReaderData, marks: readonly Mark[]): string {
  const out = new Set<string>(['seg']);
  for (const m of marks) {
    if (m.kind === 'entity') out.add('m-ent').add(`ent-${data.analysis.entities[m.index]!.type}`);
    else if (m.kind === 'quote') out.add(m.part === 'cue' ? 'm-cue' : 'm-quote');
    else if (m.kind === 'event') out.add('m-event');
    else if (m.kind === 'time') out.add('m-time');
    else if (m.kind === 'quantity') out.add('m-qty');
    else out.add('m-hl');
  }
  return [...out].join(' ');
}

function Chips({ data, starts }: { data: ReaderData; starts: readonly Mark[] }) {
  const t = useT();
  return (
    <>
      {starts.map((m, i) => {
        if (m.kind === 'quote' && m.part === 'content') {
          const q = data.analysis.quotes[m.index]!;
          const who = q.speaker ? nameOf(data, q.speaker) : (q.speaker_text ?? t('unnamed'));
          return <span key={i} class={`inline-chip speaker${q.speaker ? '' : ' anon'}`} aria-hidden="true">{who}</span>;
        }
        if (m.kind === 'event') {
          const type = data.analysis.events[m.index]!.type;
          return <span key={i} class={`inline-chip ev-${type}`} aria-hidden="true">{t.eventType(type)}</span>;
        }
        return null;
      })}
    </>
  );
}

function Seg({ data, seg, onHover }: { data: ReaderData; seg: Segment; onHover: Props['onHover'] }) {
  const text = data.analysis.text.slice(seg.start, seg.end);
  if (seg.marks.length === 0) return <>{text}</>;
  const entity = seg.marks.find((m): m is Extract<Mark, { kind: 'entity' }> => m.kind === 'entity');
  const id = entity ? data.analysis.entities[entity.index]!.id : undefined;
  return (
    <>
      <Chips data={data} starts={seg.starts} />
      <span
        class={classes(data, seg.marks)}
        data-entity={id}
        data-start={seg.start}
        onMouseEnter={(e) => onHover({ marks: seg.marks, x: e.clientX, y: e.clientY })}
        onMouseLeave={() => onHover(null)}
        onClick={id ? () => navigate(entityLink(data, id)) : undefined}
      >{text}</span>
    </>
  );
}

const BLOCK: Record<string, string> = { title: 'h1', dateline: 'p', body: 'p', caption: 'figcaption', byline: 'p', sources: 'p', related: 'p', other: 'p' };

export function ArticleText({ data, visible, focus, onHover }: Props) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => linesOf(data.analysis), [data]);
  const marks = useMemo(() => marksOf(data.analysis, focus ? [focus] : [], visible), [data, visible, focus]);
  useEffect(() => {
    if (focus) root.current?.querySelector('.m-hl')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);
  return (
    <div class="article" ref={root} data-testid="article">
      {lines.map((line, i) => {
        const Tag = (BLOCK[line.part] ?? 'p') as 'p';
        // Captions and the byline are labelled once per run of lines.
        const first = lines[i - 1]?.part !== line.part;
        const label = !first ? null : line.part === 'caption' ? t('caption') : line.part === 'byline' ? t('byline') : null;
        return (
          <div key={line.start} class={`line part-${line.part}`}>
            {label && <span class="part-label">{label}</span>}
            <Tag>{segments(marks, line.start, line.end).map((seg) => <Seg key={seg.start} data={data} seg={seg} onHover={onHover} />)}</Tag>
          </div>
        );
      })}
    </div>
  );
}
