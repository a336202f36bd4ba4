/**
 * Speech cues, matched on the token layer: the quotative と and what follows it (と述べた, とも語り、, と記者団に
 * 語った, 「…」と首相は語った, との見方を示した, と批判。), objects of announcing verbs (…ことを明らかにした,
 * 辞任を表明した, …考えを示した) and requests (…するよう呼びかけた).
 */
import { chunkBefore, speakerKind, type Chunk } from './chunk.js';
import { quotedBrackets } from './content.js';
import { GAP_PARTICLES, canFollow, cueHead, modifiesNoun, stanceVerb } from './cue-words.js';
import { ANNOUNCE_VERBS, CLAUSE_NOUNS, MEDIA_VERBS, REQUEST_VERBS, STANCE_NOUNS } from './lexicon.js';
import type { SentenceView } from './view.js';

/** A matched cue, by token index in its sentence view. */
export interface Cue {
  /**
   * `quote`: content before a quotative と; `object`: the object of an announcing verb; `request`: …よう求めた;
   * `intro`: 次のように述べた / こう語った, whose quotation is the next (or previous) sentence; `back`: これを伝えた,
   * whose content is the previous sentence.
   */
  type: 'quote' | 'object' | 'request' | 'intro' | 'back';
  /** First token of the cue words (と, を, よう), and the token after the last. */
  at: number;
  end: number;
  /** Where the cue span starts: `at`, or the verb when a speaker stands between と and the verb. */
  spanFrom: number;
  /** The cue verb or speech noun (dictionary form). */
  verb: string;
  /** Only a bracketed quotation may precede it (「…」と驚いた). */
  directOnly: boolean;
  /** A verb of the news media (伝えた, 報じた). */
  media: boolean;
  /** The speaker named after the quotation: 「…」と[首相は]語った. */
  after: Chunk | null;
  /** Another quotative と follows the cue (…と述べたと明らかにした): its speaker is the inner one. */
  embedded: boolean;
  /** For `object` cues on a plain action noun (辞任を表明した): the content is that noun phrase only. */
  plainObject: boolean;
}

/** The cue introduced by the quotative と at token `i`, or null. */
export function quoteCue(v: SentenceView, i: number): Cue | null {
  // 「…」などと批判した: the claim ends before など
  if (v.s[i] === 'など' && v.s[i + 1] === 'と' && v.pos(i) === '助詞') {
    const c = quoteCue(v, i + 1);
    return c ? { ...c, at: i, spanFrom: c.spanFrom === i + 1 ? i : c.spanFrom } : null;
  }
  if (v.s[i] === 'として') return asCue(v, i);
  if (v.s[i] !== 'と' || v.pos(i) !== '助詞') return null;
  let j = i + 1;
  if ((v.s[j] === 'も' || v.s[j] === 'は') && v.pos(j) === '助詞') j++;
  if (v.s[j] === 'の' && v.pos(j) === '助詞') return stanceCue(v, i, j + 1);
  let after: Chunk | null = null;
  let k = j;
  if (v.isComma(k)) k++;
  for (; k < v.length && k - j <= 18; k++) {
    const head = cueHead(v, k, k === j);
    if (head) {
      if (head.naming) return null;
      return finish(v, { type: 'quote', at: i, spanFrom: after ? k : i, verb: head.verb, directOnly: head.directOnly, after }, head.end);
    }
    const w = v.s[k]!;
    if ((w === 'は' || w === 'が') && v.pos(k) === '助詞') {
      // 「…」と同社では説明している: Xでは after the quotation names X as well
      const c = chunkBefore(v, w === 'は' && v.s[k - 1] === 'で' && v.pos(k - 1) === '助詞' ? k - 1 : k);
      if (c && c.from >= j && speakerKind(v, c) !== null) after = c;
      if (v.isComma(k + 1)) k++;
      continue;
    }
    if (v.isNominal(k) || (v.pos(k) === '助詞' && GAP_PARTICLES.has(w)) || v.pos(k) === '連体詞' || v.pos(k) === '副詞') continue;
    // と慎重な姿勢を示した: the adnominal な of an adjectival noun.
    if (w === 'な' && v.pos1(k - 1) === '形容動詞語幹') continue;
    if (v.base(k) === '対する' || v.base(k) === '向ける') continue;
    // A relative clause inside the speaker's description: …マネージャーである X 氏が語った.
    if (modifiesNoun(v, k)) continue;
    return null;
  }
  return null;
}

