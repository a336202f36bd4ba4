/**
 * Title and honorific words as they stand in a document: where each starts (with 元/前/故 or 現/新 before it),
 * whether it marks a former holder, and whether only a person can bear it.
 */
import { isHiragana } from './chars.js';
import type { LinkContext } from './context.js';
import { FORMER_PREFIXES, OTHER_PREFIXES, TITLE_BLOCKERS, TITLE_MODIFIERS, titleTrie } from './titles.js';

/** A title word found in the text, with its prefix (元/前/故 …) included in the span. */
export interface TitleOccurrence {
  start: number;
  end: number;
  /** Where the title word itself starts (after 元/前 …). */
  wordStart: number;
  title: string;
  former: boolean;
  honorific: boolean;
  personOnly: boolean;
}

/** Particles that may follow a kana honorific (さんは, ちゃんの); any other kana continues a word (ちゃんねる). */
const PARTICLES = new Set([...'はがのとにをもへやでらかよ']);
const HONORIFIC_BLOCKERS = new Set([...'名族神子家姓']);

const VICE = '副'.charCodeAt(0);

/** Every title or honorific in the text that is not part of a longer noun. */
export function titleOccurrences(ctx: LinkContext): TitleOccurrence[] {
  const { text } = ctx;
  const trie = titleTrie();
  const out: TitleOccurrence[] = [];
  for (let i = 0; i < text.length; i++) {
    let m = trie.canStart(text.charCodeAt(i)) ? trie.longestAt(text, i) : null;
    let vice = false;
    if (text.charCodeAt(i) === VICE) {
      const inner = trie.longestAt(text, i + 1);
      if (inner && (!m || inner.end > m.end)) {
        m = inner;
        vice = true;
      }
    }
    if (!m) continue;
    const word = m.values[0]!;
    if (TITLE_BLOCKERS.has(text[m.end] ?? '') && !word.honorific) continue;
    // a title ends a word (ちゃん in ちゃんねる is none)
    if (!ctx.isBoundary(m.end)) continue;
    if (isHiragana(text.charCodeAt(m.end - 1)) && isHiragana(text.charCodeAt(m.end)) && !PARTICLES.has(text[m.end]!)) continue;
    // 氏 inside a word (氏名, 氏族, 氏家) is no honorific of a name; 潘氏支持 still is
    if (word.honorific && HONORIFIC_BLOCKERS.has(text[m.end] ?? '')) continue;
    let wordStart = i;
    let title = vice ? `副${word.word}` : word.word;
    // a qualifying word before the title belongs to it (助理|教授)
    const modifier = word.honorific ? undefined : TITLE_MODIFIERS.find((q) => text.startsWith(q, wordStart - q.length));
    if (modifier) {
      wordStart -= modifier.length;
      title = modifier + title;
    }
    let start = wordStart;
    let former = false;
    const prev = text[wordStart - 1] ?? '';
    const prev2 = text.slice(wordStart - 2, wordStart);
    if (FORMER_PREFIXES.includes(prev)) {
      former = true;
      start = wordStart - 1;
    } else if (OTHER_PREFIXES.includes(prev2)) start = wordStart - 2;
    else if (OTHER_PREFIXES.includes(prev)) start = wordStart - 1;
    out.push({ start, end: m.end, wordStart, title, former, honorific: word.honorific, personOnly: word.personOnly });
    i = m.end - 1;
  }
  return out;
}
