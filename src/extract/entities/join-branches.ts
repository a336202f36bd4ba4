/**
 * A branch named right after its institution is part of its name: ラチャパット大学|スワンドゥシット校,
 * 東京大学|駒場キャンパス, 国立がん研究センター|中央病院. The tagger often ends the name at the institution's head
 * and tags the branch on its own; the two adjacent spans become one organisation.
 */
import type { NerMention } from './mention.js';

const INSTITUTION = /(大学|学院|学園|研究所|研究センター|センター|病院)$/;
const BRANCH = /(校|分校|キャンパス|病院|研究所|分院|支部|支所)$/;
const BODY = new Set(['ORG', 'FAC']);

/** The tagger's spans with each institution joined to a branch that follows it with nothing between. */
export function joinBranches(text: string, spans: readonly NerMention[]): NerMention[] {
  const out: NerMention[] = [];
  for (const m of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.end === m.start && BODY.has(prev.label) && BODY.has(m.label) &&
      INSTITUTION.test(text.slice(prev.start, prev.end)) && BRANCH.test(text.slice(m.start, m.end))) {
      out[out.length - 1] = { start: prev.start, end: m.end, label: 'ORG', score: Math.min(prev.score, m.score) };
    } else out.push(m);
  }
  return out;
}