/**
 * 「…」として批判した, and a bare 「…」したとして after a quoted clause: として quotes only a bracket (elsewhere it
 * means "as").
 */
function asCue(v: SentenceView, i: number): Cue | null {
  if (v.pos(i) !== '助詞') return null;
  for (let k = i + 1; k < v.length && k - i <= 8; k++) {
    const head = cueHead(v, k, false);
    if (head) return head.naming ? null : finish(v, { type: 'quote', at: i, spanFrom: i, verb: head.verb, directOnly: true, after: null }, head.end);
    if (!(v.isNominal(k) || (v.pos(k) === '助詞' && GAP_PARTICLES.has(v.s[k]!)))) break;
  }
  if (!v.isClose(i - 1) && quotedBrackets(v, i - 1).length) {
    return finish(v, { type: 'quote', at: i, spanFrom: i, verb: 'として', directOnly: true, after: null }, i + 1);
  }
  return null;
}

/** Verbs that say views were voiced: …との声が上がっている, …との見方が出ている. */
const VOICED = new Set(['上がる', '出る', '相次ぐ', '広がる', '強まる', '根強い']);
const VOICES = new Set(['声', '意見', '指摘', '批判', '懸念', '不満']);

/**
 * との + stance noun + を + verb: …との見方を示した, …との考えを明らかにした; and views voiced by someone
 * (専門家からは、…との声が上がっている).
 */
function stanceCue(v: SentenceView, i: number, n: number): Cue | null {
  if ((VOICES.has(v.s[n] ?? '') || STANCE_NOUNS.has(v.s[n] ?? '')) && v.s[n + 1] === 'が' && VOICED.has(v.base(n + 2) ?? '')) {
    return finish(v, { type: 'quote', at: i, spanFrom: i, verb: v.base(n + 2)!, directOnly: false, after: null }, n + 3);
  }
  if (!STANCE_NOUNS.has(v.s[n] ?? '') || v.s[n + 1] !== 'を') return null;
  const verb = stanceVerb(v, n + 2);
  if (!verb) return null;
  return finish(v, { type: 'quote', at: i, spanFrom: i, verb: verb.verb, directOnly: false, after: null }, verb.end);
}

/** The object of an announcing verb at the を of token `i`: …ことを明らかにした, 辞任を表明した, …考えを示した. */
export function objectCue(v: SentenceView, i: number): Cue | null {
  // …したことも明らかにした: も after こと stands for を
  const also = v.s[i] === 'も' && v.s[i - 1] === 'こと';
  if ((v.s[i] !== 'を' && !also) || v.pos(i) !== '助詞' || i === 0) return null;
  if (v.isClose(i - 1) && v.base(i + 1) === '挙げる') {
    return finish(v, { type: 'object', at: i, spanFrom: i, verb: '挙げる', directOnly: true, after: null }, i + 2);
  }
  // A short adverbial may stand between the object and the verb: 不満を正式な指名前から表明した.
  let verb: ReturnType<typeof stanceVerb> = null;
  let after: Chunk | null = null;
  for (let k = i + 1; k < v.length && k - i <= 7 && !verb; k++) {
    verb = stanceVerb(v, k);
    if (verb) break;
    const t = v.tokens[k]!;
    // …可能性を日本政府が認めた: the subject between the object and the verb speaks.
    if ((v.s[k] === 'が' || v.s[k] === 'は') && t.pos === '助詞') {
      const c = chunkBefore(v, k);
      if (c && c.from > i && speakerKind(v, c) !== null) after = c;
    }
    if (!(v.isNominal(k) || t.pos === '連体詞' || t.pos === '副詞' || v.s[k] === 'な' || (t.pos === '助詞' && GAP_PARTICLES.has(v.s[k]!)) || v.s[k] === 'として')) return null;
  }
  if (!verb) return null;
  if (v.pos1(i - 1) === '代名詞' && (verb.verb === '伝える' || verb.verb === '報じる')) {
    return finish(v, { type: 'back', at: i - 1, spanFrom: i - 1, verb: verb.verb, directOnly: false, after: null }, verb.end);
  }
  const obj = objectHead(v, i);
  // との見方を示した is the quotative cue's; ことを示している ("shows that") is no speech.
  if (v.s[i - 2] === 'の' && v.s[i - 3] === 'と') return null;
  const stance = STANCE_NOUNS.has(obj);
  const clause = CLAUSE_NOUNS.has(obj) && (v.pos1(i - 1) === '非自立' || obj !== 'の');
  const showing = verb.verb === '示す' || verb.verb === '表す' || verb.verb === '打ち出す';
  let plain = false;
  if (showing ? !stance : !(stance || clause)) {
    // A plain action noun counts only with what it is of: 自らの辞任を表明, not a bare 支持を表明.
    if (!ANNOUNCE_VERBS.has(verb.verb) || v.pos1(i - 1) !== 'サ変接続' || v.s[i - 2] !== 'の') return null;
    plain = true;
  }
  return finish(v, { type: 'object', at: i, spanFrom: i, verb: verb.verb, directOnly: false, after, plainObject: plain }, verb.end);
}

