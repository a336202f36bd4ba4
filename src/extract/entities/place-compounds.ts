/**
 * Names that open or close with a place the knowledge base knows: 広島カープ, 東京ドーム, 大阪ガス, セレッソ大阪,
 * 横浜ベイスターズ. The matcher finds the place, but the whole is a team, a venue or a company — when the tagger is
 * confident the whole is one name and the rest is a katakana or Latin name part, not a word for a kind of thing
 * that any country has (中国メディア, 日本アニメ, 米国メーカー stay the country and a noun).
 */
import { candidate, type Candidate } from './candidate.js';
import type { LinkContext } from './context.js';

/** Tagger confidence a compound needs (its score, 0–1; candidates carry 1 + score as their strength). */
const MIN_SCORE = 0.75;
const NAME_PART = /^[\u30a1-\u30faー・A-Za-z][\u30a1-\u30faー・A-Za-z0-9]+$/;
/** Kinds of thing said of a country or city, not names: 中国メディア is China's media. */
const GENERIC: readonly string[] = [
  'メディア', 'メーカー', 'アニメ', 'ファン', 'チーム', 'ブランド', 'ドラマ', 'サイド', 'ルート', 'ニュース', 'テレビ', 'マネー',
  'ビジネス', 'サッカー', 'ツアー', 'ライブ', 'モデル', 'スタイル', 'ファッション', 'フード', 'ワイン', 'ビール', 'マーケット',
  'エリア', 'センター', 'グループ', 'スポーツ', 'カード', 'ゲーム', 'ユーザー', 'ネット', 'ネットユーザー', 'ドル', 'ユーロ',
];

/**
 * The tagger's names (`ner`, team, venue or company spans) that contain a place match of `places` at one end and
 * a name part at the other: each as a candidate of its own, longer than the place, so it wins the overlap.
 */
export function placeCompounds(ctx: LinkContext, ner: readonly Candidate[], places: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of ner) {
    if ((c.type !== 'ORG' && c.type !== 'FAC') || c.strength - 1 < MIN_SCORE || !ctx.isBoundary(c.end)) continue;
    const place = places.find((p) => (p.type === 'GPE' || p.type === 'LOC') && p.start >= c.start && p.end <= c.end
      && (p.start === c.start || p.end === c.end) && p.end - p.start < c.end - c.start);
    if (!place) continue;
    const [from, to] = place.start === c.start ? [place.end, c.end] : [c.start, place.start];
    const rest = ctx.text.slice(from, to);
    if (!NAME_PART.test(rest) || GENERIC.some((g) => rest.startsWith(g) || rest.startsWith(`・${g}`))) continue;
    // two places joined (セルビア・モンテネグロ) are no team or company
    if (places.some((p) => p !== place && p.start >= from && p.end <= to)) continue;
    out.push(candidate({ start: c.start, end: c.end, type: c.type, source: 'cue', rule: 'place-compound', strength: 2 }));
  }
  return out;
}
