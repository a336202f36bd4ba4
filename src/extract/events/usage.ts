/**
 * Whether a trigger word states an event where it stands. A verb always does (会談した, 招いた, 拘束された). A noun
 * does only when something performs it (会談を行った, 制裁を科す), says it happened (デモがあった, 会談が行われた),
 * joins it (会談に臨む), sets it (会談で), ends a headline (…を採択) — not as a modifier (会談の内容, 会談後) or a
 * topic (電話会談について), nor when it is asked for (辞任を求める: a request is not the event).
 */
import type { EventType, Modality } from '../../analysis/contract.js';
import type { Item } from './items.js';
import { ASK, DENY, HAPPEN, JOIN, LIGHT_HEADS, PERFORM, PLAN, TITLES } from './words.js';

export interface Usage {
  verbal: boolean;
  /** The trigger is passive (招待された), or performed by 受ける (制裁を受けた): its subject is acted upon. */
  passive: boolean;
  /** Where the words that carry tense and modality begin (after the trigger, or after the verb that performs it). */
  predFrom: number;
  /** A modality the construction itself sets (訪問を予定 → planned, 会談を中止 → negated). */
  forced: Modality | null;
  /** The trigger is the subject of a verb saying it happened (デモがあった): no other phrase is its subject. */
  selfSubject?: boolean;
  /** The item of the verb that performs a trigger noun (宣言 in 関係断絶を宣言), or -1. */
  head?: number;
  /** The trigger noun only sets the scene (選挙では…): it is an event, but its subject is not the sentence's. */
  setting?: boolean;
  /** The item naming the actor of a nominal trigger (ロシア in ロシアによる攻撃で): its only subject. */
  agent?: number;
}

/** Verbs of announcing: 制裁処置について発表した announces the sanctions (the event), unlike …について分析した. */
const ANNOUNCE = new Set(['発表', '表明', '明らか', '宣言', '公表', '説明', '報告', '通告', '発令']);

const SENTENCE_END = new Set(['。', '」', '』', '！', '？', '!', '?']);

function surface(text: string, it: Item | undefined): string {
  return it ? text.slice(it.start, it.end) : '';
}

function isSuru(it: Item | undefined): boolean {
  return !!it && it.pos === '動詞' && (it.base === 'する' || it.base === 'できる');
}

function passiveAt(items: readonly Item[], k: number): boolean {
  let i = k;
  if (items[i]?.base === 'する') i++;
  const it = items[i];
  return !!it && it.pos === '動詞' && it.pos1 === '接尾' && (it.base === 'れる' || it.base === 'られる');
}

/** The word that heads the predicate after a particle (a verb, or a noun performed by する), within `last`. */
function predicateHead(items: readonly Item[], from: number, last: number): number {
  for (let k = from; k <= last; k++) {
    const it = items[k]!;
    if (it.pos === '動詞' && it.pos1 === '自立') return k;
    if (it.pos === '名詞' && items[k + 1]?.base === 'に' && isSuru(items[k + 2])) return k;
    if (it.pos === '名詞' && (isSuru(items[k + 1]) || items[k + 1]?.base === 'だ' || k === last || items[k + 1]?.pos === '記号')) return k;
    if (it.pos === '助詞' && (it.pos1 === '格助詞' || it.pos1 === '係助詞') && k > from) return -1;
  }
  return -1;
}

/**
 * The item of the actor named before the trigger noun at item `i` — Xによる (…の)攻撃, or a name right before の
 * (ロシア軍の攻撃), read back through the nouns and の of the noun phrase — or -1.
 */
function agentBefore(text: string, items: readonly Item[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const it = items[k]!;
    const w = surface(text, it);
    if (w === 'による') return items[k - 1]?.mention ? k - 1 : -1;
    if (w === 'よる' && surface(text, items[k - 1]) === 'に') return items[k - 2]?.mention ? k - 2 : -1;
    if (w === 'の' && k === i - 1 && items[k - 1]?.mention) return k - 1;
    // トランプ大統領の訪中: a title between the name and の
    if (w === 'の' && k === i - 1 && TITLES.has(items[k - 1]?.base ?? '') && items[k - 2]?.mention) return k - 2;
    if (it.mention || (it.pos !== '名詞' && it.pos !== '接頭詞' && w !== 'の')) return -1;
  }
  return -1;
}

/**
 * How the trigger at items [i, j) is used, or null when it states no event. `last` is the last item of its clause,
 * `objectBefore` whether a 〜を phrase ends right before it (Xを解任、 …), `title` whether it stands in a headline.
 */
