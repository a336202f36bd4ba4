/**
 * Hash routing (`#/page/arg?params`): the server only ever serves one page, and every view has a link an analyst
 * can keep or share.
 */
import { useEffect, useState } from 'preact/hooks';

export type Page = 'documents' | 'doc' | 'entity' | 'timeline' | 'network' | 'claims' | 'commitments' | 'search' | 'analyse';

export interface Route {
  page: Page;
  /** The path argument (a document or entity id), decoded. */
  arg: string | null;
  params: URLSearchParams;
}

const PAGES = new Set<Page>(['documents', 'doc', 'entity', 'timeline', 'network', 'claims', 'commitments', 'search', 'analyse']);

/** The route a location hash names (unknown pages show the article list). */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name = '', ...rest] = path.split('/');
  const page = PAGES.has(name as Page) ? (name as Page) : 'documents';
  let arg: string | null = null;
  if (rest.length) {
    try {
      arg = decodeURIComponent(rest.join('/'));
    } catch {
      arg = null;
    }
  }
  return { page, arg, params: new URLSearchParams(query) };
}

/** A link to a page. */
export function href(page: Page, arg?: string | number | null, params?: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') q.set(k, String(v));
  const query = q.toString();
  return `#/${page}${arg != null ? `/${encodeURIComponent(String(arg))}` : ''}${query ? `?${query}` : ''}`;
}

/** A link to a span of an article, highlighted in the reader. */
export function evidenceHref(document: string, span: { start: number; end: number }): string {
  return href('doc', document, { hl: `${span.start}-${span.end}` });
}

/** Goes to a link. */
export function navigate(link: string): void {
  location.hash = link;
}

/** The current route; re-renders on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
