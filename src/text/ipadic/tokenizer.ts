/**
 * newsgraph's IPADIC tokenizer: the same morphemes as kuromoji 0.1.2 over kuromoji's own dictionary data, with
 * exact UTF-16 offsets into the text it is given. Like kuromoji, it cuts the input after every 、 and 。 and
 * analyses each piece on its own (that cut is part of what kuromoji outputs, so it is part of equivalence).
 */
import type { Token } from '../token.js';
import { compileDictionary, type IpadicData } from './dictionary.js';
import { FeatureTable } from './features.js';
import { readIpadicFiles } from './files.js';
import { isUnknown, Lattice } from './lattice.js';
import { Viterbi } from './viterbi.js';

const TOUTEN = 0x3001; // 、
const KUTEN = 0x3002; // 。

/** The dictionary from kuromoji's files (or those in `dir`); `shared`: in SharedArrayBuffers. */
export async function loadIpadic(options: { dir?: string; shared?: boolean } = {}): Promise<IpadicData> {
  return compileDictionary(await readIpadicFiles(options.dir), options.shared);
}

export class IpadicTokenizer {
  private readonly lattice: Lattice;
  private readonly viterbi: Viterbi;
  private readonly known: FeatureTable;
  private readonly unknown: FeatureTable;

  /** A tokenizer over a loaded dictionary (also one posted from another thread: its arrays stay shared). */
  constructor(readonly dictionary: IpadicData) {
    this.lattice = new Lattice(dictionary);
    this.viterbi = new Viterbi(dictionary);
    this.known = new FeatureTable(dictionary.entries, dictionary.features);
    this.unknown = new FeatureTable(dictionary.unknownEntries, dictionary.unknownFeatures);
  }

  /** Loads kuromoji's dictionary files (`shared`: into SharedArrayBuffers, to hand to worker threads). */
  static async load(options: { dir?: string; shared?: boolean } = {}): Promise<IpadicTokenizer> {
    return new IpadicTokenizer(await loadIpadic(options));
  }

  /** Tokens of `text[start, end)`, with offsets into `text`, appended to `out`. */
  tokenize(text: string, start = 0, end = text.length, out: Token[] = []): Token[] {
    let piece = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === TOUTEN || c === KUTEN) {
        this.piece(text, piece, i + 1, out);
        piece = i + 1;
      }
    }
    if (piece < end) this.piece(text, piece, end, out);
    return out;
  }

  private piece(text: string, from: number, to: number, out: Token[]): void {
    const lattice = this.lattice;
    lattice.build(text, from, to);
    const best = this.viterbi;
    best.search(lattice);
    for (let k = 0; k < best.pathLength; k++) {
      const n = best.path[k]!;
      const word = lattice.word[n]!;
      const unknown = isUnknown(word);
      const f = unknown ? this.unknown.get(~word) : this.known.get(word);
      const s = lattice.from[n]!;
      const e = s + lattice.length[n]!;
      out.push({ start: s, end: e, pos: f.pos, pos1: f.pos1, pos2: f.pos2, base: f.base === '*' ? text.slice(s, e) : f.base, form: f.form, unknown });
    }
  }
}