export function usage(text: string, items: readonly Item[], i: number, j: number, last: number, objectBefore: boolean, title: boolean, setting: boolean, type: EventType | null = null): Usage | null {
  const end = items[j - 1]!;
  const next = items[j];
  if (end.pos === '動詞') return { verbal: true, passive: passiveAt(items, j), predFrom: j, forced: null };
  if (isSuru(next) || (next?.pos === '動詞' && next.base === 'する')) {
    return { verbal: true, passive: passiveAt(items, j), predFrom: j, forced: null };
  }
  let k = j;
  let forced: Modality | null = null;
  while (k < items.length && items[k]!.pos === '名詞' && LIGHT_HEADS.has(items[k]!.base)) {
    forced ??= LIGHT_HEADS.get(items[k]!.base) ?? null;
    k++;
  }
  const it = items[k];
  const s = surface(text, it);
  if (!it || SENTENCE_END.has(s)) return { verbal: false, passive: false, predFrom: k, forced };
  if (it.pos === '名詞') {
    if (isSuru(items[k + 1])) return { verbal: true, passive: passiveAt(items, k + 1), predFrom: k + 1, forced };
    return null;
  }
  if (s === '、') return title || objectBefore ? { verbal: false, passive: false, predFrom: k, forced } : null;
  // A headline in two parts (台湾海峡で大規模演習 米国防総省が批判): the first part ends at the space.
  if (title && (/^[\s\u3000]+$/.test(s) || it.start > items[k - 1]!.end)) return { verbal: false, passive: false, predFrom: k, forced };
  if (s === 'へ') {
    const after = surface(text, items[k + 1]);
    return !after || after === '、' || SENTENCE_END.has(after) ? { verbal: false, passive: false, predFrom: k + 1, forced: 'planned' } : null;
  }
  if (it.pos !== '助詞' && s !== '・') return null;
  // 4月のトランプ大統領の訪中など / …の訪中は: a visit with its visitor named is an occasion the text refers to
  if ((s === 'など' || s === 'は') && type === 'visit') {
    const agent = agentBefore(text, items, i);
    if (agent >= 0) return { verbal: false, passive: false, predFrom: k + 1, forced: forced ?? 'planned', setting: true, agent };
  }
  if (s === 'の') {
    const head = items[k + 1];
    const light = head ? LIGHT_HEADS.get(head.base) : undefined;
    return light === 'planned' ? { verbal: false, passive: false, predFrom: k + 2, forced: 'planned' } : null;
  }
  if (s === 'で' && it.pos1 === '格助詞' && surface(text, items[k + 1]) !== 'は') {
    if (setting) return { verbal: false, passive: false, predFrom: k + 1, forced, setting: true };
    // ロシアによる無人機攻撃で3人が死亡した: an act with its actor named is a cause that happened
    const agent = agentBefore(text, items, i);
    return agent >= 0 ? { verbal: false, passive: false, predFrom: k + 1, forced, setting: true, agent } : null;
  }
  if (s === '・' && items[k + 1]?.pos === '名詞' && isSuru(items[k + 2])) return { verbal: true, passive: passiveAt(items, k + 2), predFrom: k + 2, forced };
  if ((s === 'について' || s === 'に関して') || (s === 'に' && text.slice(it.start, items[k + 2]?.end ?? it.end) === 'について')) {
    const h = predicateHead(items, k + 1, last);
    return h >= 0 && ANNOUNCE.has(items[h]!.base) ? { verbal: false, passive: false, predFrom: h + 1, forced } : null;
  }
  if (!['を', 'も', 'は', 'が', 'に'].includes(s)) return null;
  const h = predicateHead(items, k + 1, last);
  if (h < 0) return null;
  const base = items[h]!.base;
  const after = { verbal: false, passive: false, predFrom: h + 1, forced, head: h };
  // 除名処分にする: making someone so is doing it.
  if (s === 'に' && h === k + 1 && isSuru(items[h])) return after;
  if (s === 'に') return JOIN.has(base) ? { ...after, forced: base === '同意' || base === '合意' ? 'planned' : forced } : null;
  if (ASK.has(base)) return null;
  if (DENY.has(base)) return { ...after, forced: 'negated' };
  if (PLAN.has(base)) return { ...after, forced: base === '示唆' ? 'hypothetical' : 'planned' };
  if ((s === 'を' || s === 'も') && PERFORM.has(base)) {
    // 〜を受けて、 is "in response to": the event is referred to, not stated.
    if (base === '受ける' && /^(て|、)$/.test(surface(text, items[h + 1]))) return null;
    return { ...after, passive: base === '受ける' };
  }
  if (s !== 'を' && HAPPEN.has(base)) return { ...after, selfSubject: s !== 'も' || !PERFORM.has(base) };
  return null;
}
