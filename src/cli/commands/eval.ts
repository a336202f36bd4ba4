/**
 * `newsgraph eval [GOLD…] [--analyses FILE] [--json] [--verbose]` — precision, recall and F1 per layer against
 * gold answers (../shared/docs/gold-format.md), with the misses.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Analysis } from '../../analysis/contract.js';
import { analyze } from '../../analyze.js';
import { errors } from '../../errors.js';
import { readGold, type Gold } from '../../eval/gold.js';
import { report } from '../../eval/report.js';
import { mergeScores, score, type Score } from '../../eval/score.js';
import { readArticle } from '../../ingest/read.js';
import { parse, write, type Command } from '../command.js';

const DEFAULT_GOLD = '../shared/corpus/dev';

const USAGE = `usage: newsgraph eval [GOLD_DIR|FILE.gold.yaml …] [options]

Analyses each gold file's article (NAME.txt beside NAME.gold.yaml) and scores the analysis against the gold
answers: precision, recall and F1 per layer (entities, typed entities, quotes, events, times, quantities),
alias merging, metadata, and the misses. Without a path it reads ${DEFAULT_GOLD}.

options:
  --analyses FILE   score these analyses (JSON or JSONL, document.id = the gold file's stem) instead of analysing
  --json            print the scores as JSON (overall and per article, with misses)
  --verbose         list every miss per article`;

async function goldFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw errors.noInput(p);
    if (info.isDirectory()) {
      const names = (await readdir(p)).filter((n) => /\.gold\.ya?ml$/.test(n)).sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  if (!out.length) throw errors.usage(`no *.gold.yaml files in ${paths.join(', ')}`);
  return out;
}

async function readAnalyses(path: string): Promise<Map<string, Analysis>> {
  const raw = (await readFile(path, 'utf8').catch(() => {
    throw errors.noInput(path);
  })).trim();
  let items: Analysis[];
  try {
    items = raw.startsWith('[') ? (JSON.parse(raw) as Analysis[]) : raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Analysis);
  } catch {
    try {
      items = [JSON.parse(raw) as Analysis];
    } catch {
      throw errors.badJsonl(0, `${path}: not JSON or JSONL analyses`);
    }
  }
  return new Map(items.filter((a) => a.document).map((a) => [String(a.document.id), a]));
}

async function analysisFor(gold: Gold, given: Map<string, Analysis> | null): Promise<Analysis> {
  if (given) {
    const a = given.get(gold.stem);
    if (!a) throw errors.usage(`no analysis with document.id "${gold.stem}" in --analyses`);
    return a;
  }
  const article = await readArticle(gold.textPath);
  return analyze({ ...article, id: gold.stem }, { lang: gold.lang === 'ja' || gold.lang === 'en' ? gold.lang : null });
}

export const evalCommand: Command = {
  name: 'eval',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      analyses: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    }, 'eval');
    if (values.help) {
      await write(io.stdout, `${USAGE}\n`);
      return 0;
    }
    if (!positionals.length && !existsSync(DEFAULT_GOLD)) throw errors.usage(`give gold files or a folder (${DEFAULT_GOLD} is absent)`);
    const files = await goldFiles(positionals.length ? positionals : [DEFAULT_GOLD]);
    const given = values.analyses ? await readAnalyses(values.analyses) : null;
    const perDoc = new Map<string, Score>();
    for (const file of files) {
      const gold = await readGold(file);
      perDoc.set(gold.stem, score(gold, await analysisFor(gold, given)));
    }
    const overall = mergeScores([...perDoc.values()]);
    const out = values.json
      ? JSON.stringify({ overall, per_doc: Object.fromEntries(perDoc) }, null, 2)
      : report(overall, perDoc, Boolean(values.verbose));
    await write(io.stdout, `${out}\n`);
    return 0;
  },
};
