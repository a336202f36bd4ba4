/**
 * Noun phrases of a sentence and the particles that mark them: the head entity of each phrase (トランプ大統領 →
 * its mention of トランプ; 中国外務省 with only 中国 linked → no head), coordination (AおよびB, A・B, AとBを, A、Bら),
 * genitive modifiers read through (米国のトランプ大統領およびロシアのプーチン大統領と: both take と).
 */
import type { EntityType } from '../../analysis/contract.js';
import type { Case } from './frames.js';
import { nominal, type Item, type MentionRef } from './items.js';
import { markerAt, type MarkerKind } from './markers.js';
import { AGENT_TAILS, ORIGIN_TAILS, PEOPLE, TITLE_PREFIXES, TITLES } from './words.js';

export interface Phrase {
  start: number;
  end: number;
  /** Item indices [first, last]. */
  first: number;
  last: number;
  text: string;
  head: MentionRef | null;
  /** A place named as the origin of goods inside the phrase (米国産). */
  origin: MentionRef | null;
  /** A body named inside a post (控訴裁判事, 国連大使): the phrase is a person, the body is where the post is. */
  post: MentionRef | null;
  /** The particle after the phrase itself, and how it is written. */
  marker: MarkerKind | null;
  markerWord: string;
  markerEnd: number;
  topic: boolean;
  /** The case of the whole coordinated group, known once groups are formed. */
  groupCase: Case | null;
  groupKind: MarkerKind | null;
  group: number;
  /** A genitive modifier of the next phrase (米国の in 米国のトランプ大統領): never a participant itself. */
  modifier: boolean;
  /** The plural word or head count the group reads through to (AとBの|2人|を, AやBなど|3人|を), whose particle it takes. */
  tail: Phrase | null;
}

const CASES: ReadonlySet<string> = new Set(['subj', 'acc', 'dat', 'com', 'abl', 'loc', 'all', 'agt', 'tgt', 'gen']);
const PLURAL_TAIL = new Set(['双方', '両者', '両国', '両首脳', '両氏', '両方', '全員', '各国', '両政府']);
/** A count of people after a list of names (AとBの2人, A、Bの両容疑者, AやBなど計3人): they are the people counted. */
const PEOPLE_COUNT = /^(?:計|合わせて)?(?:[0-9０-９一二三四五六七八九十数]+人|両(?:氏|名|容疑者|被告|被告人))$/;
/** The same with who they are (乗組員3人, 活動家ら5人): a list of persons before it names them. */
const PEOPLE_COUNTED = /^[\u4E00-\u9FFF\u30A0-\u30FF]{1,5}?(?:ら)?(?:計)?[0-9０-９一二三四五六七八九十数]+人$/;
/** A person with others counted after him (A容疑者ら3人, A氏ら活動家5人): the named one still heads the phrase. */
const COUNTED_OTHERS = /ら(?:計)?[\u4E00-\u9FFF\u30A0-\u30FF]{0,5}?[0-9０-９一二三四五六七八九十数]+人$/;

/** Parts of a place that still name it: トルコ南部, 宮城県沖, バンコク市内. */
const PLACE_TAIL = /^(北部|南部|東部|西部|中部|北東部|北西部|南東部|南西部|東岸|西岸|沖|沖合|周辺|近郊|市内|国内|全土|各地|付近|一帯|沿岸|上空|国境付近|領内|首都)$/;
/** A bench of a court rules for it: 最高裁第一小法廷, 東京地裁刑事第3部. */
const BENCH_TAIL = /^(?:第[0-9０-９一二三四五六七八九十]+)?(?:小法廷|大法廷)$|^(?:刑事|民事)?第?[0-9０-９一二三四五六七八九十]+部$/;

