import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedDate, looksLikeFeed, parseFeed } from './feed.js';

await test('RSS items carry title, link, date and full content', () => {
  const feed = parseFeed(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>地方ニュース</title>
<item><title>橋が完成 &amp; 式典</title><link>https://news.example/1</link><pubDate>Mon, 02 Mar 2026 23:30:00 +0900</pubDate>
<description>要約</description><content:encoded><![CDATA[<p>本文です。</p>]]></content:encoded></item>
<item><title>二本目</title><guid>https://news.example/2</guid></item></channel></rss>`)!;
  assert.equal(feed.title, '地方ニュース');
  assert.deepEqual(feed.items[0], {
    title: '橋が完成 & 式典', link: 'https://news.example/1', published: '2026-03-02', content: '<p>本文です。</p>', summary: '要約',
  });
  assert.equal(feed.items[1]!.link, 'https://news.example/2');
  assert.equal(feed.items[1]!.published, null);
});

await test('Atom entries use the alternate link and the published date', () => {
  const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>E</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/e"/>
<published>2026-01-05T10:00:00+09:00</published><summary>S</summary></entry></feed>`)!;
  assert.equal(feed.items[0]!.link, 'https://x.example/e');
  assert.equal(feed.items[0]!.published, '2026-01-05');
  assert.equal(feed.items[0]!.content, null);
});

await test('only feeds are feeds', () => {
  assert.ok(looksLikeFeed('<?xml version="1.0"?>\n<!-- x --><rss version="2.0">'));
  assert.ok(!looksLikeFeed('<!doctype html><html>'));
  assert.equal(parseFeed('<html><body>x</body></html>'), null);
  assert.equal(feedDate('Tue, 10 Mar 2026 01:00:00 GMT'), '2026-03-10');
});
