/**
 * What a pronoun or a plural reference in an English event clause stands for: it / we / they inside someone's
 * words are the speaker (China's defence ministry said it had dismissed …); he / she the speaker when a person,
 * else the last person named as a subject; `the two leaders` / `both countries` / `the two sides` the last two
 * people (countries, anyone) named before — for leaders, presidents and ministers the last two holding such a
 * title when two do.
 */
import type { Entity, Quote } from '../../../analysis/contract.js';
import type { EnView } from './sentence.js';
import type { Word } from './words.js';

const KINDS: Readonly<Record<string, readonly string[]>> = {
  leaders: ['PERSON'], presidents: ['PERSON'], ministers: ['PERSON'], men: ['PERSON'],
  countries: ['GPE'], nations: ['GPE'], governments: ['GPE', 'ORG'], sides: ['PERSON', 'GPE', 'ORG'],
};

/** Titles that make a person one of `the two leaders`, `presidents` or `ministers` (an analyst quoted last is not). */
const TITLED: Readonly<Record<string, RegExp>> = {
  leaders: /president|prime minister|premier|chancellor|king|queen|leader|general secretary|chairman|supreme/i,
  presidents: /president/i,
  ministers: /minister|secretary/i,
};

function entityOf(view: EnView, id: string | null): Entity | null {
  return id ? view.mentions.find((m) => m.entity.id === id)?.entity ?? null : null;
}

/** The entities word k of `words` refers to (none when it is no reference or names nothing known). */
export function referents(view: EnView, words: readonly Word[], k: number, quote: Quote | null): Entity[] {
  const w = words[k]!.lower;
  const speaker = entityOf(view, quote?.speaker ?? null);
  if (w === 'it' || w === 'we' || w === 'they') return speaker ? [speaker] : [];
  if (w === 'he' || w === 'she') {
    if (speaker?.type === 'PERSON') return [speaker];
    return view.lastPerson ? [view.lastPerson] : [];
  }
  if (w !== 'two' && w !== 'both') return [];
  const noun = words[k + 1]?.lower ?? '';
  const kinds = KINDS[noun];
  if (!kinds) return [];
  const titled = TITLED[noun];
  // the last two named before who hold such a title; failing that, the last two of the kind
  const pick = (fits: (e: Entity) => boolean): Entity[] => {
    const out: Entity[] = [];
    for (let i = view.mentions.length - 1; i >= 0 && out.length < 2; i--) {
      const m = view.mentions[i]!;
      if (m.start >= words[k]!.start || !kinds.includes(m.entity.type) || out.includes(m.entity) || !fits(m.entity)) continue;
      out.push(m.entity);
    }
    return out.length === 2 ? out : [];
  };
  const byTitle = titled ? pick((e) => e.roles.some((r) => titled.test(r.title))) : [];
  return byTitle.length ? byTitle : pick(() => true);
}