/** Whether `rest` (a phrase's text after its last mention) leaves the mention the head: titles, 政府, numbers. */
function transparentTail(rest: string, person: boolean): boolean {
  let r = (person ? rest.replace(COUNTED_OTHERS, '') : rest).replace(/(ら両氏|ら|など|側|両氏)$/, '').replace(PLACE_TAIL, '');
  if (r === '' || AGENT_TAILS.has(r) || BENCH_TAIL.test(r) || /^[0-9０-９.,，万千百億兆]+[^0-9０-９]{0,2}$/.test(r)) return true;
  for (const p of TITLE_PREFIXES) if (r.startsWith(p) && r.length > p.length) r = r.slice(p.length);
  for (let n = Math.min(7, r.length); n >= 1; n--) if (TITLES.has(r.slice(r.length - n))) return true;
  return false;
}

function headOf(text: string, items: readonly Item[], first: number, last: number): { head: MentionRef | null; origin: MentionRef | null; post: MentionRef | null } {
  let origin: MentionRef | null = null;
  let post: MentionRef | null = null;
  let head: MentionRef | null = null;
  let alias: MentionRef | null = null;
  for (let i = first; i <= last; i++) {
    const m = items[i]!.mention;
    if (!m) continue;
    if (items[i]!.paren) {
      // Only a gloss that is the name alone: （ロシア連邦軍）, not （54歳、大阪市在住）.
      const open = items[i - 1];
      const close = items[i + 1];
      if (open && close && /^[（(]$/.test(text.slice(open.start, open.end)) && /^[）)]$/.test(text.slice(close.start, close.end))) alias ??= m;
      continue;
    }
    const next = items[i + 1];
    if (next && i + 1 <= last && ORIGIN_TAILS.has(text.slice(next.start, next.end))) origin = m;
    // What follows the mention: paren glosses are skipped, and so are bodies named inside a title (国連次席大使).
    let rest = '';
    for (let k = i + 1; k <= last; k++) {
      const it = items[k]!;
      if (it.paren || (it.mention && it.mention.entity.type !== 'PERSON' && m.entity.type === 'PERSON')) continue;
      rest += text.slice(it.start, it.end);
    }
    if (!transparentTail(rest, m.entity.type === 'PERSON')) continue;
    // A place or body followed by a person's title (ネパール国王) names the person, not the place.
    if (m.entity.type !== 'PERSON' && rest !== '' && personTitle(rest)) {
      post = m;
      if (!head || head.entity.type !== 'PERSON') head = null;
      continue;
    }
    if (!head || head.entity.type !== 'PERSON' || m.entity.type === 'PERSON') head = m;
  }
  // A mention inside a gloss stands for the phrase when nothing else does: 平和維持部隊（ロシア連邦軍）.
  if (!head && alias) {
    let plain = '';
    for (let k = first; k <= last; k++) if (!items[k]!.paren) plain += text.slice(items[k]!.start, items[k]!.end);
    if (!/[0-9０-９]/.test(plain)) head = alias;
  }
  return { head, origin, post };
}

/** Whether `rest` ends in a title that names a person (大統領, 国王, 次席大使), not a body (政府, 当局). */
export function personTitle(rest: string): boolean {
  const r = rest.replace(/(ら両氏|ら|など|側|両氏)$/, '');
  if (AGENT_TAILS.has(r)) return false;
  for (let n = Math.min(7, r.length); n >= 1; n--) if (TITLES.has(r.slice(r.length - n))) return true;
  return false;
}

/** Broad classes for coordination with 、: people with people, places and bodies with each other. */
function sameClass(a: EntityType, b: EntityType): boolean {
  const person = (t: EntityType) => t === 'PERSON';
  return person(a) === person(b);
}

/** The noun phrases of the sentence's `items`, with markers and coordinated groups. */
export function phrases(text: string, items: readonly Item[], title = false): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!nominal(items[i]!) || (items[i]!.paren && !items[i]!.mention)) continue;
    let j = i;
    while (j + 1 < items.length && nominal(items[j + 1]!)) j++;
    const start = items[i]!.start;
    const end = items[j]!.end;
    const { head, origin, post } = headOf(text, items, i, j);
    const mk = markerAt(text, end);
    out.push({
      start, end, first: i, last: j, text: text.slice(start, end), head, origin, post,
      marker: mk?.kind ?? null, markerWord: mk?.word ?? '', markerEnd: mk?.end ?? end, topic: mk?.topic ?? false,
      groupCase: null, groupKind: null, group: out.length, modifier: false, tail: null,
    });
    i = j;
  }
  // A headline opens with its subject and a comma (北朝鮮、韓国との関係断絶を宣言); a headline speaker stands
  // right before the words (米国防総省「挑発的だ」と批判).
  for (const p of title ? out : []) {
    const opening = p === out[0] && p.first === 0 && p.marker === 'coord' && p.markerWord === '、';
    if (opening || (p.marker === null && p.head && text[p.end] === '「')) {
      p.marker = 'subj';
      p.markerWord = 'は';
    }
  }
  group(text, out);
  return out;
}

