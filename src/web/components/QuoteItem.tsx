/** One quote: the words (linked to where the article says them), who said it, about whom. */
import type { QuoteView } from '../api-types';
import { useT } from '../i18n';
import { evidenceHref } from '../router';
import { EntityChip, MaybeEntity } from './chips';

export function QuoteItem({ quote, showSpeaker = true, testid }: { quote: QuoteView; showSpeaker?: boolean; testid?: string }) {
  const t = useT();
  return (
    <li class="quote-item" data-testid={testid}>
      {showSpeaker && <MaybeEntity entity={quote.speaker} text={quote.speaker_text} />}
      <a href={evidenceHref(quote.document, quote.content)} class="quote-text">「{quote.content.text}」</a>
      <span class="muted small"> {t.word(quote.kind)}{quote.cue ? ` · ${quote.cue.text}` : ''}</span>
      {quote.about.length > 0 && <span class="about"> {t('about')}: {quote.about.map((e) => <EntityChip key={e.id} entity={e} />)}</span>}
      <div class="muted small">{quote.title ?? t('untitled')}{quote.published ? ` (${quote.published})` : ''}</div>
    </li>
  );
}
