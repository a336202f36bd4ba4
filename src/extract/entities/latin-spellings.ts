/**
 * Latin spellings of names a document gives in katakana. Japanese articles name a foreign person or outlet in
 * katakana and, elsewhere (a source list, a reference line), in its own script — ロバーツ … John G. Roberts Jr.,
 * ネーション紙 … The Nation — often with the spaces stripped (JohnG.RobertsJr.). A run of capitalised Latin words
 * joins the entity whose katakana name *sounds* the same: both sides are reduced to a key of consonant classes
 * (vowels, long marks and silent letters dropped; l/r, v/b, ts/t/ch, sh/s merged), and every Latin word must
 * match a part of that one entity's name, in order. A run that matches no entity, or more than one, is left alone,
 * so this adds mentions to entities the document already has and never invents one.
 */
import { candidate, type Candidate } from './candidate.js';
import { nameParts, type UnionFind } from './cluster.js';
import type { LinkContext } from './context.js';
import { anyMarked, mark, marks } from './marks.js';

const LATIN_RUN = /[A-Z][A-Za-z'’.-]*(?:[ \u00a0][A-Z][A-Za-z'’.-]*)*/g;
/** Words that are no part of the name itself. */
const STOP = new Set(['the', 'jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'de', 'von', 'van', 'of']);
/** The shortest key (in consonant classes) a match must reach on at least one word. */
const MIN_KEY = 3;

/** The words of a Latin run, split at spaces, dots and glued capitals (TheNation → The, Nation). */
export function latinWords(run: string): string[] {
  return run
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[ \u00a0.'’-]+/)
    .filter((w) => w.length > 1 && !STOP.has(w.toLowerCase()));
}

/**
 * The consonant-class keys of a Latin word: Roberts → RBT, Nation → NSN, Clinton → KRNTN. An r after a vowel is
 * silent in English transcriptions (ロバーツ) but sounded in others (メルケル), so a word has a key either way.
 */
export function latinKeys(word: string): string[] {
  const silentR = latinKey(word, true);
  const sounded = latinKey(word, false);
  return silentR === sounded ? [silentR] : [silentR, sounded];
}

function latinKey(word: string, silentR: boolean): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  w = w.replace(/[ts]ion/g, 'shon').replace(/^th/, 't').replace(/th/g, 's').replace(/ph/g, 'f').replace(/ck/g, 'k')
    .replace(/qu/g, 'kw').replace(/x/g, 'ks').replace(/c(?=[eiy])/g, 's').replace(/sh/g, 's').replace(/ch/g, 't')
    .replace(/ts/g, 't').replace(/c/g, 'k').replace(/(?<=.)h/g, '');
  if (silentR) w = w.replace(/r(?=[^aeiouy]|$)/g, '');
  const classes: Record<string, string> = { b: 'B', v: 'B', p: 'P', f: 'F', h: 'H', k: 'K', g: 'G', s: 'S', z: 'Z', j: 'Z', t: 'T', d: 'D', n: 'N', m: 'M', l: 'R', r: 'R' };
  return collapse([...w].map((ch) => classes[ch] ?? '').join(''));
}

// Katakana by consonant class; small kana, vowels, ン's neighbours and the long mark carry none.
const KANA_CLASSES: [string, string][] = [
  ['カキクケコ', 'K'], ['ガギグゲゴ', 'G'], ['サシスセソ', 'S'], ['ザジズゼゾヂヅ', 'Z'], ['タテトチツ', 'T'], ['ダデド', 'D'],
  ['ナニヌネノン', 'N'], ['ハヒヘホ', 'H'], ['フ', 'F'], ['バビブベボヴ', 'B'], ['パピプペポ', 'P'], ['マミムメモ', 'M'], ['ラリルレロ', 'R'],
];
const KANA = new Map<string, string>(KANA_CLASSES.flatMap(([chars, c]) => [...chars].map((ch): [string, string] => [ch, c])));

/** The consonant-class key of a katakana word: ロバーツ → RBT, ネーション → NSN, クリントン → KRNTN. */
export function katakanaKey(word: string): string {
  return collapse([...word].map((ch) => KANA.get(ch) ?? '').join(''));
}

function collapse(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

const isKatakanaWord = (s: string) => /^[\u30a0-\u30ff]+$/.test(s);
const LATIN_ONLY = new RegExp(`^(?:${LATIN_RUN.source})$`);
const isLatinRun = (s: string) => LATIN_ONLY.test(s);

/**
 * Whether every Latin word (given by its keys) matches a katakana part (given by its key), in order, one of them
 * with a key of MIN_KEY classes or more.
 */
function sounds(words: string[][], keys: string[]): boolean {
  let at = 0;
  let strong = false;
  for (const ks of words) {
    while (at < keys.length && !ks.includes(keys[at]!)) at++;
    if (at === keys.length || !keys[at]) return false;
    if (keys[at]!.length >= MIN_KEY) strong = true;
    at++;
  }
  return strong;
}

/**
 * Finds Latin runs outside every mention whose words sound like one entity's katakana name, adds them as mentions
 * of that entity and joins them to it in `uf`.
 */
export function uniteLatinSpellings(ctx: LinkContext, mentions: Candidate[], entries: unknown[], uf: UnionFind): void {
  const { text } = ctx;
  // per entity (union root): the keys of the parts of each of its katakana names, computed once
  const parts = new Map<number, string[][]>();
  mentions.forEach((m, i) => {
    const ps = nameParts(text.slice(m.start, m.end));
    if (!ps.some(isKatakanaWord)) return;
    const root = uf.find(i);
    const list = parts.get(root) ?? [];
    list.push(ps.map((p) => (isKatakanaWord(p) ? katakanaKey(p) : '')));
    parts.set(root, list);
  });
  if (!parts.size) return;
  const taken = marks(text.length, 0);
  for (const m of mentions) mark(taken, m.start, m.end, 1);
  const ownerOf = (latin: string[], self: number) => {
    const words = latin.map(latinKeys);
    const owners = [...parts].filter(([root, names]) => root !== self && names.some((ks) => sounds(words, ks))).map(([root]) => root);
    return owners.length === 1 ? owners[0]! : -1;
  };
  // A Latin name the tagger found on its own (a local mention all in Latin letters) joins its katakana spelling.
  const count = mentions.length;
  for (let i = 0; i < count; i++) {
    const m = mentions[i]!;
    const name = text.slice(m.start, m.end);
    if (entries[i] || parts.has(uf.find(i)) || !isLatinRun(name)) continue;
    const owner = ownerOf(latinWords(name), uf.find(i));
    if (owner >= 0) uf.union(owner, i);
  }
  // A Latin run no mention covers becomes a mention of the entity it sounds like.
  for (const run of text.matchAll(LATIN_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (anyMarked(taken, start, end)) continue;
    const words = latinWords(run[0]);
    if (!words.length) continue;
    const owner = ownerOf(words, -1);
    if (owner < 0) continue;
    const model = mentions[owner]!;
    mentions.push(candidate({ start, end, type: model.type, source: 'doc', rule: 'latin-spelling' }));
    entries.push(entries[owner] ?? null);
    uf.union(owner, uf.add());
  }
}
