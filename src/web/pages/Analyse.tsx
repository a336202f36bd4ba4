/** Analyse: paste an article, send it to POST /api/analyze, and read the result in the reader (nothing is stored). */
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import type { Analysis } from '../api-types';
import { useT } from '../i18n';
import { Reader } from '../reader/Reader';

type State = { state: 'idle' } | { state: 'running' } | { state: 'error'; error: ApiError } | { state: 'done'; analysis: Analysis };

export function Analyse() {
  const t = useT();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [lang, setLang] = useState('');
  const [result, setResult] = useState<State>({ state: 'idle' });
  const run = (e: Event) => {
    e.preventDefault();
    setResult({ state: 'running' });
    api.analyze({ text, published: published || null, lang: lang || null }).then(
      (analysis) => setResult({ state: 'done', analysis }),
      (error: unknown) => setResult({ state: 'error', error: error instanceof ApiError ? error : new ApiError(0, String(error)) }),
    );
  };
  return (
    <section>
      <h1>{t('analyse')}</h1>
      <p class="muted">{t('analyseHelp')}</p>
      <form class="analyse" onSubmit={run}>
        <textarea name="text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-label={t('text')} />
        <div class="filters">
          <label>{t('published')} <input type="date" name="published" value={published} onInput={(e) => setPublished(e.currentTarget.value)} /></label>
          <label>{t('lang')} <select name="lang" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            <option value="">{t('auto')}</option><option value="ja">日本語</option><option value="en">English</option>
          </select></label>
          <button type="submit" disabled={result.state === 'running' || text.trim() === ''}>{result.state === 'running' ? t('running') : t('run')}</button>
        </div>
      </form>
      {result.state === 'error' && result.error.status !== 401 && <p class="error" role="alert">{t('error')}: {result.error.message}</p>}
      {result.state === 'done' && (
        <>
          <h2>{t('analysisOf')}</h2>
          <Reader data={{ analysis: result.analysis, refs: {} }} highlight={null} />
        </>
      )}
    </section>
  );
}
