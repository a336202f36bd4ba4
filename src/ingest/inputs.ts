/**
 * What `newsgraph ingest PATH…` reads, as a stream of articles: files, directories (recursively), JSONL
 * batches, HTML pages, RSS/Atom feed files and http(s) URLs of feeds or pages. Each failure becomes one error
 * event naming its item, and the stream goes on. `total` events announce how many items to expect, for the
 * progress bar.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AnalyzeOptions, Article } from '../doc.js';
import { describeError, errors } from '../errors.js';
import { decode } from './decode.js';
import { parseFeed, type FeedItem } from './feed.js';
import { fetchBytes, isUrl, type FetchOptions } from './fetch.js';
import { readHtml } from './html.js';
import { parseBatchLine } from './jsonl.js';
import { DEFAULT_MAX_BYTES, readBytes, toArticle } from './read.js';

export type InputEvent =
  | { type: 'item'; label: string; article: Article; options: AnalyzeOptions }
  | { type: 'error'; label: string; error: string }
  | { type: 'total'; add: number };

export interface InputOptions extends FetchOptions {
  maxBytes?: number;
  /** Fetch the linked page of a feed item that carries only a summary (default true). */
  followLinks?: boolean;
}

/** File extensions a directory walk picks up. */
const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);

/** A feed item's own content counts as the article when it has at least this much text. */
const MIN_FEED_CONTENT = 200;

function isJsonl(path: string): boolean {
  return JSONL_EXT.has(extname(path).toLowerCase());
}

/** Every article file under `dir`, sorted, skipping hidden entries. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (ARTICLE_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)) out.push(path);
    }
  }
  return out;
}

/** Non-blank lines of a file, counted without parsing them. */
async function countLines(path: string): Promise<number> {
  let n = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') n++;
  return n;
}

/** The articles of every input, in order. */
export async function* readInputs(inputs: readonly string[], options: InputOptions = {}): AsyncGenerator<InputEvent> {
  // First the local files, so the total is known before the first article (URLs add theirs as they expand).
  const plan: { input: string; files: string[] | null; error?: string }[] = [];
  let total = 0;
  for (const input of inputs) {
    if (isUrl(input)) {
      plan.push({ input, files: null });
      total++;
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (!info) {
      plan.push({ input, files: [], error: errors.noInput(input).message });
      total++;
      continue;
    }
    const files = info.isDirectory() ? await walk(input) : [input];
    for (const f of files) total += isJsonl(f) ? await countLines(f) : 1;
    plan.push({ input, files });
  }
  yield { type: 'total', add: total };
  for (const step of plan) {
    if (step.error) yield { type: 'error', label: step.input, error: step.error };
    else if (step.files === null) yield* readUrl(step.input, options);
    else for (const file of step.files) yield* readFile(file, options);
  }
}

async function* readFile(path: string, options: InputOptions): AsyncGenerator<InputEvent> {
  if (isJsonl(path)) {
    yield* readJsonl(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    return;
  }
  try {
    const bytes = await readBytes(path, options.maxBytes);
    const text = decode(bytes, path).text;
    const feed = parseFeed(text);
    if (feed) {
      // The file stood for one item in the total; its items replace it.
      yield { type: 'total', add: feed.items.length - 1 };
      yield* readFeedItems(feed.items, path, options);
      return;
    }
    yield { type: 'item', label: path, article: await toArticle(bytes, path), options: {} };
  } catch (error) {
    yield { type: 'error', label: path, error: describeError(error) };
  }
}

async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<InputEvent> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const label = `${path}:${lineNo}`;
    try {
      if (Buffer.byteLength(line) > maxBytes) throw errors.badJsonl(lineNo, `larger than ${maxBytes} bytes — raise --max-bytes`);
      const item = parseBatchLine(line, lineNo);
      if (!item) continue;
      const article = { ...item.article, source: item.article.source ?? label };
      yield { type: 'item', label: item.id ? `${label} (${item.id})` : label, article, options: item.options };
    } catch (error) {
      yield { type: 'error', label, error: describeError(error) };
    }
  }
}

async function* readUrl(url: string, options: InputOptions): AsyncGenerator<InputEvent> {
  try {
    const page = await fetchBytes(url, options);
    const text = decode(page.bytes, url).text;
    // Servers label feeds inconsistently (text/xml, application/rss+xml, even text/html): the content decides.
    const feed = parseFeed(text);
    if (feed) {
      yield { type: 'total', add: feed.items.length - 1 };
      yield* readFeedItems(feed.items, url, options);
      return;
    }
    yield { type: 'item', label: url, article: { ...(await toArticle(page.bytes, url)), source: page.url }, options: {} };
  } catch (error) {
    yield { type: 'error', label: url, error: describeError(error) };
  }
}

/** A feed's items: the item's own content when it is a full article, else the page it links to. */
async function* readFeedItems(items: readonly FeedItem[], feed: string, options: InputOptions): AsyncGenerator<InputEvent> {
  for (const [i, item] of items.entries()) {
    const label = item.link ?? `${feed}#${i + 1}`;
    try {
      yield { type: 'item', label, article: await feedArticle(item, label, options), options: {} };
    } catch (error) {
      yield { type: 'error', label, error: describeError(error) };
    }
  }
}

async function feedArticle(item: FeedItem, label: string, options: InputOptions): Promise<Article> {
  const hints = { title: item.title, published: item.published };
  const own = item.content ?? item.summary;
  const fromFeed = own ? readHtml(`<!doctype html><html><body><article>${own}</article></body></html>`, item.link) : null;
  if (fromFeed && fromFeed.text.trim().length >= MIN_FEED_CONTENT) {
    return { ...fromFeed, hints: { ...fromFeed.hints, ...hints } };
  }
  if (item.link && isUrl(item.link) && options.followLinks !== false) {
    const page = await fetchBytes(item.link, options);
    const article = await toArticle(page.bytes, item.link);
    return { ...article, source: page.url, hints: { ...hints, ...article.hints, title: article.hints?.title ?? item.title } };
  }
  if (fromFeed && fromFeed.text.trim() !== '') return { ...fromFeed, hints: { ...fromFeed.hints, ...hints } };
  throw errors.emptyInput(label);
}

