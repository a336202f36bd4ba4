/**
 * Parenthesised forms of the name before them, which then belong to the same entity:
 *
 * - an abbreviation: Latin capitals (国際原子力機関(IAEA)) or a shorter form whose characters stand in order in
 *   the name (国際連合(国連), 中国共産党(中共), ネパール共産党毛沢東主義派(毛派));
 * - a labelled form: (略:北朝鮮), (通称…), (英語:…), (直訳は、X、原語:Y);
 * - a person's name in another script or reading: パク・トクフン(朴徳勲), 潘基文(パン・ギムン), 三日月大造(みかづき・たいぞう), (ม.ร.ว.…),
 *   and an alternative name with the same title: …親王(テーワンウタイウォン親王).
 *
 * Times, ages and glosses such as (UTC+9), (50), (日本時間) or 平和維持部隊(ロシア連邦軍) are none of these.
 */
import { allKanji, allKatakana, isDigit, isForeignScript, isKanji, isKatakana, isLatinLetter, isNameGlue } from './chars.js';
import type { LinkContext } from './context.js';
import { titleTrie } from './titles.js';

/** A form inside parentheses, and where the name it belongs to ends (the opening parenthesis). */
export interface ParenAlias {
  /** The offset of "(": the name it belongs to ends here (or before a title that ends here). */
  outerEnd: number;
  start: number;
  end: number;
  kind: 'abbreviation' | 'labelled' | 'reading';
}

const LABELS = ['略称:', '略称：', '略:', '略：', '通称:', '通称：', '英語:', '英語：', '英:', '英：', '原語:', '原語：', '直訳は、', '直訳:', '直訳：', '現地語:', '正式名称:'];

/** Parenthesised alternative forms in the text. */
export function parenAliases(ctx: LinkContext): ParenAlias[] {
  const { text } = ctx;
  const out: ParenAlias[] = [];
  for (let open = 0; open < text.length; open++) {
    const ch = text[open];
    if (ch !== '(' && ch !== '（') continue;
    let close = open + 1;
    while (close < text.length && close - open <= 120 && text[close] !== ')' && text[close] !== '）' && text[close] !== '\n') close++;
    if (text[close] !== ')' && text[close] !== '）') continue;
    const inner = text.slice(open + 1, close);
    if (!inner || isDigit(inner.charCodeAt(0)) || /UTC|GMT|時間|年|月|日$/.test(inner)) continue;
    const before = text.charCodeAt(open - 1);
    if (!(isKanji(before) || isKatakana(before) || isLatinLetter(before) || titleTrie().canStart(before))) continue;
    // labelled segments, separated by 、
    let labelled = false;
    for (const label of LABELS) {
      for (let at = inner.indexOf(label); at >= 0; at = inner.indexOf(label, at + 1)) {
        const s = open + 1 + at + label.length;
        let e = s;
        while (e < close && text[e] !== '、') e++;
        if (e - s >= 2) out.push({ outerEnd: open, start: s, end: e, kind: 'labelled' });
        labelled = true;
      }
    }
    if (labelled) continue;
    const c0 = inner.charCodeAt(0);
    if (/^[A-Z][A-Z0-9&.-]{1,9}$/.test(inner)) out.push({ outerEnd: open, start: open + 1, end: close, kind: 'abbreviation' });
    else if (isForeignScript(c0) || /^[A-Za-z][A-Za-z.\s-]{3,}$/.test(inner)) out.push({ outerEnd: open, start: open + 1, end: close, kind: 'reading' });
    else if (allKanji(inner) && inner.length <= 6) out.push({ outerEnd: open, start: open + 1, end: close, kind: isKatakana(before) || isNameGlue(before) ? 'reading' : 'abbreviation' });
    // a kanji name's reading in hiragana: 三日月大造(みかづき・たいぞう)
    else if (/^[\u3041-\u3096ー・]{2,}$/.test(inner) && isKanji(before)) out.push({ outerEnd: open, start: open + 1, end: close, kind: 'reading' });
    else if (allKatakana(inner) && inner.length >= 2) out.push({ outerEnd: open, start: open + 1, end: close, kind: inner.includes('・') || isKanji(before) ? 'reading' : 'abbreviation' });
    else {
      // an alternative name with a title: …親王(テーワンウタイウォン親王)
      let e = open + 1;
      while (e < close && (isKatakana(text.charCodeAt(e)) || isNameGlue(text.charCodeAt(e)))) e++;
      const rest = titleTrie().longestAt(text, e, close);
      if (e - open - 1 >= 2 && rest && rest.end === close) out.push({ outerEnd: open, start: open + 1, end: e, kind: 'reading' });
    }
  }
  return out;
}

/** Whether the characters of `short` stand in `long` in the same order (中共 in 中国共産党). */
export function isSubsequence(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}
