/**
 * The batch form: one JSON object a line, `{"id", "text", "published"?, "lang"?, "title"?, "source"?}`. Each
 * line parses on its own, so one bad line becomes one error record and the batch goes on.
 */
import type { AnalyzeOptions, Article } from '../doc.js';
import { errors, NewsgraphError } from '../errors.js';

export interface BatchItem {
  id: string | null;
  article: Article;
  options: AnalyzeOptions;
}

/** Parses line `lineNo` (1-based) of a batch. Blank lines yield null. */
export function parseBatchLine(line: string, lineNo: number): BatchItem | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw errors.badJsonl(lineNo, 'not valid JSON — each line must be one JSON object');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw errors.badJsonl(lineNo, 'not a JSON object — expected {"id", "text"}');
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id == null ? null : String(obj.id);
  const fail = (why: string) => new BatchLineError(id, errors.badJsonl(lineNo, why));
  if (typeof obj.text !== 'string') throw fail('"text" is missing or not a string');
  if (obj.text.trim() === '') throw fail('"text" is empty');
  for (const key of ['published', 'lang', 'title', 'source'] as const) {
    if (obj[key] != null && typeof obj[key] !== 'string') throw fail(`"${key}" must be a string`);
  }
  const str = (key: string) => (typeof obj[key] === 'string' ? (obj[key] as string) : null);
  return {
    id,
    article: { text: obj.text, id, source: str('source'), hints: { title: str('title'), published: null } },
    options: { published: str('published'), lang: str('lang') },
  };
}

/** A batch line's error that knows the line's id, when the line had one. */
export class BatchLineError extends NewsgraphError {
  readonly id: string | null;
  constructor(id: string | null, cause: NewsgraphError) {
    super(cause.code, cause.message);
    this.id = id;
  }
}
