/**
 * The founding article's layout, as issue 2 states it: headline, date, author, the photo caption in `captions`
 * and outside the body, the bio and 関連特集 outside the body, and no sentence cutting a 「…」 in two.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/analyze.js';
import { readArticle } from '../src/ingest/read.js';
import { DEV, needsShared } from './helpers/shared.js';

test('xi-calls-2026-02: metadata, caption, bio and related line, and whole quotations', { skip: needsShared() }, async () => {
  const a = await analyze(await readArticle(join(DEV, 'xi-calls-2026-02.txt')));
  const { text, document: d } = a;
  assert.equal(d.title, text.slice(0, text.indexOf('\n')));
  assert.equal(d.published, '2026-02-10');
  assert.equal(d.author, 'Alex Wu');
  assert.equal(d.captions.length, 1);
  assert.match(d.captions[0]!.text, /\(Scott Olson\/Getty Images\)$/);
  const inBody = (needle: string) => d.body.some((b) => text.slice(b.start, b.end).includes(needle));
  assert.ok(!inBody('Getty Images') && !inBody('Alex Wu') && !inBody('エポックタイムズ') && !inBody('関連特集'));
  assert.ok(inBody('沈明室は、ドナルド・トランプ大統領が訪中に同意したとしても'));
  assert.ok(!inBody(d.title!));
  // Every 「…」 lies inside one sentence.
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '「') stack.push(i);
    if (text[i] === '」') {
      const open = stack.pop()!;
      assert.ok(a.sentences.some((s) => s.start <= open && i < s.end), `「…」 at ${open}..${i} is cut`);
    }
  }
});
