/**
 * The golden fixtures: every `fixtures/NAME.{txt,html,jsonl}` and its analysis, produced by the shared pipeline
 * exactly as `newsgraph analyze` produces it (a JSONL batch gives one record a line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, AnalysisError } from '../../src/analysis/contract.js';
import { analyze } from '../../src/analyze.js';
import { describeError } from '../../src/errors.js';
import { parseBatchLine, BatchLineError } from '../../src/ingest/jsonl.js';
import { readArticle } from '../../src/ingest/read.js';
import { ROOT } from './shared.js';

export const FIXTURES = join(ROOT, 'fixtures');

/** Names of the fixture inputs (not their golden outputs). */
export function fixtureInputs(): string[] {
  return readdirSync(FIXTURES).filter((n) => /\.(txt|html|jsonl)$/.test(n)).sort();
}

/** The analysis (or batch records) of one fixture, with `source` relative to the repository. */
export async function analyseFixture(name: string): Promise<Analysis | (Analysis | AnalysisError)[]> {
  const path = join(FIXTURES, name);
  if (name.endsWith('.jsonl')) {
    const out: (Analysis | AnalysisError)[] = [];
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      try {
        const item = parseBatchLine(line, i + 1);
        if (item) out.push(await analyze(item.article, item.options));
      } catch (error) {
        out.push({ id: error instanceof BatchLineError ? error.id : null, error: describeError(error) });
      }
    }
    return out;
  }
  const article = await readArticle(path);
  return analyze({ ...article, source: `fixtures/${name}` });
}
