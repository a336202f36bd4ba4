/**
 * A character trie compiled once from a lexicon and matched against the original text without copying it.
 * Characters are folded one to one (full-width ASCII to ASCII, Latin to lower case, the middle dots of katakana
 * names to ・), so offsets stay those of the text; inside a Latin name, spaces, dots and hyphens are skipped
 * (the Wikinews corpus strips spaces: "JohnG.RobertsJr." still finds "John G. Roberts Jr.").
 */
import { EdgeIndex } from './edge-index.js';

/** Folds one UTF-16 code unit for matching. */
export function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0; // full-width ASCII
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x00b7 || code === 0xff65 || code === 0x2027 || code === 0x2022) return 0x30fb; // ・
  if (code === 0x30a0) return 0x3d; // ゠ as =
  return code;
}

const isLatinAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** Characters skipped between two Latin letters of a name. */
const isLatinGlue = (c: number) => c === 0x20 || c === 0x2e || c === 0x2d || c === 0xa0 || c === 0x3000 || c === 0x27;

/**
 * The length of the run of glue characters at `i` when it stands between two Latin letters or digits (". " in
 * "G. Roberts"), else 0.
 */
function glueRun(text: string, i: number, limit: number, prev: number): number {
  if (!isLatinAlnum(prev)) return 0;
  let k = i;
  while (k < limit && isLatinGlue(fold(text.charCodeAt(k)))) k++;
  return k > i && k < limit && isLatinAlnum(fold(text.charCodeAt(k))) ? k - i : 0;
}

/** The folded codes of a form, without the glue between Latin letters and after a final Latin letter (Jr.). */
function latinKey(form: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < form.length; i++) codes.push(fold(form.charCodeAt(i)));
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (isLatinGlue(c) && out.length && isLatinAlnum(out[out.length - 1]!)) {
      let k = i;
      while (k < codes.length && isLatinGlue(codes[k]!)) k++;
      if (k === codes.length || isLatinAlnum(codes[k]!)) {
        i = k - 1;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** One match: `text.slice(start, end)` spells a lexicon form, whose values are `values`. */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: readonly T[];
}

/** The edge key of character `code` out of node `node` (one map for the whole trie is far cheaper to build). */
const edge = (node: number, code: number) => node * 0x10000 + code;

/** What `matchesAt` returns where nothing matches: shared, so the scan of a text allocates only for matches. */
const NO_MATCHES: readonly never[] = Object.freeze([]);

export class Trie<T> {
  private readonly edges = new Map<number, number>();
  private readonly values: (T[] | undefined)[] = [undefined];
  /**
   * A bit per folded code that some form starts with: `canStart` runs at every character of a text. (A plain
   * array: documents build small tries of their own names, and a typed array would cost a malloc each.)
   */
  private readonly firsts = new Array<number>(0x10000 >>> 5).fill(0);
  /** The edges as lookups read them, built on the first lookup after an addition. */
  private index: EdgeIndex | null = null;
  private size = 0;

  /** Adds `form` (folded, the glue between Latin letters removed) with `value`; an empty form is ignored. */
  add(form: string, value: T): void {
    const codes = latinKey(form);
    if (!codes.length) return;
    this.index = null;
    this.firsts[codes[0]! >>> 5]! |= 1 << (codes[0]! & 31);
    let node = 0;
    for (const c of codes) {
      let next = this.edges.get(edge(node, c));
      if (next === undefined) {
        next = this.values.length;
        this.values.push(undefined);
        this.edges.set(edge(node, c), next);
      }
      node = next;
    }
    const list = (this.values[node] ??= []);
    if (!list.includes(value)) {
      list.push(value);
      this.size++;
    }
  }

  /** Whether some form starts with the character `code` (a cheap test before matchesAt). */
  canStart(code: number): boolean {
    const c = fold(code);
    return ((this.firsts[c >>> 5]! >>> (c & 31)) & 1) === 1;
  }

  /** How many (form, value) pairs the trie holds. */
  get count(): number {
    return this.size;
  }

  /**
   * Every form that starts at `start`, shortest first. `limit` bounds how far a match may run (a sentence end).
   */
  matchesAt(text: string, start: number, limit = text.length): readonly TrieMatch<T>[] {
    const index = (this.index ??= new EdgeIndex(this.edges, this.values.length));
    let out: TrieMatch<T>[] | null = null;
    let node = 0;
    let prev = 0;
    for (let i = start; i < limit; i++) {
      const c = fold(text.charCodeAt(i));
      const next = index.child(node, c);
      if (next < 0) {
        // a run of glue, as in longestAt: ". " in "U.S. military", "G. Roberts"
        const skip = glueRun(text, i, limit, prev);
        if (skip > 0) {
          i += skip - 1;
          continue;
        }
        break;
      }
      prev = c;
      node = next;
      const v = this.values[node];
      if (v) (out ??= []).push({ start, end: i + 1, values: v });
    }
    return out ?? NO_MATCHES;
  }

  /** The longest form starting at `start`, or null. */
  longestAt(text: string, start: number, limit = text.length): TrieMatch<T> | null {
    const index = (this.index ??= new EdgeIndex(this.edges, this.values.length));
    let node = 0;
    let prev = 0;
    let end = -1;
    let values: T[] | undefined;
    for (let i = start; i < limit; i++) {
      const c = fold(text.charCodeAt(i));
      const next = index.child(node, c);
      if (next < 0) {
        const skip = glueRun(text, i, limit, prev);
        if (skip > 0) {
          i += skip - 1;
          continue;
        }
        break;
      }
      prev = c;
      node = next;
      const v = this.values[node];
      if (v) {
        end = i + 1;
        values = v;
      }
    }
    return values ? { start, end, values } : null;
  }
}
