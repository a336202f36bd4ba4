export { quotes, findQuotes } from './quotes.js';
