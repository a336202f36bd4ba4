/**
 * RSS 2.0 / RSS 1.0 and Atom feeds: the items with their title, link, date and — where the feed carries it —
 * the article's HTML. Parsed with linkedom's XML parser; entities and CDATA come out as text.
 */
import { DOMParser } from 'linkedom';
import { dateOfTimestamp } from './dates.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** ISO date, when the item states one. */
  published: string | null;
  /** The item's full content (content:encoded or Atom content), as HTML. */
  content: string | null;
  /** The item's description or summary, as HTML. */
  summary: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

interface XmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute(name: string): string | null;
}

/** Whether `text` is an RSS or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/<\?xml[^>]*\?>/i, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function children(node: XmlNode, name: string): XmlNode[] {
  return Array.from(node.childNodes).filter((c) => c.nodeType === 1 && c.nodeName.toLowerCase() === name);
}

function text(node: XmlNode, ...names: string[]): string | null {
  for (const name of names) {
    const value = children(node, name)[0]?.textContent?.trim();
    if (value) return value;
  }
  return null;
}

/** The date an RFC 822 (RSS) or ISO 8601 (Atom) timestamp names, as YYYY-MM-DD in its own time zone. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = dateOfTimestamp(value);
  if (iso) return iso;
  // RFC 822: "Tue, 10 Mar 2026 09:00:00 +0900" — the day as written, not shifted to UTC.
  const m = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(\d{4})/i.exec(value);
  if (!m) return null;
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.slice(0, 3).toLowerCase()) / 3 + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function atomLink(entry: XmlNode): string | null {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href')?.trim() || null;
}

/** Parses an RSS or Atom feed; null when `xml` is neither. */
export function parseFeed(xml: string): Feed | null {
  if (!looksLikeFeed(xml)) return null;
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlNode | null };
  const root = doc.documentElement;
  if (!root) return null;
  const all = (node: XmlNode, name: string): XmlNode[] => {
    const out: XmlNode[] = [];
    const walk = (n: XmlNode) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType !== 1) continue;
        if (c.nodeName.toLowerCase() === name) out.push(c);
        else walk(c);
      }
    };
    walk(node);
    return out;
  };
  const atom = root.nodeName.toLowerCase() === 'feed';
  const channel = atom ? root : (all(root, 'channel')[0] ?? root);
  const items = (atom ? all(root, 'entry') : all(root, 'item')).map((item): FeedItem => ({
    title: text(item, 'title'),
    link: atom ? atomLink(item) : (text(item, 'link') ?? text(item, 'guid')),
    published: feedDate(text(item, 'pubdate', 'published', 'updated', 'dc:date')),
    content: text(item, 'content:encoded', 'content'),
    summary: text(item, 'description', 'summary'),
  }));
  return { title: text(channel, 'title'), items };
}
