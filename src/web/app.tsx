/** The workbench shell: the navigation, the language switch, and the page the location names. */
import { useTokenNeeded } from './api';
import { TokenPrompt } from './components/Status';
import { setLang, useT, type Key } from './i18n';
import { Analyse } from './pages/Analyse';
import { Claims } from './pages/Claims';
import { Commitments } from './pages/Commitments';
import { Documents } from './pages/Documents';
import { Dossier } from './pages/Dossier';
import { Network } from './pages/Network';
import { ReaderPage } from './pages/ReaderPage';
import { Search } from './pages/Search';
import { Timeline } from './pages/Timeline';
import { href, useRoute, type Page, type Route } from './router';

const NAV: [Page, Key][] = [
  ['documents', 'documents'], ['timeline', 'timeline'], ['network', 'network'], ['claims', 'claims'],
  ['commitments', 'commitments'], ['search', 'search'], ['analyse', 'analyse'],
];

function View({ route }: { route: Route }) {
  const { page, arg, params } = route;
  switch (page) {
    case 'doc': return arg ? <ReaderPage id={arg} hl={params.get('hl')} /> : <Documents />;
    case 'entity': return arg ? <Dossier id={arg} /> : <Search params={params} />;
    case 'timeline': return <Timeline params={params} />;
    case 'network': return <Network params={params} />;
    case 'claims': return <Claims params={params} />;
    case 'commitments': return <Commitments params={params} />;
    case 'search': return <Search params={params} />;
    case 'analyse': return <Analyse />;
    case 'documents': return <Documents />;
  }
}

export function App() {
  const t = useT();
  const route = useRoute();
  const tokenNeeded = useTokenNeeded();
  return (
    <>
      <header class="top">
        <a class="brand" href={href('documents')}>{t('app')}</a>
        <nav>
          {NAV.map(([page, key]) => (
            <a key={page} href={href(page)} class={route.page === page ? 'active' : ''} data-nav={page}>{t(key)}</a>
          ))}
        </nav>
        <button class="lang" onClick={() => setLang(t.lang === 'ja' ? 'en' : 'ja')} data-testid="lang-toggle">{t('switchLang')}</button>
      </header>
      <main key={`${route.page}/${route.arg ?? ''}`}>
        {tokenNeeded && <TokenPrompt />}
        <View route={route} />
      </main>
    </>
  );
}
