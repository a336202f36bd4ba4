/** Claims: who said what about whom, grouped by speaker, filtered by speaker and by whom it is about. */
import { api, useApi } from '../api';
import { MaybeEntity } from '../components/chips';
import { Filters, TextField } from '../components/Filters';
import { QuoteItem } from '../components/QuoteItem';
import { Status } from '../components/Status';
import { useT } from '../i18n';

export function Claims({ params }: { params: URLSearchParams }) {
  const t = useT();
  const loaded = useApi(() => api.quotes({ speaker: params.get('speaker'), about: params.get('about'), limit: 200 }), params.toString());
  return (
    <section>
      <h1>{t('claims')}</h1>
      <p class="muted">{t('claimsHelp')}</p>
      <Filters page="claims" params={params}>
        <TextField name="speaker" label={t('speaker')} params={params} />
        <TextField name="about" label={t('about')} params={params} />
      </Filters>
      <Status loaded={loaded}>
        {(page) => page.groups.length === 0 ? <p class="muted">{t('noResults')}</p> : (
          <div class="claims">
            {page.groups.map((g, i) => (
              <section key={i} class="claim-group" data-testid="claim-group">
                <h3><MaybeEntity entity={g.speaker} text={g.speaker_text} /> <span class="count">{g.quotes.length}</span></h3>
                <ul class="quotes">{g.quotes.map((q) => <QuoteItem key={q.id} quote={q} showSpeaker={false} />)}</ul>
              </section>
            ))}
          </div>
        )}
      </Status>
    </section>
  );
}
