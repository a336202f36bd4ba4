/**
 * HTML pages: the main text through @mozilla/readability over a linkedom DOM, rendered as plain paragraphs
 * (spans index this extracted text), and title, date and author from Open Graph, JSON-LD `NewsArticle` and meta
 * tags. Figure captions are kept as caption hints.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../doc.js';
import type { Range } from '../spans.js';

export { looksLikeHtml } from './sniff.js';

interface PageMeta {
  title: string | null;
  published: string | null;
  author: string | null;
}

// Minimal structural types for the DOM linkedom returns: enough for what this module reads.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  title: string;
}

/** Reads an HTML page into an Article whose text is the page's main text. */
export function readHtml(html: string, source: string | null): Article {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const meta = pageMeta(document);
  // Readability changes the DOM it reads, so it gets its own copy.
  const { document: copy } = parseHTML(html);
  const parsed = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  const content = parsed?.content ?? '';
  const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`) as unknown as { document: DomDocument };
  const root = body.querySelector('body');
  const rendered = root ? render(root) : { text: '', captions: [] };
  let text = rendered.text;
  if (text.trim() === '') text = (parsed?.textContent ?? '').trim();
  return {
    text,
    source,
    hints: {
      title: meta.title ?? parsed?.title ?? null,
      published: meta.published ?? parsed?.publishedTime ?? null,
      author: meta.author ?? parsed?.byline ?? null,
      captions: rendered.captions,
    },
  };
}

function pageMeta(document: DomDocument): PageMeta {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document);
  const timeEl = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const metaAuthor = content('meta[name="author"]') ?? nonUrl(content('meta[property="article:author"]'));
  return {
    title: content('meta[property="og:title"]') ?? ld.title ?? (document.title.trim() || null),
    published:
      content('meta[property="article:published_time"]') ?? ld.published ?? content('meta[name="pubdate"]') ??
      content('meta[name="date"]') ?? content('meta[name="DC.date.issued"]') ?? timeEl,
    author: ld.author ?? metaAuthor,
  };
}

function nonUrl(value: string | null): string | null {
  return value && !/^https?:/i.test(value) ? value : null;
}

/** Title, date and author from the page's JSON-LD, preferring a NewsArticle-like object. */
function jsonLd(document: DomDocument): PageMeta {
  const out: PageMeta = { title: null, published: null, author: null };
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenLd(data)) {
      const type = [item['@type']].flat().map(String);
      if (!type.some((t) => /Article|NewsArticle|Report|BlogPosting/.test(t))) continue;
      out.title ??= typeof item.headline === 'string' ? item.headline : null;
      out.published ??= typeof item.datePublished === 'string' ? item.datePublished : null;
      out.author ??= authorName(item.author);
    }
  }
  return out;
}

type LdObject = Record<string, unknown>;

function flattenLd(data: unknown): LdObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data && typeof data === 'object') {
    const obj = data as LdObject;
    return [obj, ...(Array.isArray(obj['@graph']) ? flattenLd(obj['@graph']) : [])];
  }
  return [];
}

function authorName(author: unknown): string | null {
  if (typeof author === 'string') return author;
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (author && typeof author === 'object' && typeof (author as LdObject).name === 'string') return (author as LdObject).name as string;
  return null;
}

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'PRE', 'ASIDE', 'DL', 'DT', 'DD', 'HR', 'ADDRESS', 'MAIN',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

/** Renders a DOM subtree as paragraphs separated by blank lines, with the ranges of figure captions. */
function render(root: DomNode): { text: string; captions: Range[] } {
  let text = '';
  const captions: Range[] = [];
  let pendingBreak = false;
  const breakBlock = () => {
    pendingBreak = text.length > 0;
  };
  const appendText = (raw: string) => {
    const collapsed = raw.replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') && ws.length === 1 ? '\u00a0' : ' '));
    if (collapsed.trim() === '' && (pendingBreak || text.endsWith(' ') || text.endsWith('\n') || text === '')) return;
    let piece = collapsed;
    if (pendingBreak) {
      text = text.replace(/[ \u00a0]+$/, '');
      text += '\n\n';
      piece = piece.replace(/^[ ]+/, '');
      pendingBreak = false;
    } else if (text === '' || text.endsWith('\n')) {
      piece = piece.replace(/^[ ]+/, '');
    }
    text += piece;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      appendText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      text = text.replace(/[ ]+$/, '');
      if (text) text += '\n';
      return;
    }
    const block = BLOCK.has(node.nodeName);
    if (block) breakBlock();
    const captionStart = node.nodeName === 'FIGCAPTION' ? text.length : -1;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (captionStart >= 0) {
      const start = text.length > captionStart && text.slice(captionStart).startsWith('\n\n') ? captionStart + 2 : captionStart;
      if (text.length > start) captions.push({ start, end: text.replace(/[ ]+$/, '').length });
    }
    if (block) breakBlock();
  };
  walk(root);
  return { text: text.replace(/[ \u00a0]+$/, ''), captions };
}
