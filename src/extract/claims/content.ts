/**
 * Where a claim's words are: the brackets of a direct quotation before its cue (「A」「B」と述べた,
 * 「…」したとして), and for indirect speech the clause from where the claim starts — past the speaker's topic,
 * connectives (また、), time adverbials (1月24日、) and framing (…について、) — to the cue.
 */
import type { Range } from '../../spans.js';
import type { BracketPair, SentenceView } from './view.js';

const TRIM = /[\s、]/;
const TRIM_END = /[\s。、]/;
const CONNECTIVES = /^(?:また|さらに|更に|しかし|ただ|一方|なお|その上で|そのうえで|その後|同時に|これに対し|これに対して|その一方で|加えて|併せて|あわせて|そして|ところが|ただし|実際)$/;
const FRAMING = /(?:について|に関して|に関し|に関しては|については|をめぐり|を巡り|をめぐって|を巡って|に対し|に対して|に対しては|を受け|を受けて|として|の中で|では)$/;

/** The token ending the content before a quotative と at `at`: skips など and a comma (…、と発表した). */
export function contentEnd(v: SentenceView, at: number): number {
  let e = at - 1;
  if (v.s[e] === 'など' || v.s[e] === '等' || v.s[e] === 'なんて') e--;
  if (v.isComma(e)) e--;
  return e;
}

/**
 * The top-level brackets quoted by a cue whose content ends at token `e`: the bracket closing there (after at
 * most a short tail such as した, である, だ), and any brackets chained before it (「A」、「B」と).
 */
export function quotedBrackets(v: SentenceView, e: number, depth = 0): BracketPair[] {
  let close = e;
  for (let n = 0; n < 3 && close >= 0 && !v.isClose(close); n++) {
    const t = v.tokens[close]!;
    if (!(t.base === 'する' || t.base === 'ある' || t.pos === '助動詞' || (t.pos === '動詞' && t.pos1 === '非自立'))) return [];
    close--;
  }
  if (close < 0 || !v.isClose(close) || v.depth[close] !== depth) return [];
  const out: BracketPair[] = [];
  for (;;) {
    const open = v.partnerOf(close);
    out.unshift({ open, close, depth });
    let q = open - 1;
    while (q >= 0 && (v.isComma(q) || v.s[q] === 'や' || v.s[q] === 'と')) q--;
    if (q < 0 || !v.isClose(q) || v.depth[q] !== depth) return out;
    close = q;
  }
}

/** The first token of an indirect claim that starts at `s` and ends at `e`, past connectives and framing. */
export function claimStart(v: SentenceView, s: number, e: number): number {
  const depth = v.depth[e] ?? 0;
  for (;;) {
    let c = -1;
    let paren = 0;
    for (let k = s; k < e; k++) {
      const w = v.s[k]!;
      if (w === '(' || w === '（') paren++;
      else if (w.startsWith(')') || w.startsWith('）')) paren = Math.max(0, paren - 1);
      if (paren === 0 && v.depth[k] === depth && v.isComma(k)) {
        c = k;
        break;
      }
      // A name in brackets may stand in the framing (「アビガン」の臨床試験について、); a quotation ends the search.
      if (v.isOpen(k)) {
        const close = v.partnerOf(k);
        if (v.s[close + 1] !== 'の' || close >= e) break;
        k = close;
      }
    }
    if (c < 0) return s;
    const words = v.slice(s, c);
    if (!(CONNECTIVES.test(words) || FRAMING.test(words) || isAdverbial(v, s, c) || isSetting(v, s, c))) return s;
    s = c + 1;
  }
}

/** A time or place adverbial standing alone before a comma: 1月24日、 / 2月4日夜、 / 2016年2月9日に、 / その後、. */
function isAdverbial(v: SentenceView, from: number, to: number): boolean {
  let timeish = false;
  let paren = 0;
  for (let k = from; k < to; k++) {
    const t = v.tokens[k]!;
    const w = v.s[k]!;
    if (w === '(' || w === '（') paren++;
    else if (w === ')' || w === '）') paren--;
    // 2016年2月9日に、: a time with に is as much an adverbial as one without
    else if (!(paren > 0 || v.isNominal(k) || t.pos === '連体詞' || (k === to - 1 && k > from && w === 'に' && t.pos === '助詞'))) return false;
    if (t.pos1 === '数' || t.pos1 === '副詞可能' || /[0-9０-９]/.test(v.s[k]!)) timeish = true;
  }
  return timeish;
}

/** Where or in what the words were said, before a comma: 記者会見で、 / 声明の中で、 (no verb of its own). */
function isSetting(v: SentenceView, from: number, to: number): boolean {
  if (!(v.s[to - 1] === 'で' && v.pos1(to - 1) === '格助詞')) return false;
  for (let k = from; k < to; k++) if (v.pos(k) === '動詞' && v.pos1(k) === '自立') return false;
  return true;
}

/** The noun phrase of a plain object ending at `e` (自らの辞任, 上下両院の解散), not before `s`. */
export function objectStart(v: SentenceView, s: number, e: number): number {
  let k = e;
  while (k - 1 >= s && (v.isNominal(k - 1) || (v.s[k - 1] === 'の' && v.isNominal(k - 2)))) k--;
  return k;
}

/** `[start, end)` without surrounding blanks, commas and a final full stop; null when under two characters remain. */
export function trimmed(v: SentenceView, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && TRIM.test(v.text[s]!)) s++;
  while (e > s && TRIM_END.test(v.text[e - 1]!)) e--;
  return e - s >= 2 ? { start: s, end: e } : null;
}

/** The words inside a pair of brackets. */
export function interior(v: SentenceView, b: BracketPair): Range | null {
  return trimmed(v, v.endOf(b.open), v.at(b.close));
}
