/**
 * The modality an event's own words give it, read from the predicate after the trigger up to the end of its
 * clause (or the quotative と / こと that embeds it): negated (なかった, ず, わけではない), hypothetical
 * (〜れば, としても, 可能性, 恐れ, 得る), planned (予定, 方針, 見通し, 意向, 調整, or a plain non-past verb outside a
 * headline), or a request (〜すべき, 〜するよう求めた), which is not the event at all. Reported speech is
 * decided by the stage, from quotes and によると.
 */
import type { Modality } from '../../analysis/contract.js';
import type { Clause } from './clauses.js';
import type { Item } from './items.js';
import { verbGroupEnd } from './predicates.js';
import { ASK, DENY } from './words.js';

const QUOTE_MARKS = new Set(['「', '」', '『', '』']);

export type Mood = Modality | 'request';

const PLANNED = new Set(['予定', '方針', '見通し', '意向', '調整', '計画', '検討', 'つもり', '考え', '目指す', '準備', '見込み', '構え', '方向']);
const MAYBE = new Set(['場合', '可能性', '恐れ', 'おそれ', '可能']);
const BEFORE_MAYBE = new Set(['もし', '仮に', 'もしも', '万一']);
const PROGRESSIVE = new Set(['いる', 'おる', 'ある', 'しまう', 'くる', 'いく']);

interface Scan {
  negated: boolean;
  maybe: boolean;
  planned: boolean;
  request: boolean;
  lastPred: number;
  stopped: boolean;
  /** Past a こと that nominalises the event: cues still count (ことを否定), tense no longer does. */
  nominalised: boolean;
  /** The verb group modifies a noun (会談した点, 反発する勢力): its tense is relative, not a plan. */
  relative: boolean;
}

function scanClause(text: string, items: readonly Item[], from: number, last: number, s: Scan, tenseOnly: boolean): void {
  let quoted = 0;
  for (let k = from; k <= last && !s.stopped; k++) {
    const it = items[k]!;
    const w = text.slice(it.start, it.end);
    if (tenseOnly) {
      // A later clause of the chain lends its final predicate's tense; what it quotes or embeds does not count.
      if (w === '「' || w === '『') quoted++;
      else if ((w === '」' || w === '』') && quoted) quoted--;
      // …面会し、…加わったという: hearsay reports the chain, its いう carries no tense of the chain's own.
      else if (!quoted && it.pos === '助詞' && w === 'と' && /^(いう|言う)$/.test(items[k + 1]?.base ?? '')) {
        s.stopped = true;
        break;
      } else if (!quoted && (it.pos === '動詞' || it.pos === '助動詞' || it.pos === '形容詞')) s.lastPred = k;
      // …攻撃が発生し、…危険がある場合: a chain that ends in a condition is conditional throughout.
      else if (!quoted && it.pos === '名詞' && (it.base === '場合' || it.base === '可能性' || it.base === '恐れ')) s.maybe = true;
      continue;
    }
    if ((it.pos === '助詞' && (it.pos2 === '引用' || /^(と|として|とし|とする|との)$/.test(it.base))) || QUOTE_MARKS.has(w)) {
      s.stopped = true;
      break;
    }
    if (it.pos === '名詞' && it.pos1 === '非自立' && it.base === 'こと') {
      if (tenseOnly) {
        s.stopped = true;
        break;
      }
      s.nominalised = true;
      continue;
    }
    if (s.nominalised && it.pos === '動詞' && (ASK.has(it.base) || ASK.has(items[k - 1]?.base ?? ''))) s.request = true;
    if (s.nominalised && (DENY.has(it.base) || DENY.has(items[k - 1]?.base ?? '') && it.base === 'する')) s.negated = true;
    if (it.pos === '名詞' && it.base === 'よう' && ASK.has(items[k + 1]?.base ?? '') || (w === 'よう' && items[k + 1]?.base === 'に' && ASK.has(items[k + 2]?.base ?? ''))) {
      if (!tenseOnly) s.request = true;
      s.stopped = true;
      break;
    }
    // A verb group that modifies a noun ends the event's own words (会談した点に意味がある), but for plans (会談する予定).
    const prev = items[k - 1];
    if (it.pos === '名詞' && prev && (prev.pos === '動詞' || prev.pos === '助動詞') && !PLANNED.has(it.base) && !MAYBE.has(it.base)) {
      s.stopped = true;
      s.relative = true;
      break;
    }
    if ((it.pos === '動詞' || it.pos === '助動詞' || it.pos === '形容詞') && !s.nominalised) s.lastPred = k;
    if (tenseOnly) continue;
    if ((it.base === 'ない' && (it.pos === '助動詞' || it.pos === '形容詞')) || (it.base === 'ぬ' && it.pos === '助動詞')) {
      const prev = text.slice(items[k - 2]?.start ?? 0, items[k - 1]?.end ?? 0);
      const question = items[k + 1] && text.slice(items[k + 1]!.start, items[k + 1]!.end) === 'か';
      if (!question && prev !== 'だけで' && prev !== 'しか') s.negated = true;
    }
    if (it.base === 'べし' || it.base === '必要') s.request = true;
    if (it.form.startsWith('仮定') || (it.pos === '助詞' && (it.base === 'ば' || it.base === 'ても' || it.base === 'たら'))) s.maybe = true;
    // …してから、…ので、…が: the event's own words end there (就任してから1年もたっていない is not negated).
    if (it.pos === '助詞' && it.pos1 === '接続助詞' && /^(から|ので|のに|けれど|けれども|けど|ものの|が|ば|たら|ても)$/.test(it.base)) {
      s.stopped = true;
      break;
    }
    if (w === 'も' && /^(て|として)$/.test(items[k - 1]?.base ?? '') && items[k + 1] && text.slice(items[k + 1]!.start, items[k + 1]!.end) === '、') s.maybe = true;
    if (MAYBE.has(it.base) || (it.base === '得る' && items[k - 1]?.form.startsWith('連用')) || it.base === 'しれる') s.maybe = true;
    if (it.base === 'う' && it.pos === '助動詞' && /^(だろ|でしょ)$/.test(text.slice(items[k - 1]?.start ?? 0, items[k - 1]?.end ?? 0))) s.maybe = true;
    if (PLANNED.has(it.base)) s.planned = true;
    // 起こそうとした (an attempt), 会談しよう (an intent): the act is meant, not done.
    if (it.pos === '助動詞' && (it.base === 'う' || it.base === 'よう') && !/^(だろ|でしょ)$/.test(text.slice(items[k - 1]?.start ?? 0, items[k - 1]?.end ?? 0))) s.planned = true;
  }
}

