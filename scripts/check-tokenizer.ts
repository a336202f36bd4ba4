/**
 * Equivalence of the own IPADIC tokenizer with kuromoji 0.1.2, and both speeds:
 *   npm run check:tokenizer [-- --n 500]
 * Tokenises the first N Wikinews articles (default all) — whole, and sentence by sentence as the `tokens` stage
 * does — and every sentence of the dev corpus with both, compares surface (the own one read at its offsets),
 * part of speech, its two sub-categories, base and conjugation form, and exits non-zero on any mismatch. It also
 * counts the inputs where the own offsets differ from those the surfaces imply when searched one after another
 * (how offsets were derived from kuromoji before): only where kuromoji's path skips text, as after astral runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IpadicTokenizer } from '../src/text/ipadic/index.js';
import { alignedStarts, firstDifference, loadKuromoji, referenceTokens, type Kuromoji } from '../src/text/ipadic/reference.js';
import { splitSentences } from '../src/text/sentences.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared/corpus');
const { values } = parseArgs({ options: { n: { type: 'string' }, show: { type: 'string', default: '10' } } });

interface Text {
  id: string;
  text: string;
}

function wikinews(n: number): Text[] {
  const file = join(SHARED, 'wikinews-ja/articles.jsonl');
  if (!existsSync(file)) {
    console.log(`skipped Wikinews: ${file} is absent (../shared beside the clone)`);
    return [];
  }
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(0, n).map((l) => JSON.parse(l) as Text);
}

function devCorpus(): Text[] {
  const dir = join(SHARED, 'dev');
  if (!existsSync(dir)) {
    console.log(`skipped the dev corpus: ${dir} is absent`);
    return [];
  }
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
}

let mismatches = 0;
let realigned = 0;
let compared = 0;
const show = Number(values.show);

function compare(label: string, reference: Kuromoji, own: IpadicTokenizer, text: string, start: number, end: number): void {
  compared++;
  const expected = referenceTokens(reference, text, start, end);
  const actual = own.tokenize(text, start, end);
  const difference = firstDifference(text, expected, actual);
  if (difference) {
    if (mismatches++ < show) console.log(`MISMATCH ${label} [${start}, ${end}): ${difference}`);
    return;
  }
  const aligned = alignedStarts(text, start, end, expected);
  if (actual.some((t, i) => t.start !== aligned[i])) realigned++;
}

/** Best of three warm passes over `texts`, in characters per second. */
function speed(texts: readonly Text[], tokenize: (text: string) => unknown): number {
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const t of texts) tokenize(t.text);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return chars / best;
}

const articles = wikinews(values.n ? Number(values.n) : Infinity);
const dev = devCorpus();
const reference = await loadKuromoji();
const own = await IpadicTokenizer.load();

for (const a of articles) {
  compare(`${a.id} (whole)`, reference, own, a.text, 0, a.text.length);
  for (const s of splitSentences(a.text, 0, a.text.length)) compare(a.id, reference, own, a.text, s.start, s.end);
}
for (const d of dev) for (const s of splitSentences(d.text, 0, d.text.length)) compare(d.id, reference, own, d.text, s.start, s.end);

console.log(`${articles.length} Wikinews articles (whole and by sentence) and ${dev.length} dev texts by sentence: ${compared} inputs compared, ${mismatches} mismatches`);
console.log(`inputs whose own offsets differ from the surface-searched ones: ${realigned}`);
if (articles.length) {
  const k = speed(articles, (text) => reference.tokenize(text));
  const o = speed(articles, (text) => own.tokenize(text));
  const kchars = (x: number) => `${(x / 1000).toFixed(1)} k chars/s`;
  console.log(`speed over the articles, whole texts: kuromoji ${kchars(k)}, own ${kchars(o)} (${(o / k).toFixed(2)}×)`);
}
process.exitCode = mismatches ? 1 : 0;
