/**
 * Doc → the contract's analysis object. Layers no stage assigned print as empty arrays, so the output always
 * has every field of the contract.
 */
import type { Doc } from '../doc.js';
import { SCHEMA_ID, type Analysis } from './contract.js';

/** The analysis of `doc` as printed by `newsgraph analyze`. */
export function toAnalysis(doc: Doc): Analysis {
  const document = doc.get('document');
  return {
    schema: SCHEMA_ID,
    document: { ...document, lang: doc.getOr('lang', document.lang) },
    text: doc.text,
    sentences: doc.getOr('sentences', []),
    entities: doc.getOr('entities', []),
    quotes: doc.getOr('quotes', []),
    events: doc.getOr('events', []),
    times: doc.getOr('times', []),
    quantities: doc.getOr('quantities', []),
    warnings: doc.warnings,
  };
}
