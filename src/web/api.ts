/**
 * The API client: JSON over fetch, the token (when the server wants one) kept for the browser session, and
 * errors turned into `ApiError` with the server's message.
 */
import { useEffect, useState } from 'preact/hooks';
import type {
  Analysis, CommitmentPage, DocumentPage, DocumentWithEntities, DossierResult, EntitySearch, EventPage, Network, QuotePage, SearchPage,
  Stats, Timeline,
} from './api-types';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TOKEN = 'newsgraph.token';
const tokenListeners = new Set<() => void>();
let tokenNeeded = false;
const neededListeners = new Set<(needed: boolean) => void>();

function markTokenNeeded(needed: boolean): void {
  if (needed === tokenNeeded) return;
  tokenNeeded = needed;
  for (const l of neededListeners) l(needed);
}

/** Stores the token and retries whatever asked for it. */
export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN, token);
  markTokenNeeded(false);
  for (const l of tokenListeners) l();
}

/** Whether the server refused a request for want of a (valid) token; the shell then asks for one, once. */
export function useTokenNeeded(): boolean {
  const [needed, setNeeded] = useState(tokenNeeded);
  useEffect(() => {
    neededListeners.add(setNeeded);
    return () => void neededListeners.delete(setNeeded);
  }, []);
  return needed;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }))) as unknown;
  if (res.status === 401) markTokenNeeded(true);
  if (!res.ok) {
    const message = typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : res.statusText;
    throw new ApiError(res.status, message);
  }
  return body as T;
}

type Params = Record<string, string | number | null | undefined>;

function qs(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;

/** Every API call the UI makes. */
export const api = {
  stats: () => request<Stats>('/api/stats'),
  documents: (p: Params = {}) => request<DocumentPage>(`/api/documents${qs(p)}`),
  document: (id: string) => request<DocumentWithEntities>(`/api/documents/${enc(id)}`),
  analysis: (id: string) => request<Analysis>(`/api/documents/${enc(id)}/analysis`),
  entities: (q: string, p: Params = {}) => request<EntitySearch>(`/api/entities${qs({ q, ...p })}`),
  dossier: (id: string) => request<DossierResult>(`/api/entities/${enc(id)}`),
  events: (p: Params = {}) => request<EventPage>(`/api/events${qs(p)}`),
  timeline: (p: Params = {}) => request<Timeline>(`/api/timeline${qs(p)}`),
  quotes: (p: Params = {}) => request<QuotePage>(`/api/quotes${qs(p)}`),
  network: (p: Params = {}) => request<Network>(`/api/network${qs(p)}`),
  search: (q: string, p: Params = {}) => request<SearchPage>(`/api/search${qs({ q, ...p })}`),
  commitments: (p: Params = {}) => request<CommitmentPage>(`/api/commitments${qs(p)}`),
  analyze: (body: { text: string; published?: string | null; lang?: string | null }) =>
    request<Analysis>('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
};

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ok'; data: T };

/** Loads `fetcher()` whenever `key` changes (and again after a token is entered). */
export function useApi<T>(fetcher: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const again = () => setAttempt((n) => n + 1);
    tokenListeners.add(again);
    return () => void tokenListeners.delete(again);
  }, []);
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    fetcher().then(
      (data) => live && setLoaded({ state: 'ok', data }),
      (error: unknown) => live && setLoaded({ state: 'error', error: error instanceof ApiError ? error : new ApiError(0, String(error)) }),
    );
    return () => {
      live = false;
    };
    // `key` stands for everything the fetcher depends on.
  }, [key, attempt]);
  return loaded;
}
