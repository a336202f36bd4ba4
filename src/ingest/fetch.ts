/**
 * HTTP(S) for feeds and pages: a timeout for the whole exchange, a size limit checked while reading (not only
 * from Content-Length), and one catalogued error line per failure naming the URL.
 */
import { errors, NewsgraphError } from '../errors.js';

export interface FetchOptions {
  /** Milliseconds for connecting, redirects and the body together (default 15 s). */
  timeoutMs?: number;
  maxBytes?: number;
}

export interface Fetched {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Plain words for the network failures people meet most. */
const CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (ECONNREFUSED) — is the server up?',
  ENOTFOUND: 'host not found (ENOTFOUND) — check the address',
  ECONNRESET: 'the server closed the connection (ECONNRESET)',
  EAI_AGAIN: 'name lookup failed for now (EAI_AGAIN) — check the network',
  CERT_HAS_EXPIRED: 'the server\'s certificate has expired',
};

/** Whether `s` is an http(s) URL. */
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Fetches `url`, refusing more than `maxBytes`. */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': 'newsgraph', accept: '*/*' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw errors.network(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw errors.network(url, `larger than ${maxBytes} bytes — raise --max-bytes if this is really one page`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      for await (const chunk of response.body) {
        total += chunk.length;
        if (total > maxBytes) throw errors.network(url, `larger than ${maxBytes} bytes — raise --max-bytes if this is really one page`);
        chunks.push(chunk);
      }
    }
    return { url: response.url || url, contentType: response.headers.get('content-type') ?? '', bytes: Buffer.concat(chunks) };
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    if (signal.aborted) throw errors.network(url, `no complete answer within ${timeoutMs / 1000} s — the server is slow or down`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? '';
    throw errors.network(url, CAUSES[code] ?? cause?.message ?? (error instanceof Error ? error.message : String(error)));
  }
}
