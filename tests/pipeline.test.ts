import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../src/doc.js';
import { NewsgraphError } from '../src/errors.js';
import { Pipeline, type Stage } from '../src/pipeline/pipeline.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name,
  requires,
  assigns,
  run: (doc) => {
    for (const layer of assigns) doc.set(layer, layer === 'lang' ? 'ja' : ([] as never));
    return doc;
  },
});

test('a pipeline refuses a stage that reads a layer nobody assigned before it', () => {
  assert.throws(() => new Pipeline([stage('b', ['lang'], ['sentences']), stage('a', [], ['lang'])]), (e: unknown) =>
    e instanceof NewsgraphError && /requires "lang"/.test(e.message));
});

test('a pipeline refuses two stages assigning one layer', () => {
  assert.throws(() => new Pipeline([stage('a', [], ['lang']), stage('b', [], ['lang'])]), /both assign "lang"/);
});

test('a pipeline refuses a stage that does not assign what it declares', () => {
  const lazy: Stage = { name: 'lazy', requires: [], assigns: ['lang'], run: (doc) => doc };
  assert.throws(() => new Pipeline([lazy]).run(new Doc({ text: 'x' })), /did not assign "lang"/);
});

test('a pipeline runs stages in order, freezes its stage list and records timings', () => {
  const p = new Pipeline([stage('a', [], ['lang']), stage('b', ['lang'], ['sentences'])]);
  assert.ok(Object.isFrozen(p.stages));
  const timings = new Map<string, number>();
  const doc = p.run(new Doc({ text: 'x' }), {}, timings);
  assert.equal(doc.get('lang'), 'ja');
  assert.deepEqual([...timings.keys()], ['a', 'b']);
});

test('reading a layer no stage assigned is reported as a pipeline error', () => {
  assert.throws(() => new Doc({ text: 'x' }).get('entities'), /read before any stage assigned it/);
});

test('warnings are data on the Doc', () => {
  const doc = new Doc({ text: 'abc' });
  doc.warn('something odd', { rule: 'test/odd', span: { start: 1, end: 2 } });
  assert.deepEqual(doc.warnings, [{ message: 'something odd', rule: 'test/odd', start: 1, end: 2 }]);
});

test('the default pipeline runs times and quantities after entities', async () => {
  const { DEFAULT_STAGES } = await import('../src/pipeline/default.js');
  const names = DEFAULT_STAGES.map((s) => s.name);
  assert.ok(names.indexOf('times') > names.indexOf('entities'));
  assert.equal(names.indexOf('quantities'), names.indexOf('times') + 1);
});