/**
 * The mood of the event whose predicate starts at item `from` in clause `c`; `forced` is what the construction set,
 * `title` whether it stands in a headline (whose non-past tense reports the past).
 */
export function mood(
  text: string, items: readonly Item[], list: readonly Clause[], c: number, from: number, forced: Modality | null, title: boolean,
  clauseFrom: number, performative = false,
): Mood {
  const own = items[from - 1]?.pos === '動詞' ? from - 1 : -1;
  const s: Scan = { negated: false, maybe: false, planned: false, request: false, lastPred: own, stopped: false, nominalised: false, relative: false };
  for (let k = list[c]!.first; k < clauseFrom; k++) if (BEFORE_MAYBE.has(items[k]!.base)) s.maybe = true;
  scanClause(text, items, from, list[c]!.last, s, false);
  for (let d = c; !s.stopped && list[d]?.continues && d + 1 < list.length; d++) {
    scanClause(text, items, list[d + 1]!.first, list[d + 1]!.last, s, true);
  }
  if (s.request) return 'request';
  if (forced === 'negated' || s.negated) return 'negated';
  if (forced === 'hypothetical' || s.maybe) return 'hypothetical';
  if (forced === 'planned' || s.planned) return 'planned';
  // A plain non-past verb is a plan — but not in a headline, a relative clause, or for acts done by saying them
  // (「…を非難する」と発表した condemns now).
  if (!title && !s.relative && !performative && s.lastPred >= 0) {
    const p = items[s.lastPred]!;
    const prev = items[s.lastPred - 1];
    const progressive = PROGRESSIVE.has(p.base) && (prev?.base === 'て' || prev?.base === 'で');
    if (p.pos === '動詞' && p.form === '基本形' && !progressive) return 'planned';
  }
  return 'asserted';
}

/**
 * Whether the event's own verb group, which starts at item `from`, is in the past tense (合意した, 決めた,
 * 会談を行っていた): the act is told as done by the time of writing.
 */
export function pastTense(items: readonly Item[], from: number): boolean {
  const end = verbGroupEnd(items, from);
  for (let k = from; k < end; k++) if (items[k]!.pos === '助動詞' && items[k]!.base === 'た') return true;
  return false;
}
