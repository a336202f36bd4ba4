export { NE_TYPES, type NeType } from './labels.js';
export { NerModel, type ModelData } from './model.js';
export { loadNerModel, defaultModelPath, MODEL_FILE } from './load.js';
export { tagSentence, type TaggedSpan } from './tagger.js';
export { sentenceFeatures, FEATURES } from './features.js';
export { viterbi } from './viterbi.js';
export { type Transitions } from './transitions.js';