/** The phrase starting exactly at `at` (after one optional 、 or その: Aとその側近), if any. */
function phraseAt(list: readonly Phrase[], from: number, at: number, text: string): number {
  const skip = text.startsWith('その', at) ? 2 : text[at] === '、' ? 1 : 0;
  for (let k = from; k < list.length && list[k]!.start <= at + skip; k++) {
    if (list[k]!.start === at || list[k]!.start === at + skip) return k;
  }
  return -1;
}

function group(text: string, list: Phrase[]): void {
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.marker === 'gen') {
      const n = phraseAt(list, i + 1, p.markerEnd, text);
      if (n >= 0 && list[n]!.head) p.modifier = true;
    }
  }
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p.marker !== 'coord' && p.marker !== 'and-with') continue;
    let n = phraseAt(list, i + 1, p.markerEnd, text);
    while (n >= 0 && list[n]!.modifier) n = phraseAt(list, n + 1, list[n]!.markerEnd, text);
    const q = n >= 0 ? list[n]! : null;
    const word = text.slice(p.end, p.markerEnd);
    let joins = false;
    if (q && p.head && q.head) joins = !word.endsWith('、') || sameClass(p.head.entity.type, q.head.entity.type);
    else if (q && p.head && word.endsWith('と') && PEOPLE.test(q.text)) joins = true;
    else if (q && word !== '、' && !word.endsWith('と')) joins = true;
    if (joins && q) q.group = p.group;
    else if (p.marker === 'and-with') p.marker = 'com';
  }
  // A group's case is the case of its last member; 〜の双方と, AとBの2人を, AやBなど3人を read through to the
  // plural word's particle.
  const lastOf = new Map<number, Phrase>();
  for (const p of list) lastOf.set(p.group, p);
  for (const [g, last] of lastOf) {
    let kind = last.marker;
    const tail = tailOf(list, last, text);
    if (tail) kind = tail.marker;
    for (const p of list) {
      if (p.group !== g) continue;
      p.groupKind = kind;
      p.groupCase = kind && CASES.has(kind) ? (kind as Case) : kind === 'and-with' ? 'com' : null;
      if (!tail || p === tail) continue;
      p.tail = tail;
      // People counted: a place or body in the list only describes them (not a party of its own).
      if (PEOPLE_COUNT.test(tail.text) && p.head && p.head.entity.type !== 'PERSON') p.modifier = true;
    }
    if (tail) {
      tail.group = g;
      tail.modifier = true;
    }
  }
}

/** The plural word or people count the group ending in `last` reads through to (…の両国, …の2人, …など3人), if any. */
function tailOf(list: readonly Phrase[], last: Phrase, text: string): Phrase | null {
  let at = -1;
  if (last.marker === 'gen') at = last.markerEnd;
  else if (last.marker === null && last.head && text.startsWith('など', last.end)) at = last.end + 2;
  if (at < 0) return null;
  const n = phraseAt(list, list.indexOf(last) + 1, at, text);
  const q = n >= 0 ? list[n]! : null;
  if (!q || q.head) return null;
  if (PLURAL_TAIL.has(q.text)) return q;
  // A count stands for the people the list names (AとBの2人; A、B、Cの乗組員3人), not for a body (赤新月社の25人).
  const named = list.filter((p) => p.group === last.group && p.head);
  if (!named.length) return null;
  const people = named.every((p) => p.head!.entity.type === 'PERSON');
  return PEOPLE_COUNT.test(q.text) || (people && PEOPLE_COUNTED.test(q.text)) ? q : null;
}
