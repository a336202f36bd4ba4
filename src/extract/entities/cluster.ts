/**
 * Grouping mentions into entities. Mentions of one knowledge-base entry form one entity; the others are grouped
 * within the document by their letters and by what the text says about them:
 *
 * - the same name (folded) is the same entity;
 * - a part of a person's katakana name (ソンティ of ソンティ・ブーンヤラッガリン; プリーディヤートーン・テーワクン
 *   of モームラーチャウォン=プリーディヤートーン・テーワクン), or the start of a kanji name followed by a
 *   title (小泉 + 首相 of 小泉純一郎), is that person;
 * - a parenthesised abbreviation or reading is the name before it (parens.ts);
 * - a head noun standing alone (評議会) is the one body in the document whose name ends in it.
 */
import type { EntityType } from '../../analysis/contract.js';
import type { KbEntry } from '../../kb/types.js';
import { fold } from '../../kb/trie.js';
import type { Candidate } from './candidate.js';
import { isNameGlue } from './chars.js';

/** A group of mentions that name one thing. */
export interface Cluster {
  mentions: Candidate[];
  entry: KbEntry | null;
}

/** Disjoint sets over mention indices. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** Adds one element in a set of its own and returns its index. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A name folded for comparison (full-width, case, middle dots). */
export function foldName(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out.replace(/\s+/g, '');
}

/** The parts of a katakana name split at ・ and =. */
export function nameParts(s: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (isNameGlue(s.charCodeAt(i))) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += s[i];
  }
  if (cur) parts.push(cur);
  return parts;
}

/** Whether `short` is a trailing run of whole parts of `long` (テーワクン, プリーディヤートーン・テーワクン), or any one part of it. */
export function isNamePart(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const ps = nameParts(short);
  const pl = nameParts(long);
  if (pl.length < 2) return false;
  if (ps.length === 1) return pl.includes(ps[0]!);
  for (let k = 0; k + ps.length <= pl.length; k++) if (ps.every((p, i) => pl[k + i] === p)) return true;
  return false;
}

/** The entity type of a group of local mentions: a person cue decides, then the strongest candidates' type. */
export function clusterType(mentions: readonly Candidate[]): EntityType {
  if (mentions.some((m) => m.type === 'PERSON' && m.source === 'cue')) return 'PERSON';
  const votes = new Map<EntityType, number>();
  for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + m.strength);
  let best: EntityType = mentions[0]!.type;
  for (const [t, v] of votes) if (v > (votes.get(best) ?? 0)) best = t;
  return best;
}
