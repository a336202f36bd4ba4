import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDoc } from '../../analyze.js';

/** `type participants…` of every event of a Japanese article. */
async function events(text: string): Promise<string[]> {
  const doc = await analyzeDoc({ text }, { published: '2024-05-15' });
  return doc.get('events').map((e) => `${e.type} ${e.participants.filter((p) => p.role !== 'location').map((p) => p.entity ?? p.text).join(' ')}`);
}

test('両国 and 両政府 are the two countries named before, not the city where they met', async () => {
  assert.ok((await events('首脳会談\n\n日本の首相と中国の国家主席は9日、東京で会談した。両国は経済協力の拡大で合意した。')).includes('agreement kb:japan kb:china'));
  assert.ok((await events('外相会談\n\n韓国の外相と日本の外相は10日、ソウルで会談し、両国は来月の首脳会談の開催で一致した。')).includes('agreement kb:south-korea kb:japan'));
  assert.ok((await events('協議\n\nフランスとドイツの代表はパリで協議した。両政府は共同声明に署名した。')).some((e) => e.startsWith('agreement kb:france kb:germany')));
});

test('両政府 still reads two places when fewer than two of them are countries (香港 belongs to 中国)', async () => {
  assert.ok((await events('観光協力\n\n台湾と香港の代表は12日に会談した。両政府は観光協力の拡大で合意した。')).includes('agreement kb:taiwan kb:hong-kong'));
});
