/** A filter form whose fields live in the page's URL, so a filtered view can be linked to. */
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';
import { href, navigate, type Page } from '../router';

export function Filters({ page, params, children }: { page: Page; params: URLSearchParams; children: ComponentChildren }) {
  const t = useT();
  return (
    <form class="filters" key={params.toString()} onSubmit={(e) => {
      e.preventDefault();
      const next = new URLSearchParams();
      for (const [k, v] of new FormData(e.currentTarget).entries()) if (typeof v === 'string' && v.trim()) next.append(k, v.trim());
      const query = next.toString();
      navigate(`${href(page)}${query ? `?${query}` : ''}`);
    }}>
      {children}
      <button type="submit">{t('apply')}</button>
      <a href={href(page)} class="small">{t('clear')}</a>
    </form>
  );
}

export function TextField({ name, label, params, placeholder }: { name: string; label: string; params: URLSearchParams; placeholder?: string }) {
  return <label>{label} <input name={name} defaultValue={params.get(name) ?? ''} placeholder={placeholder} /></label>;
}

export function DateField({ name, label, params }: { name: string; label: string; params: URLSearchParams }) {
  return <label>{label} <input type="date" name={name} defaultValue={params.get(name) ?? ''} /></label>;
}
