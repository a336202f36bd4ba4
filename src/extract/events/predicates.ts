/**
 * Verb groups and where they reach: where the verb group after a word ends (する, れる, ている, た …), whether a verb
 * of its own stands between two points, whether a subject scopes over what follows its verb, and which noun phrase a
 * verb group modifies when it is a relative clause (出席していた総裁).
 */
import { firstAt, type Item } from './items.js';
import type { Phrase } from './phrases.js';
import { AGENTIVE_END } from './words.js';

/** Where a trigger's verb group stands: the trigger's first item and the item after its verb group. */
export interface VerbSite {
  /** Item index where the trigger starts. */
  first: number;
  /** Where the verb group after the trigger ends (item index). */
  predEnd: number;
}

/** Whether a verb of its own stands between `from` and `to` (a relative clause, another predicate). */
export function verbBetween(items: readonly Item[], from: number, to: number, text: string, stative = true): boolean {
  let quoted = 0;
  for (let k = firstAt(items, from); k < items.length; k++) {
    const it = items[k]!;
    if (it.start >= to) break;
    const w = text.slice(it.start, it.end);
    if (w === '「' || w === '『') quoted++;
    else if ((w === '」' || w === '』') && quoted > 0) quoted--;
    if (quoted || it.paren) continue;
    // Stative verbs of relative clauses (ニューヨークにある本部) carry no event of their own.
    if (it.pos === '動詞' && it.pos1 === '自立' && (stative || !/^(ある|いる|おる)$/.test(it.base))) {
      const prev = items[k - 1];
      const particle = prev && prev.pos === '助詞' && /^(対する|関する|際する|よる|つく|とる|おく|伴う|基づく|向ける|通じる|含める|めぐる|巡る|わたる|応じる|従う)$/.test(it.base);
      if (!particle) return true;
    }
  }
  return false;
}

/** Whether the subject phrase `p` scopes over what follows its verb: は always; が not when its verb modifies a noun. */
export function scopesOver(items: readonly Item[], p: Phrase, to: number): boolean {
  if (p.markerWord === 'は' || p.markerWord === 'も') return true;
  for (let k = p.last + 1; k < items.length && items[k]!.start < to; k++) {
    const it = items[k]!;
    if (it.pos !== '動詞' || it.pos1 !== '自立') continue;
    const end = verbGroupEnd(items, k + 1);
    const next = items[end];
    if (!next || next.start >= to) return true;
    return !(next.pos === '名詞' || (next.pos === '助詞' && /^(ば|たら|ても|ので|から|が|と|のに|けれど)$/.test(next.base)));
  }
  return true;
}

/** Nouns a verb group can end in without being a relative clause on someone (会談する予定, 会談した点, 訪問した際). */
const COMPLEMENTS = new Set([
  '予定', '方針', '見通し', '意向', '計画', '考え', '点', 'こと', 'ため', 'ほか', '際', '後', '前', '場合', '中', '結果', '理由',
  '直後', '直前', '翌日', '前日', '当日', '模様', '見込み', '恐れ', '可能性', '必要', '狙い', '動き', '事件', '事態', '疑い', '容疑',
  'よう', 'もの', '上', '一方', '以上', '間', '時', '日', '年', '月', '問題', '姿勢', '構え', '方向', '形', '状態', '目的',
  // What a decision or ruling says (上告を棄却する決定, 控訴を棄却する判決): its content, not someone who acts.
  '決定', '判決', '命令',
]);

/**
 * Whether the trigger's verb group modifies a noun phrase (出席していた総裁, 向かう航空機): then that phrase, not a
 * subject further left, is who did it — `head` when it names someone or a group, else null (nobody we can name).
 * Returns null when the verb group ends the clause or completes a noun such as 予定 or 点.
 */
export function relativeClause(list: readonly Phrase[], items: readonly Item[], site: VerbSite, named: (p: Phrase) => boolean): { head: Phrase | null } | null {
  let end = site.predEnd;
  // 死亡したとみられる高齢者, 関与したとされる男, 起こそうとしていたとみられる男: an attempt, hearsay, or both between
  // the verb and its head.
  while (items[end]?.base === 'と' && /^(みる|見る|する|いう|言う)$/.test(items[end + 1]?.base ?? '')) end = verbGroupEnd(items, end + 2);
  return headAfter(list, items, { ...site, predEnd: end }, named);
}

function headAfter(list: readonly Phrase[], items: readonly Item[], site: VerbSite, named: (p: Phrase) => boolean): { head: Phrase | null } | null {
  const next = items[site.predEnd];
  // 逮捕された元専務: a head may open with a prefix (元, 前, 同).
  const noun = next?.pos === '名詞' || (next?.pos === '接頭詞' && items[site.predEnd + 1]?.pos === '名詞');
  if (!next || site.predEnd <= site.first || !noun) return null;
  const last = items[site.predEnd - 1]!;
  if (!(last.pos === '動詞' || last.pos === '助動詞') || !/^(基本形|体言接続)/.test(last.form)) return null;
  if (COMPLEMENTS.has(next.base) || next.pos1 === '非自立' || next.pos1 === '副詞可能') return null;
  let p = list.find((q) => q.first === site.predEnd) ?? null;
  if (p && COMPLEMENTS.has(p.text)) return null;
  while (p && p.modifier) p = list[list.indexOf(p) + 1] ?? null;
  return { head: p && (named(p) || AGENTIVE_END.test(p.text)) ? p : null };
}

/** The end of the verb group that starts at `from` (する, れる, ている, た …). */
export function verbGroupEnd(items: readonly Item[], from: number): number {
  let k = from;
  while (k < items.length) {
    const it = items[k]!;
    const verbal = it.pos === '助動詞' || (it.pos === '動詞' && (it.pos1 === '非自立' || it.pos1 === '接尾' || it.base === 'する'));
    const te = it.pos === '助詞' && (it.base === 'て' || it.base === 'で') && items[k + 1]?.pos === '動詞' && items[k + 1]?.pos1 === '非自立';
    if (!verbal && !te) break;
    k++;
  }
  return k;
}
