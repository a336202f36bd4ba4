/**
 * Noun phrases that name no entity themselves but refer to one: 両首脳 / 両国 (the two just named), 同氏 / 同国
 * (the last of its kind), a bare title (国王は, 首相は: the last person who bears it) and, inside a quote,
 * 我々 / 私 (its speaker).
 */
import type { Entity, EntityType } from '../../analysis/contract.js';
import type { MentionRef } from './items.js';
import { shippedKb } from '../../kb/load.js';
import { FIRST_PERSON, TITLE_PREFIXES, TITLES } from './words.js';

/** What a referring phrase resolves to. */
export interface Referent {
  entities: Entity[];
}

type Kind = 'person' | 'place' | 'body';

const PLURAL: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['両首脳', 'person'], ['両外相', 'person'], ['両首相', 'person'], ['両大統領', 'person'], ['両氏', 'person'],
  ['両者', 'person'], ['双方', 'person'], ['両国首脳', 'person'], ['両国', 'place'], ['両政府', 'place'], ['両党', 'body'],
  ['両軍', 'body'], ['両社', 'body'], ['両首脳ら', 'person'], ['両国外相', 'person'],
]);

const SAME = /^同(氏|国|党|社|省|大統領|首相|国王|委員会|団体|政府|庁|局|機構|組織|大使|長官|司令官|議長|主席|総書記)$/;

function kindOf(t: EntityType): Kind {
  if (t === 'PERSON') return 'person';
  if (t === 'GPE' || t === 'LOC') return 'place';
  return 'body';
}

function kindOfWord(w: string): Kind {
  if (/^(国|政府)$/.test(w)) return 'place';
  if (/^(党|社|省|委員会|団体|庁|局|機構|組織)$/.test(w)) return 'body';
  return 'person';
}

/** Whether `e` is a place inside a country the knowledge base knows (東京, 北海道): not one of 両国. */
function subnational(e: Entity): boolean {
  return e.id.startsWith('kb:') && (shippedKb().get(e.id.slice(3))?.country ?? null) !== null;
}

/** The last `n` distinct entities of `kind` (that `fits`) mentioned before `at`, most recent first. */
function lastOfKind(mentions: readonly MentionRef[], at: number, kind: Kind, n: number, fits: (e: Entity) => boolean = () => true): Entity[] {
  const out: Entity[] = [];
  let i = upperBound(mentions, at) - 1;
  for (; i >= 0 && out.length < n; i--) {
    const e = mentions[i]!.entity;
    if (kindOf(e.type) === kind && fits(e) && !out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * The person before `at` who bears `title` (a mention ending in it, or a role with it): the one the article has
 * named most so far — its protagonist, not a predecessor named in passing —, the latest on a tie.
 */
function lastWithTitle(mentions: readonly MentionRef[], at: number, title: string, text: string): Entity | null {
  const count = new Map<Entity, number>();
  let best: Entity | null = null;
  for (let i = upperBound(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.entity.type !== 'PERSON') continue;
    const bears = text.slice(m.start, m.end).endsWith(title) || text.slice(m.end, m.end + title.length) === title
      || m.entity.roles.some((r) => r.title === title || r.title.endsWith(title));
    if (!bears && !count.has(m.entity)) continue;
    count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
    if (!best || count.get(m.entity)! > count.get(best)!) best = m.entity;
  }
  return best;
}

/** The first person after `at` who bears `title` (a headline naming 国王 before the body names him). */
function nextWithTitle(mentions: readonly MentionRef[], at: number, title: string, text: string): Entity | null {
  for (let i = upperBound(mentions, at); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.entity.type !== 'PERSON') continue;
    if (text.slice(m.start, m.end).endsWith(title) || text.slice(m.end, m.end + title.length) === title) return m.entity;
    if (m.entity.roles.some((r) => r.title === title || r.title.endsWith(title))) return m.entity;
  }
  return null;
}

/** Index of the first mention starting at or after `at`. */
function upperBound(mentions: readonly MentionRef[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What `phrase` (a noun phrase with no entity of its own, starting at `at`) refers to, or null.
 * `speaker` is the entity of the quote the phrase stands in, if any.
 */
export function resolve(phrase: string, at: number, mentions: readonly MentionRef[], text: string, speaker: Entity | null): Referent | null {
  const plural = PLURAL.get(phrase);
  if (plural) {
    // 両国, 両政府: two countries — the city where they met (東京) is none of them
    const countries = plural === 'place' ? lastOfKind(mentions, at, plural, 2, (e) => !subnational(e)) : [];
    const two = countries.length === 2 ? countries : lastOfKind(mentions, at, plural, 2);
    return two.length === 2 ? { entities: two.reverse() } : null;
  }
  const same = SAME.exec(phrase);
  if (same) {
    const word = same[1]!;
    if (TITLES.has(word) && word !== '氏') {
      const e = lastWithTitle(mentions, at, word, text);
      if (e) return { entities: [e] };
    }
    const one = lastOfKind(mentions, at, kindOfWord(word), 1);
    return one.length ? { entities: one } : null;
  }
  if (speaker && FIRST_PERSON.has(phrase)) return { entities: [speaker] };
  // A phrase ending in a person's title with no name of its own (ネパール国王, 韓国大統領): whoever bears it.
  const titled = TITLE_OF.exec(phrase);
  if (titled && titled[0] !== phrase && titled[0] !== '氏') {
    if (/^(次期|新た|新|暫定|後任)/.test(phrase)) return null;
    return someone(mentions, at, titled[0], text);
  }
  let bare = phrase;
  for (const p of TITLE_PREFIXES) if (bare.startsWith(p) && bare.length > p.length && p !== '同') bare = bare.slice(p.length);
  if (TITLES.has(bare)) {
    if (bare === '氏') {
      const one = lastOfKind(mentions, at, 'person', 1);
      return one.length ? { entities: one } : null;
    }
    return someone(mentions, at, bare, text);
  }
  return null;
}

function someone(mentions: readonly MentionRef[], at: number, title: string, text: string): Referent | null {
  const e = lastWithTitle(mentions, at, title, text) ?? nextWithTitle(mentions, at, title, text);
  return e ? { entities: [e] } : null;
}

/** The longest person title a phrase ends with. */
const TITLE_OF = new RegExp(`(?:${[...TITLES].filter((t) => t.length > 1).sort((a, b) => b.length - a.length).join('|')})$`);
