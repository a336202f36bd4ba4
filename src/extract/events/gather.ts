/**
 * Which phrases of a sentence are a trigger's arguments. Case-marked phrases of its clause before it, from its
 * nearest subject on (a topic further left belongs to a higher verb: 唐靖遠は、習近平が…招待した); adnominal ones
 * (Xによる, Xへの, Xとの, Xの) only right before its own phrase; an argument that names nothing hands its role to
 * the name that owns it (国王の声明を歓迎 → 国王, 韓国との関係を断絶 → 韓国); a missing subject or object comes from
 * the clause before (…を解任し、…調査している), a relative clause's head (会議に出席していた総裁, predicates.ts),
 * or the running topic of the article.
 */
import type { Case, Frame } from './frames.js';
import { firstAt, type Item } from './items.js';
import { ADNOMINAL } from './markers.js';
import { scopesOver, verbBetween } from './predicates.js';
import type { Phrase } from './phrases.js';
import type { Arg } from './arguments.js';
import { AGENTIVE_END, PEOPLE, SPEAKS_FOR } from './words.js';

/** Where a trigger stands in its sentence, and what that tells about the phrases that can be its arguments. */
export interface TriggerSite {
  at: number;
  /** Item index where the trigger starts and ends (exclusive). */
  first: number;
  end: number;
  /** The noun phrase the trigger stands in (its compound), if it is a noun. */
  own: Phrase | null;
  clauseStart: number;
  frame: Frame;
  /** The trigger is itself the subject (デモがあった): no other phrase is. */
  selfSubject: boolean;
  passive: boolean;
  /** Where the verb group after the trigger ends (item index), for a relative clause's head. */
  predEnd: number;
  /** The trigger's clause runs on into the next (…会談を行い、…と表明した): it narrates, it is not yet the speech. */
  chained: boolean;
  /** What the trigger acts on is a person (an arrest, a trial): an unnamed object is not its owner. */
  personal?: boolean;
  /** The act is done to people (an arrest, a trial, a dismissal, an investigation): the people it is announced
   * about are its targets (AとBの2人について解任を発表). */
  onPeople?: boolean;
  /** The kind of object the trigger rules on (控訴, 請求): its owner is the party (山本被告の控訴を棄却). */
  objects?: RegExp | null;
}

const GAP_POS = new Set(['形容詞', '連体詞', '副詞', '接頭詞']);
/** Staff who act for a body (not its head: 大統領 is someone of his own). */
const OFFICIALS = /(報道官|報道担当者|当局者|関係者|高官|幹部|スポークスマン|広報担当者?|担当者|職員)$/;
/** Places named by where they lie from another (台湾の南で, 宮城県の沖合で): the other place is the location. */
const VICINITY = /^(南|北|東|西|南東|南西|北東|北西|沖|沖合|近く|付近|周辺|近海|上空|南部|北部|東部|西部|中部|近郊|国境)$/;
const GOODS = new Set(['COMMODITY', 'PRODUCT']);
/** A vote that carries a decision (AとBの賛成により可決): whose vote it is decides. */
const VOTE = /^(賛成|賛成多数|反対|反対多数)$/;
/** A count of people (3人, 計5人, 全員): its genitive names who they are (AとBの2人). */
const HEADCOUNT = /([0-9０-９一二三四五六七八九十数]+人|全員|両名|両氏)$/;
const ORIGIN_FRAMES: ReadonlySet<Frame> = new Set<Frame>(['trade', 'pledge', 'directed']);

/** Whether only adjectives and the like stand between `from` and `to` (大規模なデモ, 新たな制裁). */
function reaches(items: readonly Item[], text: string, from: number, to: number): boolean {
  if (from === to) return true;
  for (let k = Math.max(0, firstAt(items, from) - 1); k < items.length; k++) {
    const it = items[k]!;
    if (it.start >= to) break;
    if (it.end <= from) continue;
    const next = items[k + 1];
    const na = next && next.pos === '助動詞' && text.slice(next.start, next.end) === 'な';
    const adj = GAP_POS.has(it.pos) || (it.pos === '名詞' && (it.pos1 === '形容動詞語幹' || na)) || (it.pos === '助動詞' && /^(な|の)$/.test(text.slice(it.start, it.end)));
    if (!adj) return false;
  }
  return true;
}

function caseOf(p: Phrase, last: Phrase, site: TriggerSite): Case | null {
  if (p.markerWord === 'として' && p.head && (site.frame === 'directed' || site.frame === 'self')) return 'agt';
  if (p.markerWord === 'との' && site.frame === 'directed') return 'tgt';
  // AとBの2人について解任を発表した: the people an act on people is announced about are the ones it is done to.
  const about = p.groupKind === 'about' && last.markerWord === 'について';
  if (about && site.onPeople && site.frame === 'directed' && p.head?.entity.type === 'PERSON') return 'tgt';
  return p.groupCase;
}

/** The last phrase of `p`'s coordinated group. */
function lastOfGroup(list: readonly Phrase[], p: Phrase): Phrase {
  let last = p;
  for (let k = list.indexOf(p) + 1; k < list.length; k++) if (list[k]!.group === p.group) last = list[k]!;
  return last;
}

/** The phrases that modify `p` adnominally (its owner: Xの, Xとの, Xに対する), as a group. */
function owners(list: readonly Phrase[], items: readonly Item[], text: string, p: Phrase): Phrase[] {
  const idx = list.indexOf(p);
  for (let k = idx - 1; k >= 0; k--) {
    const q = list[k]!;
    if (ADNOMINAL.has(q.markerWord) && reaches(items, text, q.markerEnd, p.start)) return list.filter((r) => r.group === q.group && !r.modifier || r === q);
    if (q.end <= p.start) break;
  }
  return [];
}

