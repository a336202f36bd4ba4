/**
 * Finds and loads the shipped model (`models/ner-ja.bin.gz` at the package root) once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errors } from '../../../errors.js';
import { FEATURES } from './features.js';
import { NerModel } from './model.js';

/** The model file's name under `models/`. */
export const MODEL_FILE = 'ner-ja.bin.gz';

/** The package root: the nearest folder above this module that holds `models/`. */
export function modelsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'models')) && existsSync(join(dir, 'package.json'))) return join(dir, 'models');
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the models/ folder above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Path of the shipped model. */
export function defaultModelPath(): string {
  return join(modelsDir(), MODEL_FILE);
}

const cache = new Map<string, NerModel>();

/** The model at `path` (the shipped one by default), read once per process. */
export function loadNerModel(path = defaultModelPath()): NerModel {
  let model = cache.get(path);
  if (!model) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw errors.badModel(path, 'the NER model is missing');
    }
    try {
      model = NerModel.deserialize(bytes, FEATURES);
    } catch (e) {
      throw errors.badModel(path, `the NER model cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
    cache.set(path, model);
  }
  return model;
}
