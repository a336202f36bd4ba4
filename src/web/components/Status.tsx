/** What a view shows while its data loads or when loading failed; the token prompt the shell shows on a 401. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { setToken, type Loaded } from '../api';
import { useT } from '../i18n';

export function TokenPrompt() {
  const t = useT();
  const [value, setValue] = useState('');
  return (
    <form class="token" onSubmit={(e) => { e.preventDefault(); if (value.trim()) setToken(value.trim()); }}>
      <h2>{t('tokenTitle')}</h2>
      <p>{t('tokenHelp')}</p>
      <input type="password" autocomplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} aria-label="token" />
      <button type="submit">{t('tokenSave')}</button>
    </form>
  );
}

/** Renders `children(data)` once loaded. */
export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  const t = useT();
  if (loaded.state === 'loading') return <p class="muted" role="status">{t('loading')}</p>;
  if (loaded.state === 'error') {
    // The shell asks for the token once, above the page.
    if (loaded.error.status === 401) return null;
    return <p class="error" role="alert">{loaded.error.status === 404 ? `${t('notFound')}: ` : `${t('error')}: `}{loaded.error.message}</p>;
  }
  return <>{children(loaded.data)}</>;
}
