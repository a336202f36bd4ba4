/**
 * Scores the NER tagger on the shared sentence formats: exact span + type precision, recall and F1 per type and
 * micro-averaged. UD GSD is scored over the ten contract name types; stockmark over its own classes (the
 * contract's types projected onto them, its three kinds of organisation merged), since 地名 does not say
 * whether a place is a GPE or a LOC.
 */
import { readBio, readGsdJsonl, readStockmark, STOCKMARK_CLASS_OF_TYPE, type GoldSentence, type StockmarkPart } from '../extract/entities/ner/corpus.js';
import { NE_TYPES, type NeType } from '../extract/entities/ner/labels.js';
import { loadNerModel } from '../extract/entities/ner/load.js';
import { tagSentence } from '../extract/entities/ner/tagger.js';
import { loadTokenizer } from '../text/tokenizer.js';
import { tokenize } from '../text/tokens.js';

/** The sentence formats: UD GSD JSONL (`{text, entities}`), CoNLL-style BIO, stockmark's JSON array. */
export type SentenceFormat = 'ud-gsd' | 'bio' | 'stockmark';

/** Counts and scores of one class. */
export interface ClassScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScores {
  format: SentenceFormat;
  sentences: number;
  /** Per class, in a fixed order. */
  classes: Record<string, ClassScore>;
  micro: ClassScore;
}

/** A predicted span, sentence-relative. */
export interface PredictedSpan {
  start: number;
  end: number;
  type: NeType;
}

function score(gold: number, predicted: number, correct: number): ClassScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/** The class a predicted type is scored as in `format`. */
function classOf(format: SentenceFormat, type: NeType): string {
  return format === 'stockmark' ? STOCKMARK_CLASS_OF_TYPE[type] : type;
}

/** Which of `predicted` match a gold span of `sentence` exactly, with the same class. */
export function matches(format: SentenceFormat, sentence: GoldSentence, predicted: readonly PredictedSpan[]): boolean[] {
  const keys = new Map<string, string>();
  for (const g of sentence.spans) keys.set(`${g.start}:${g.end}`, g.label);
  return predicted.map((p) => keys.get(`${p.start}:${p.end}`) === classOf(format, p.type));
}

/** Exact span + class scores of `predicted[i]` against `gold[i]`. */
export function scoreSentences(format: SentenceFormat, gold: readonly GoldSentence[], predicted: readonly (readonly PredictedSpan[])[]): NerScores {
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const bump = (c: string) => {
    let x = counts.get(c);
    if (!x) counts.set(c, (x = { gold: 0, predicted: 0, correct: 0 }));
    return x;
  };
  gold.forEach((sentence, i) => {
    for (const g of sentence.spans) bump(g.label).gold++;
    const mine = predicted[i] ?? [];
    const right = matches(format, sentence, mine);
    mine.forEach((p, k) => {
      const c = bump(classOf(format, p.type));
      c.predicted++;
      if (right[k]) c.correct++;
    });
  });
  const order = format === 'stockmark' ? [...new Set(Object.values(STOCKMARK_CLASS_OF_TYPE))] : [...NE_TYPES];
  const classes: Record<string, ClassScore> = {};
  let g = 0;
  let p = 0;
  let c = 0;
  for (const name of order) {
    const x = counts.get(name) ?? { gold: 0, predicted: 0, correct: 0 };
    classes[name] = score(x.gold, x.predicted, x.correct);
    g += x.gold;
    p += x.predicted;
    c += x.correct;
  }
  return { format, sentences: gold.length, classes, micro: score(g, p, c) };
}

/** Reads a sentence file; for stockmark, `part` keeps one part of the project's fixed split. */
export function readSentences(path: string, format: SentenceFormat, part: StockmarkPart | 'all' = 'all'): GoldSentence[] {
  if (format === 'stockmark') return readStockmark(path, part);
  return format === 'bio' ? readBio(path) : readGsdJsonl(path);
}

/** Tags every sentence with the shipped model (loading kuromoji and the model if needed). */
export async function tagSentences(sentences: readonly GoldSentence[], modelPath?: string): Promise<PredictedSpan[][]> {
  await loadTokenizer();
  const model = loadNerModel(modelPath);
  return sentences.map((s) => tagSentence(model, s.text, 0, s.text.length, tokenize(s.text, 0, s.text.length)));
}

/**
 * Scores the tagger on the file at `path` in `format`. For stockmark, `part: 'test'` scores the held-out part
 * of the project's split (the part the shipped model never saw), `'all'` every sentence.
 */
export async function evaluateNerFile(
  path: string,
  format: SentenceFormat,
  options: { part?: StockmarkPart | 'all'; modelPath?: string } = {},
): Promise<NerScores> {
  const gold = readSentences(path, format, options.part ?? 'all');
  return scoreSentences(format, gold, await tagSentences(gold, options.modelPath));
}

/** A plain-text table of the scores. */
export function formatScores(s: NerScores): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const row = (name: string, x: ClassScore) =>
    `${name.padEnd(12)}${String(x.gold).padStart(6)}${String(x.predicted).padStart(6)}${String(x.correct).padStart(6)}${pct(x.precision)}${pct(x.recall)}${pct(x.f1)}`;
  const lines = [`${s.format}: ${s.sentences} sentences, exact span + type`, `${'class'.padEnd(12)}  gold  pred    ok     P      R     F1`];
  for (const [name, x] of Object.entries(s.classes)) lines.push(row(name, x));
  lines.push(row('micro', s.micro));
  return lines.join('\n');
}
