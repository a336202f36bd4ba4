import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksLikeHtml, readHtml } from './html.js';

const PAGE = `<!doctype html><html><head><title>Site | 見出し</title>
<meta property="og:title" content="見出しの本体">
<meta property="article:published_time" content="2025-03-01T23:30:00+09:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"LDの見出し","datePublished":"2025-02-28","author":[{"@type":"Person","name":"山田太郎"}]}]}</script>
</head><body><nav>メニュー ログイン</nav><article>
<p>政府は1日、新たな経済対策を発表した。対策の規模は約10兆円となる見通しで、家計への支援が柱になる。</p>
<figure><img src="a.jpg"><figcaption>会見する首相</figcaption></figure>
<p>首相は記者会見で「国民の暮らしを守る」と述べた。<br>野党は規模が不十分だと批判している。</p>
<script>alert(1)</script>
</article><footer>著作権表示</footer></body></html>`;

test('main text as paragraphs, figure captions as hints, metadata from Open Graph and JSON-LD', () => {
  const a = readHtml(PAGE, 'page.html');
  assert.match(a.text, /^政府は1日、新たな経済対策を発表した。/);
  assert.ok(a.text.includes('\n\n首相は記者会見で'));
  assert.ok(a.text.includes('述べた。\n野党は'));
  assert.ok(!a.text.includes('メニュー') && !a.text.includes('alert') && !a.text.includes('著作権'));
  assert.equal(a.hints?.title, '見出しの本体');
  assert.equal(a.hints?.published, '2025-03-01T23:30:00+09:00');
  assert.equal(a.hints?.author, '山田太郎');
  const cap = a.hints!.captions![0]!;
  assert.equal(a.text.slice(cap.start, cap.end), '会見する首相');
});

test('HTML is recognised by its content', () => {
  assert.ok(looksLikeHtml('  <!DOCTYPE html><html>'));
  assert.ok(looksLikeHtml('<p>本文</p>'));
  assert.ok(!looksLikeHtml('政府は発表した。a < b > c'));
});
