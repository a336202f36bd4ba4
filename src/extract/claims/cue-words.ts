/**
 * The words of a speech cue on the token layer: the verb or speech noun after a quotative と (述べた, 説明し,
 * と批判。, とした but not として), verbs taking a stance noun (示す, 明らかにする, 表明する), and what may follow a
 * cue for it to end a clause.
 */
import {
  BELIEF_VERBS, DIRECT_ONLY_NOUNS, DIRECT_ONLY_VERBS, NAMING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, STANCE_NOUNS,
  STANCE_VERBS,
} from './lexicon.js';
import type { SentenceView } from './view.js';

/** Particles that may stand between と and its verb: と記者団に語った, と今回の辞任を批判した. */
export const GAP_PARTICLES = new Set(['を', 'に', 'で', 'へ', 'の', 'は', 'が', 'も', 'から', 'にも', 'には', 'では']);

/** A cue word found at a token. */
export interface Head {
  verb: string;
  end: number;
  directOnly: boolean;
  naming: boolean;
}

/** A cue verb starting at token `k` (with `first` true right after と), and the token after it. */
export function cueHead(v: SentenceView, k: number, first: boolean): Head | null {
  const t = v.tokens[k];
  if (!t) return null;
  const w = v.s[k]!;
  if (t.pos === '動詞') {
    if (NAMING_VERBS.has(t.base)) return { verb: t.base, end: k + 1, directOnly: false, naming: true };
    if (t.base === 'する' && first) return suruCue(v, k);
    if (t.base === '言う' && !w.includes('言')) return null;
    if (SPEECH_VERBS.has(t.base) || DIRECT_ONLY_VERBS.has(t.base)) {
      // a belief is a claim when it is held (とみている) or stated as the sentence's end (…とみる。), not in passing
      const held = v.s[k + 1] === 'て' && /^(?:い|お)/.test(v.s[k + 2] ?? '');
      const stated = t.form === '基本形' && (v.s[k + 1] === undefined || v.s[k + 1] === '。');
      if (BELIEF_VERBS.has(t.base) && !held && !stated) return null;
      return { verb: t.base, end: k + 1, directOnly: DIRECT_ONLY_VERBS.has(t.base), naming: false };
    }
    return null;
  }
  if (t.pos !== '名詞') return null;
  if (NAMING_VERBS.has(w)) return { verb: w, end: k + 1, directOnly: false, naming: true };
  if (w === '明らか' && v.s[k + 1] === 'に' && v.base(k + 2) === 'する') return { verb: w, end: k + 3, directOnly: false, naming: false };
  if (SPEECH_NOUNS.has(w)) {
    const next = v.s[k + 1];
    const directOnly = DIRECT_ONLY_NOUNS.has(w);
    if (v.base(k + 1) === 'する' && v.pos(k + 1) === '動詞') return { verb: w, end: k + 2, directOnly, naming: false };
    if (next === '・' && v.pos(k + 2) === '名詞' && v.base(k + 3) === 'する') return { verb: w, end: k + 4, directOnly, naming: false };
    if (next === undefined || next === '。' || v.isComma(k + 1)) return { verb: w, end: k + 1, directOnly, naming: false };
    if (next === 'を' && /^(?:行う|示す|強める|繰り返す)$/.test(v.base(k + 2) ?? '')) return { verb: w, end: k + 3, directOnly: true, naming: false };
    return null;
  }
  if (STANCE_NOUNS.has(w) && v.s[k + 1] === 'を') {
    const verb = stanceVerb(v, k + 2);
    if (verb) return { verb: w, end: verb.end, directOnly: true, naming: false };
  }
  return null;
}

/** とした, としている, とし、, とした上で, とする。 — but not として, としても, とすれば, とされる or とする方針. */
function suruCue(v: SentenceView, k: number): Head | null {
  // …しようとした is "tried to", not "said".
  const before = v.s[k - 2];
  if (v.pos(k - 2) === '助動詞' && (before === 'う' || before === 'よう')) return null;
  const form = v.tokens[k]!.form;
  const next = v.s[k + 1] ?? '';
  const ok = { verb: 'する', end: k + 1, directOnly: false, naming: false };
  if (form === '連用形') {
    if (next === 'た' || next === 'まし' || next === 'ながら' || next === 'つつ' || next === '' || next === '。' || v.isComma(k + 1)) return ok;
    if (next === 'て' && /^(?:い|お)/.test(v.s[k + 2] ?? '')) return ok;
    return null;
  }
  if (form === '基本形' && (next === '' || next === '。')) return ok;
  return null;
}

/** 示す / 明らかにする / 表明する … starting at token `k`. */
export function stanceVerb(v: SentenceView, k: number): { verb: string; end: number } | null {
  const w = v.s[k] ?? '';
  if (w === '明らか' && v.s[k + 1] === 'に' && v.base(k + 2) === 'する') return { verb: '明らか', end: k + 3 };
  if (v.pos(k) === '名詞' && STANCE_VERBS.has(w)) {
    if (v.base(k + 1) === 'する') return { verb: w, end: k + 2 };
    // 体言止め: …の解散を発表。
    if (k + 1 >= v.length || v.s[k + 1] === '。') return { verb: w, end: k + 1 };
  }
  if (v.pos(k) === '動詞' && STANCE_VERBS.has(v.base(k))) return { verb: v.base(k), end: k + 1 };
  return null;
}

/** Whether the predicate at token `k` (with its auxiliaries) stands before a noun it modifies. */
export function modifiesNoun(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]!;
  if (!(t.pos === '動詞' || t.pos === '助動詞' || t.pos === '形容詞')) return false;
  let j = k + 1;
  while (v.pos(j) === '助動詞') j++;
  return v.pos(j) === '名詞' && v.pos1(j) !== '非自立' && v.pos1(j) !== '接尾';
}

const FOLLOWERS = new Set(['と', 'が', 'けれど', 'けれども', 'けど', 'ものの', 'という', 'といい', 'ほか', '一方', 'ため', '後', 'うえ', '上', 'など', 'し', 'ので', 'から', 'こと']);

/** Whether the token after a cue lets it end a clause; a noun or a case particle after it makes it a modifier (表明するにとどまった). */
export function canFollow(v: SentenceView, k: number, quotative: boolean): boolean {
  if (k >= v.length || v.isPunct(k) || v.isOpen(k)) return true;
  // …と述べたことを明らかにした embeds a quotation; …よう指示することになった is no request made.
  if (v.s[k] === 'こと') return quotative;
  if (FOLLOWERS.has(v.s[k]!)) return true;
  const t = v.tokens[k]!;
  // 「…」と述べるにとどめた: said no more than that (an announcing verb before にとどまる is a modifier).
  if (quotative && v.s[k] === 'に' && /^とど[めま]/.test(v.s[k + 1] ?? '')) return true;
  if (t.pos === '助詞') return t.pos1 === '接続助詞';
  // …しているものである / …したのだ: an explanatory ending, not a modified noun.
  if (t.pos1 === '非自立' && v.pos(k + 1) === '助動詞') {
    let j = k + 1;
    while (v.pos(j) === '助動詞') j++;
    return j >= v.length || v.s[j] === '。';
  }
  return t.pos !== '名詞';
}
