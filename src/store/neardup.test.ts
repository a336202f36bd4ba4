import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buckets, decodeSignature, DUPLICATE_THRESHOLD, encodeSignature, minhash, similarity } from './neardup.js';

const story =
  '市議会は十二日、駅前再開発の計画案を賛成多数で可決した。計画では老朽化した商業ビル二棟を取り壊し、' +
  '図書館と保育所を備えた複合施設を建てる。総事業費は約百二十億円で、市は国の補助金を活用する方針だ。' +
  '反対した議員からは、人口減少が進む中で大型施設の維持費が将来の負担になるとの指摘が出た。';

await test('a copy with a different header and a corrected word is a near-duplicate', () => {
  const copy = `【配信】${story.replace('約百二十億円', '約百二十一億円')}（共同）`;
  const s = similarity(minhash(story)!, minhash(copy)!);
  assert.ok(s >= DUPLICATE_THRESHOLD, `similarity ${s}`);
  // Copies share at least one LSH bucket, so the store compares them at all.
  const shared = buckets(minhash(story)!).filter((b) => buckets(minhash(copy)!).includes(b));
  assert.ok(shared.length > 0);
});

await test('a different story on the same topic is not', () => {
  const other =
    '駅前再開発をめぐり、市民団体は十三日、計画の見直しを求める署名を市長に提出した。団体は商業ビルの' +
    '耐震改修で十分だと主張しており、複合施設の建設費が膨らむおそれがあるとして住民投票の実施も求めている。';
  assert.ok(similarity(minhash(story)!, minhash(other)!) < 0.3);
});

await test('layout does not matter, short texts are not compared, signatures survive the store', () => {
  assert.equal(similarity(minhash(story)!, minhash(story.replace(/。/g, '。\n\n'))!), 1);
  assert.equal(minhash('短い。'), null);
  const sig = minhash(story)!;
  assert.deepEqual(decodeSignature(encodeSignature(sig)), sig);
  assert.ok(buckets(sig).every((b) => Number.isSafeInteger(b)));
});
