/**
 * What an amount is of and when it applies. Within a sentence, a phrase runs from a word to the amount with no
 * verb between them:
 * - item: a commodity or product entity right after the amount (2千万トンの大豆, 2千万トン分の米国産大豆), else the
 *   nearest one before it in the same phrase with no other amount between (米国産大豆2千万トン, 大豆を今年中に
 *   2千万トン); else the item of the last earlier amount with the same unit in this sentence or the one before
 *   (…大豆2千万トン、次の四半期にさらに2500万トン: both soybeans);
 * - period: the nearest time expression before the amount in the same phrase (今四半期に…2千万トン), else one
 *   right after it, past no more than a case particle (2千万トンを今年中に購入).
 * Entity ids come from the `entities` layer; without a matching entity the item stays null.
 */
import type { Entity, Quantity, Sentence, TimeExpression } from '../../analysis/contract.js';
import type { TokenBoundaries } from '../../text/boundaries.js';

/** Entity types an amount can be of. */
const ITEM_TYPES = new Set(['COMMODITY', 'PRODUCT']);
const MAX_GAP = 30;
/** Between an amount and a time after it, only a case particle (2千万トンを今年中に), perhaps after a bound. */
const TIME_AFTER_GAP = /^(?:以上|以下|程度|前後|超|近く|余り|ほど)?(?:を|が|は|も)?[、,]?\s?$/;
const FOLLOWING_LINK = /(?:分|相当分?|もの|超|以上|近く|余り|程度|前後)?の/y;

interface Mention {
  start: number;
  end: number;
  id: string;
}

export interface AttachInput {
  text: string;
  sentences: readonly Sentence[];
  boundaries: TokenBoundaries;
  times: readonly TimeExpression[];
  entities: readonly Entity[];
}

/** The item mentions of `entities`, in text order. */
function itemMentions(entities: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    if (!ITEM_TYPES.has(e.type)) continue;
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, id: e.id });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Fills `item` and `period` of `quantities` (in text order) in place. */
export function attach(quantities: Quantity[], input: AttachInput): void {
  const { text, sentences, boundaries: b, times } = input;
  const mentions = itemMentions(input.entities);
  let si = 0;
  const sentenceOf: number[] = [];
  for (const [qi, q] of quantities.entries()) {
    while (si < sentences.length && sentences[si]!.end <= q.start) si++;
    const s = sentences[si];
    sentenceOf.push(si);
    const from = s && s.start <= q.start ? s.start : q.start;
    const to = s && s.start <= q.start ? s.end : q.end;
    const prevQ = qi > 0 && sentenceOf[qi - 1] === si ? quantities[qi - 1]!.end : from;
    const after = itemAfter(text, q, mentions, to, b);
    q.item = after?.id ?? itemBefore(q, mentions, Math.max(from, prevQ), b) ?? inherited(quantities, qi, sentenceOf);
    q.period = periodOf(text, q, after?.end ?? q.end, times, from, to, b);
  }
}

/** An item standing right after the amount (2千万トンの大豆), with where its mention ends. */
function itemAfter(text: string, q: Quantity, mentions: readonly Mention[], limit: number, b: TokenBoundaries): Mention | null {
  FOLLOWING_LINK.lastIndex = q.end;
  const link = FOLLOWING_LINK.exec(text);
  if (!link) return null;
  const pos = q.end + link[0].length;
  const m = mentions.find((x) => x.start >= pos && x.start < pos + 8 && x.end <= limit);
  return m && !b.hasVerb(pos, m.start) ? m : null;
}

function itemBefore(q: Quantity, mentions: readonly Mention[], from: number, b: TokenBoundaries): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > q.start) continue;
    if (m.start < from || q.start - m.end > MAX_GAP) return null;
    return b.hasVerb(m.end, q.start) ? null : m.id;
  }
  return null;
}

function inherited(quantities: readonly Quantity[], qi: number, sentenceOf: readonly number[]): string | null {
  const q = quantities[qi]!;
  for (let j = qi - 1; j >= 0; j--) {
    if (sentenceOf[qi]! - sentenceOf[j]! > 1) return null;
    const p = quantities[j]!;
    if (p.unit === q.unit && p.item) return p.item;
  }
  return null;
}

/** The period of `q`; `phraseEnd` is where the amount's phrase ends (after an item that follows it). */
function periodOf(text: string, q: Quantity, phraseEnd: number, times: readonly TimeExpression[], from: number, to: number, b: TokenBoundaries): string | null {
  let before: TimeExpression | null = null;
  let after: TimeExpression | null = null;
  for (const t of times) {
    if (t.end <= q.start && t.start >= from) before = t;
    else if (t.start >= q.end && t.end <= to) {
      after = t;
      break;
    } else if (t.start >= to) break;
  }
  if (before && q.start - before.end <= MAX_GAP && !b.hasVerb(before.end, q.start)) return before.value;
  if (after && after.start >= phraseEnd && TIME_AFTER_GAP.test(text.slice(phraseEnd, after.start))) return after.value;
  return null;
}
