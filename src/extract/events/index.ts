export { events, extractEvents, sentenceCandidates } from './stage.js';
export { PLOVER, type PloverRoot } from './plover.js';
