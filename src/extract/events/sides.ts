/**
 * Sides: who acts for whom, for telling that two records state one event in other words — a country and its armed
 * forces (グルジアが侵攻 / グルジア軍が攻撃), a leader and his country (イ大統領を非難 / 韓国を非難), a party and its
 * secretary-general (民主党は批判 / 鳩山幹事長は批判). A person acts for the organisations and countries of his
 * posts (stated in the article, or current in the knowledge base); a state body for its country.
 */
import type { Entity } from '../../analysis/contract.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';

/** Whether two entity ids stand for the same side. */
export type SameSide = (a: string, b: string) => boolean;

/** Words after a country's name that make a body of that state (グルジア軍, 韓国政府, ロシア当局). */
const STATE_BODY = /^(軍|国軍|陸軍|海軍|空軍|軍部|政府|当局|政権|側)$/;

function kbEntry(kb: KnowledgeBase | null, id: string) {
  return kb && id.startsWith('kb:') ? kb.get(id.slice(3)) : undefined;
}

/** For every entity of an article, the ids it acts for (worked out on the first question: most articles ask none). */
export function sideRelation(entities: readonly Entity[], kb: KnowledgeBase | null): SameSide {
  let reps: Map<string, Set<string>> | null = null;
  return (a, b) => {
    if (a === b) return true;
    reps ??= representations(entities, kb);
    return (reps.get(a)?.has(b) ?? false) || (reps.get(b)?.has(a) ?? false);
  };
}

function representations(entities: readonly Entity[], kb: KnowledgeBase | null): Map<string, Set<string>> {
  const places: { id: string; forms: string[] }[] = [];
  for (const e of entities) if (e.type === 'GPE') places.push({ id: e.id, forms: [...new Set([e.name, ...Object.values(e.names), ...e.mentions.map((m) => m.text)])] });
  const reps = new Map<string, Set<string>>();
  for (const e of entities) {
    const out = new Set<string>();
    const entry = kbEntry(kb, e.id);
    if (e.type === 'PERSON') {
      for (const r of e.roles) if (r.org && !r.former) out.add(r.org);
      for (const r of entry?.roles ?? []) if (r.org && !r.to) out.add(`kb:${r.org}`);
    } else if (e.type === 'ORG') {
      if (entry?.country) out.add(`kb:${entry.country}`);
      for (const p of places) if (p.forms.some((f) => f && e.name.startsWith(f) && STATE_BODY.test(e.name.slice(f.length)))) out.add(p.id);
    }
    if (out.size) reps.set(e.id, out);
  }
  return reps;
}

/** Entities count only as themselves (for callers without entity information). */
export const SELF_ONLY: SameSide = (a, b) => a === b;
