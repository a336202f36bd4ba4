export { createApp } from './app.js';
export type { AppOptions } from './app.js';
export { pipelineAnalyzer } from './analyzer.js';
export type { Analyzer } from './analyzer.js';
export { isLoopback } from './auth.js';
export { listen } from './listen.js';
export type { Listening } from './listen.js';
export { DEFAULT_WEB_ROOT } from './static.js';
