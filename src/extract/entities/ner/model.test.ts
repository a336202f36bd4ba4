import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LABELS } from './labels.js';
import { NerModel } from './model.js';

function tiny(): NerModel {
  const trans = new Float32Array(LABELS * LABELS);
  trans[3] = 0.5;
  return new NerModel({
    features: 2,
    trans,
    start: new Float32Array(LABELS).fill(0.25),
    end: new Float32Array(LABELS),
    keys: Uint32Array.from([7, 99, 0xfffffff0]),
    offsets: Uint32Array.from([0, 2, 6, 7]),
    labels: Uint8Array.from([0, 5, 1, 2, 3, 4, 9]),
    weights: Int16Array.from([10, -4, 1, -2, 3, -32768, 3]),
    scale: 0.5,
    calibration: [0.25, -1],
  });
}

test('emissions add the sparse rows of the features a position has', () => {
  const m = tiny();
  // Position 0 has both known features, position 1 one known and one unknown.
  const em = m.emissions(Uint32Array.from([7, 0xfffffff0, 0xfffffff0, 12345]), 2);
  assert.equal(em[0], 10);
  assert.equal(em[5], -4);
  assert.equal(em[9], 3);
  assert.equal(em[LABELS + 9], 3);
  assert.equal(em[LABELS + 0], 0);
  assert.equal(m.row(12345), null);
  assert.deepEqual(m.row(7), [[0, 10], [5, -4]]);
  assert.deepEqual(m.row(0xfffffff0), [[9, 3]]);
  assert.deepEqual(m.row(99), [[1, 1], [2, -2], [3, 3], [4, -32768]], 'a long row continues past the slot');
  const long = m.emissions(Uint32Array.from([99, 1]), 1);
  assert.deepEqual([long[1], long[2], long[3], long[4]], [1, -2, 3, -32768]);
});

test('transitions are rescaled to the units of the quantised weights', () => {
  const m = tiny();
  assert.equal(m.scaled.trans[3], 1);
  assert.equal(m.scaled.start[0], 0.5);
});

test('a model survives serialisation byte for byte', () => {
  const m = tiny();
  const back = NerModel.deserialize(m.serialize(), 2);
  assert.deepEqual(back.data, m.data);
  assert.throws(() => NerModel.deserialize(m.serialize(), 3), /does not fit/);
  assert.throws(() => NerModel.deserialize(Buffer.from('not a model'), 2), /./);
});
