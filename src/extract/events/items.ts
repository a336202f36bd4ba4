/**
 * A sentence as the event rules read it: its tokens, with every entity mention standing as one item (a name the
 * tokenizer cut into pieces, or glued to its particle, becomes whole again). Parenthesised glosses such as
 * 潘基文（パン・ギムン） are marked so that noun phrases read through them.
 */
import type { Entity, Quote } from '../../analysis/contract.js';
import { span } from '../../spans.js';
import type { Token } from '../../text/token.js';

/** One mention of an entity, in text order. */
export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

/** A token, or a whole entity mention standing where its tokens were (as one proper noun). */
export interface Item extends Token {
  /** The mention this item is, or null for a token. */
  mention: MentionRef | null;
  /** Inside a short parenthesis (a reading, an alias, a time zone). */
  paren: boolean;
  /** For a mention: the base forms of the tokens it covers (an EVENT entity such as クーデター is still a trigger). */
  inner: string[] | null;
  /** For the piece of a word before a mention inside it (訪 of 訪|中): the whole word, which may be a trigger. */
  word: Token | null;
}

/**
 * Every item is built by this one function, so all have one hidden class: an item of another shape reaching
 * code V8 has optimised for the usual one (a rare EVENT mention, say) would throw that code away, and a pool
 * thread would keep recompiling long after its warm-up.
 */
function item(start: number, end: number, pos: string, pos1: string, base: string, mention: MentionRef | null, word: Token | null = null, pos2 = '*', form = '*'): Item {
  return { start, end, pos, pos1, pos2, base, form, mention, paren: false, inner: null, word };
}

const PARTICLES = new Set(['は', 'が', 'を', 'に', 'と', 'の', 'で', 'も', 'へ', 'や']);

function fromToken(t: Token): Item {
  return item(t.start, t.end, t.pos, t.pos1, t.base, null, null, t.pos2, t.form);
}

const PUNCT_CHARS = new Set([...'、。，．（）()「」『』【】・'].map((c) => c.charCodeAt(0)));

/** Whether text[s, e) holds a punctuation character (no string is built). */
function hasPunct(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (PUNCT_CHARS.has(text.charCodeAt(k))) return true;
  return false;
}

/**
 * A token as items: the tokenizer glues punctuation to unknown words now and then (`)、` as one noun), so a
 * token that holds punctuation among other characters is cut into the punctuation and the rest.
 */
function pushToken(text: string, t: Token, out: Item[]): void {
  if (t.end - t.start < 2 || !hasPunct(text, t.start, t.end)) {
    out.push(fromToken(t));
    return;
  }
  let from = t.start;
  for (let k = t.start; k <= t.end; k++) {
    if (k < t.end && !PUNCT_CHARS.has(text.charCodeAt(k))) continue;
    if (k > from) out.push(item(from, k, t.pos, t.pos1, text.slice(from, k), null, null, t.pos2, t.form));
    if (k < t.end) out.push(item(k, k + 1, '記号', '一般', text[k]!, null));
    from = k + 1;
  }
}

/** A piece of a token left over beside a mention (平が → が): a particle when it is one, else a noun. */
function residual(text: string, start: number, end: number, word: Token | null = null): Item {
  const s = text.slice(start, end);
  const particle = PARTICLES.has(s);
  return item(start, end, particle ? '助詞' : '名詞', particle ? '格助詞' : '一般', s, null, word);
}

function fromMention(m: MentionRef): Item {
  return item(m.start, m.end, '名詞', '固有名詞', '\u0000', m);
}

/**
 * The items of one sentence: `tokens` and `mentions` lie inside it, both in text order, mentions not overlapping.
 */
export function buildItems(text: string, tokens: readonly Token[], mentions: readonly MentionRef[]): Item[] {
  const out: Item[] = [];
  let mi = 0;
  for (const t of tokens) {
    while (mi < mentions.length && mentions[mi]!.end <= t.start) {
      if (!out.length || out[out.length - 1]!.mention !== mentions[mi]) out.push(fromMention(mentions[mi]!));
      mi++;
    }
    const m = mentions[mi];
    if (!m || m.start >= t.end) {
      pushToken(text, t, out);
      continue;
    }
    if (t.start < m.start) out.push(residual(text, t.start, m.start, t));
    if (!out.length || out[out.length - 1]!.mention !== m) out.push(fromMention(m));
    if (m.entity.type === 'EVENT') (out[out.length - 1]!.inner ??= []).push(t.base);
    if (t.end > m.end) {
      const next = mentions[mi + 1];
      mi++;
      if (next && next.start < t.end) {
        if (next.start > m.end) out.push(residual(text, m.end, next.start));
        out.push(fromMention(next));
        if (t.end > next.end) out.push(residual(text, next.end, t.end));
        mi++;
      } else out.push(residual(text, m.end, t.end));
    } else if (t.end === m.end) mi++;
  }
  while (mi < mentions.length) out.push(fromMention(mentions[mi++]!));
  markParens(text, out);
  return out;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/** Marks the items of short parentheses (at most 40 characters, no sentence end inside). */
function markParens(text: string, items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const c = text.charCodeAt(items[i]!.start);
    if ((c !== 0xff08 && c !== 0x28) || items[i]!.end - items[i]!.start !== 1) continue;
    let depth = 0;
    for (let j = i; j < items.length && items[j]!.start - items[i]!.start <= 40; j++) {
      const s = text.slice(items[j]!.start, items[j]!.end);
      if (OPEN.has(s)) depth++;
      else if (CLOSE.has(s)) depth--;
      else if (s === '。') break;
      if (depth === 0) {
        for (let k = i; k <= j; k++) items[k]!.paren = true;
        i = j;
        break;
      }
    }
  }
}

/** Whether an item can be part of a noun phrase. */
export function nominal(item: Item): boolean {
  if (item.mention || item.paren) return true;
  if (item.pos === '名詞') return item.pos1 !== '非自立' && item.pos1 !== '接続詞的';
  return item.pos === '接頭詞';
}

/** Items inside 『…』 (the title of a work, a cited headline). */
export function titleItems(text: string, items: readonly Item[]): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  items.forEach((it, k) => {
    const w = text.slice(it.start, it.end);
    if (w === '『') depth++;
    else if (w === '』' && depth) depth--;
    else if (depth) out.add(k);
  });
  return out;
}

/** 「…」 stretches that say something (a verb or an adjective inside: not a name like 「リンリン」), as quotes. */
export function bracketQuotes(text: string, items: readonly Item[]): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  let depth = 0;
  let says = false;
  for (const it of items) {
    const w = text.slice(it.start, it.end);
    if (w === '「' && depth++ === 0) {
      open = it.end;
      says = false;
    } else if ((w === '」' || w === '｣') && depth > 0 && --depth === 0 && it.start > open) {
      if (says) out.push({ speaker: null, speaker_text: null, kind: 'direct', cue: null, content: span(text, open, it.start), about: [] });
    } else if (depth && (it.pos === '動詞' || it.pos === '助動詞' || it.pos === '形容詞' || w === '、')) says = true;
  }
  return out;
}

/** Index of the first item starting at or after `pos` (binary search; items are in text order). */
export function firstAt(items: readonly Item[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
