/** The reader: the article with every layer marked, a hover card, and the side panel of layers. */
import { useState } from 'preact/hooks';
import type { MarkKind } from '../../analysis/segments';
import type { Range } from '../../spans';
import { webUrl } from '../format';
import { useT } from '../i18n';
import { ArticleText, type Hover } from './ArticleText';
import type { ReaderData } from './context';
import { LayerPanel } from './LayerPanel';
import { Tooltip } from './Tooltip';

const ALL: MarkKind[] = ['entity', 'quote', 'event', 'time', 'quantity'];

function Meta({ data }: { data: ReaderData }) {
  const t = useT();
  const d = data.analysis.document;
  const url = webUrl(d.source);
  return (
    <p class="meta">
      {d.published && <span>{t('published')}: {d.published}</span>}
      {d.author && <span>{t('byline')}: {d.author}</span>}
      {d.source && <span>{t('source')}: {url ? <a href={url} target="_blank" rel="noopener noreferrer">{url}</a> : d.source}</span>}
      <span>{d.lang}</span>
    </p>
  );
}

export function Reader({ data, highlight }: { data: ReaderData; highlight: Range | null }) {
  const t = useT();
  const [visible, setVisible] = useState<ReadonlySet<MarkKind>>(new Set(ALL));
  const [hover, setHover] = useState<Hover | null>(null);
  const [focus, setFocus] = useState<Range | null>(highlight);
  const toggle = (kind: MarkKind) => {
    const next = new Set(visible);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setVisible(next);
  };
  return (
    <div class="reader">
      <div class="reader-main">
        <Meta data={data} />
        <p class="muted small">{t('hoverHelp')}</p>
        <ArticleText data={data} visible={visible} focus={focus} onHover={setHover} />
      </div>
      <LayerPanel data={data} visible={visible} onToggle={toggle} onFocus={setFocus} />
      {hover && <Tooltip hover={hover} data={data} />}
    </div>
  );
}
