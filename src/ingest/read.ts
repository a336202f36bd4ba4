/**
 * Reading an article from a file or standard input: size limit, decoding, and the choice between plain text and
 * HTML. Every failure is a catalogued one-line error naming the input.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '../doc.js';
import { errors } from '../errors.js';
import { decode, type Encoding } from './decode.js';
import { looksLikeHtml } from './sniff.js';

/** 5 MB: far above any real article, low enough to refuse a mistaken dump. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  encoding?: Encoding;
  /** Force a format instead of sniffing the content. */
  format?: 'text' | 'html';
}

/** The bytes of `path` (or standard input for `-`), refusing more than `maxBytes`. */
export async function readBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (path === '-') return readStream(process.stdin, 'standard input', maxBytes);
  let info;
  try {
    info = await stat(path);
  } catch {
    throw errors.noInput(path);
  }
  if (info.isDirectory()) throw errors.notAFile(path);
  if (info.size > maxBytes) throw errors.tooLarge(path, maxBytes);
  const handle = await open(path, 'r');
  try {
    return await readStream(handle.createReadStream(), path, maxBytes);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) throw errors.tooLarge(name, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes bytes read from `name` into an Article (plain text or the main text of an HTML page). The HTML reader
 * (Readability and a DOM) loads only for HTML, which keeps plain-text analysis quick to start.
 */
export async function toArticle(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<Article> {
  if (bytes.length === 0) throw errors.emptyInput(name);
  const { text, encoding } = decode(bytes, name, options.encoding);
  if (text.trim() === '') throw errors.emptyInput(name);
  const source = name === 'standard input' || name === '-' ? null : name;
  const html = options.format ? options.format === 'html' : /\.x?html?$/i.test(extname(name)) || looksLikeHtml(text);
  const article: Article = html ? (await import('./html.js')).readHtml(text, source) : { text, source };
  if (article.text.trim() === '') throw errors.emptyInput(name);
  if (encoding !== 'utf-8') {
    article.warnings = [{ message: `decoded from ${encoding}`, rule: 'ingest/encoding' }];
  }
  return article;
}

/** Reads and decodes one article from a path or `-`. */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<Article> {
  const name = path === '-' ? 'standard input' : path;
  return toArticle(await readBytes(path, options.maxBytes), name, options);
}