/**
 * The arguments of the trigger at `site`: each phrase of its clause that reaches it, with the case it fills (after
 * possessor raising); `sameRegion` keeps phrases on the trigger's side of a quote, `named` tells a phrase that names
 * an entity.
 */
export function gatherArgs(
  list: readonly Phrase[], items: readonly Item[], text: string, site: TriggerSite, sameRegion: (p: Phrase) => boolean,
  named: (p: Phrase) => boolean,
): Arg[] {
  const ownStart = site.own ? site.own.start : site.at;
  const args: Arg[] = [];
  for (const p of list) {
    if (p.start < site.clauseStart || p.markerEnd > site.at || !sameRegion(p)) continue;
    // A modifier is no participant, but the origin it names is (B国産の小麦を購入: B国 is the counterpart).
    if (p.modifier && !(p.origin && ORIGIN_FRAMES.has(site.frame))) continue;
    if (site.own && p.first >= site.own.first && p.last <= site.own.last) continue;
    // A group reaches as far as its last member (AとBの関係について: not A either) or the count it reads through
    // to (AとBの2人の解任: B too).
    const last = p.tail ?? lastOfGroup(list, p);
    let c = caseOf(p, last, site);
    // Goods and their origin name the trade or pledge whatever particle the list ends in (大豆2千万トン、…を購入).
    const goods = (site.frame === 'trade' || site.frame === 'pledge') && (p.origin !== null || (p.head !== null && GOODS.has(p.head.entity.type)));
    if (goods) c = 'acc';
    if (!c) continue;
    // AとBの2人を: a の read through to a count (phrases.ts) is apposition, not a modifier of what follows.
    const apposed = p.markerWord === 'の' && p.groupCase !== null && p.groupCase !== 'gen';
    if (!goods && !apposed && ADNOMINAL.has(last.markerWord) && !reaches(items, text, last.markerEnd, ownStart)) continue;
    if (site.selfSubject && c === 'subj') continue;
    // …には (a topic) is no passive's agent: 訪問団には…拉致された被害者.
    if (c === 'dat' && p.topic && site.passive) continue;
    // A phrase belongs to the first verb after it; a comma after it lets it reach further (Xに対し、…歓迎した).
    if (c !== 'subj' && !p.topic && text[p.markerEnd] !== '、' && verbBetween(items, p.markerEnd, ownStart, text)) continue;
    args.push({ phrase: p, case: c });
  }
  // The nearest subject that reaches the trigger is its own; a topic further left belongs to a higher verb, and
  // the subject of a conditional or relative clause (合同演習が続けば) stops at its verb.
  const subj = args.filter((a) => a.case === 'subj');
  if (subj.length) {
    const reach = subj.filter((a) => scopesOver(items, a.phrase, site.at));
    const g = (reach.length ? reach : subj)[(reach.length ? reach : subj).length - 1]!.phrase.group;
    for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj' && args[k]!.phrase.group !== g) args.splice(k, 1);
  }
  // Possessor raising: an object that names nothing gives its role to whoever owns it; so does an unnamed
  // spokesman or official to the body he speaks for (中国外務省の報道官は).
  for (const a of [...args]) {
    // …but not people of their own (盧氏の実兄らを逮捕: the brother is arrested, not 盧氏).
    const people = PEOPLE.test(a.phrase.text);
    // One arrests or tries a person: 富山県警の警部補を逮捕 arrests the officer, not the force he serves in — but
    // AとBの2人を逮捕 arrests A and B.
    // A filing ruled on is its filer's (山本被告の控訴を棄却, 原告の請求は棄却された).
    const filing = site.objects?.test(a.phrase.text) === true;
    const personal = site.personal && !HEADCOUNT.test(a.phrase.text) && !filing;
    const raise = ((a.case === 'acc' || a.case === 'tgt' || a.case === 'gen') && !people && !personal) || (a.case === 'subj' && (SPEAKS_FOR.test(a.phrase.text) || (site.passive && filing)))
      || (a.case === 'loc' && VICINITY.test(a.phrase.text)) || (a.case === 'agt' && VOTE.test(a.phrase.text));
    if (!raise || named(a.phrase)) continue;
    const own = owners(list, items, text, a.phrase);
    // 政府によるデモ弾圧の批判: the genitive names what is acted on, so its owner is the target, not the critic.
    const raised: Case = a.case === 'gen' && site.frame === 'directed' && !AGENTIVE_END.test(a.phrase.text) ? 'tgt' : a.case;
    for (const o of own) if (!args.some((b) => b.phrase === o)) args.push({ phrase: o, case: raised });
    // The spokesman speaks for the ministry: the ministry is the party, he is not a second one.
    if (own.length && a.case === 'subj') args.splice(args.indexOf(a), 1);
    // 評議会では…幹部が会い: officials with no owner named act for the body the sentence is about.
    if (!own.length && a.case === 'subj' && OFFICIALS.test(a.phrase.text)) {
      const topic = list.slice(0, list.indexOf(a.phrase)).reverse().find((p) => (p.topic || p.markerWord === 'は') && p.head && p.head.entity.type === 'ORG');
      if (topic) args.push({ phrase: topic, case: 'subj' });
    }
  }
  return args;
}