/** The head word of the object before the を at `i`: the listed noun its chunk ends with (可能性 of 可能+性), or the last token. */
function objectHead(v: SentenceView, i: number): string {
  const c = chunkBefore(v, i);
  if (c) {
    for (const w of CLAUSE_NOUNS) if (c.text.endsWith(w) && w.length > 1) return w;
    for (const w of STANCE_NOUNS) if (c.text.endsWith(w)) return w;
  }
  return v.s[i - 1]!;
}

/** 次のように述べた, 以下のように語った, こう話した: a quotation standing in a sentence of its own. */
export function introCue(v: SentenceView, i: number): Cue | null {
  let k = -1;
  if ((v.s[i] === '次' || v.s[i] === '以下') && v.s[i + 1] === 'の' && v.s[i + 2] === 'よう' && v.s[i + 3] === 'に') k = i + 4;
  else if (v.s[i] === 'こう' || (v.s[i] === 'この' && v.s[i + 1] === 'よう' && v.s[i + 2] === 'に')) k = v.s[i] === 'こう' ? i + 1 : i + 3;
  if (k < 0) return null;
  const head = cueHead(v, k, false);
  if (!head || head.naming || head.verb === 'する') return null;
  return finish(v, { type: 'intro', at: i, spanFrom: i, verb: head.verb, directOnly: true, after: null }, head.end);
}

/** …するよう(に)呼びかけた / 求めた / 要請した at the よう of token `i`. */
export function requestCue(v: SentenceView, i: number): Cue | null {
  if (v.s[i] !== 'よう' || i === 0 || (v.pos(i - 1) !== '動詞' && v.s[i - 1] !== 'ない')) return null;
  let k = i + 1;
  if (v.s[k] === 'に') k++;
  const w = v.s[k] ?? '';
  let end = -1;
  if (v.pos(k) === '動詞' && REQUEST_VERBS.has(v.base(k))) end = k + 1;
  else if (v.pos(k) === '名詞' && REQUEST_VERBS.has(w) && v.base(k + 1) === 'する') end = k + 2;
  if (end < 0) return null;
  return finish(v, { type: 'request', at: i, spanFrom: i, verb: v.base(k), directOnly: false, after: null }, end);
}

type Partial = Omit<Cue, 'end' | 'media' | 'embedded' | 'plainObject'> & { plainObject?: boolean };

/** Extends the cue over its auxiliaries (た, ている, ており, ました) and refuses passives, negations and conditionals. */
function finish(v: SentenceView, cue: Partial, from: number): Cue | null {
  let k = from;
  for (; k < v.length; k++) {
    const t = v.tokens[k]!;
    const w = v.s[k]!;
    if (t.base === 'れる' || t.base === 'られる' || (t.pos === '動詞' && t.pos1 === '接尾')) return null;
    if (t.pos === '助動詞' && (t.base === 'ない' || t.base === 'ぬ' || t.base === 'ん')) return null;
    if (w === 'ば' || (w === 'も' && v.s[k - 1] === 'て')) return null;
    if (t.pos === '助動詞' || (t.pos === '動詞' && t.pos1 === '非自立') || ((w === 'て' || w === 'で') && t.pos === '助詞')) continue;
    break;
  }
  if ((v.s[k] === '上' || v.s[k] === 'うえ') && v.s[k + 1] === 'で') k += 2;
  const end = k;
  if (!canFollow(v, end, cue.type === 'quote')) return null;
  let embedded = false;
  if (v.s[end] === 'と' && v.pos(end) === '助詞') embedded = quoteCue(v, end) !== null;
  // …とコメントしていることを伝えた: the outer verb reports the inner cue.
  else if ((v.s[end] === 'こと' || v.s[end] === 'の') && v.s[end + 1] === 'を') embedded = objectCue(v, end + 1) !== null;
  return { ...cue, end, media: MEDIA_VERBS.has(cue.verb), embedded, plainObject: cue.plainObject ?? false };
}
