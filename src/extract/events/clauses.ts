/**
 * Clauses of a sentence: it breaks after a comma that follows a clause-final form (行い、 招待し、 発表したが、
 * であり、 なく、), never after a compound particle (に対し、 において、 をめぐり、). A clause that ends in a
 * continuative form hands its tense to the next one (電話会談を行い、…招待した: both past).
 */
import type { Item } from './items.js';
import { CLAUSE_NOUNS, PARTICLE_VERBS } from './words.js';

export interface Clause {
  /** Item indices [first, last] (the comma that ends it included). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The clause ends in a continuative form: its tense is the next clause's. */
  continues: boolean;
  /** The clause is what someone alleges (…したとして、): the sentence's topic is not its subject. */
  alleged?: boolean;
}

const CONJUNCTIVE = new Set(['て', 'で', 'が', 'ので', 'のに', 'けれど', 'けれども', 'けど', 'ば', 'ても', 'でも', 'し', 'から', 'ものの', 'たら', 'と', 'ながら']);

/** Whether the item before a comma ends a clause, and whether that clause continues into the next. */
function particleVerb(items: readonly Item[], k: number, text: string): boolean {
  const need = PARTICLE_VERBS.get(items[k]!.base);
  const prev = items[k - 1];
  return !!need && !!prev && prev.pos === '助詞' && text.slice(prev.start, prev.end) === need;
}

function ending(text: string, items: readonly Item[], k: number): { ends: boolean; continues: boolean; alleged?: boolean } {
  const it = items[k]!;
  const before = items[k - 1];
  if (it.pos === '名詞' && CLAUSE_NOUNS.has(it.base) && before && (before.pos === '動詞' || before.pos === '助動詞')) {
    return { ends: true, continues: false };
  }
  if (it.pos === '動詞' || it.pos === '形容詞' || (it.pos === '助動詞' && it.form.startsWith('連用'))) {
    if (!it.form.startsWith('連用')) return { ends: false, continues: false };
    if (particleVerb(items, k, text)) return { ends: false, continues: false };
    return { ends: true, continues: true };
  }
  if (it.pos === '助詞' && it.base === 'も' && before?.pos === '助詞' && /^(て|で|として)$/.test(before.base)) return { ends: true, continues: false };
  // …を販売したとして、 (an allegation) ends a clause whose subject is not the sentence's topic.
  if (it.pos === '助詞' && (it.base === 'として' || (it.base === 'て' && before?.base === 'する' && items[k - 2]?.base === 'と'))) return { ends: true, continues: false, alleged: true };
  if (it.pos === '助詞' && it.pos1 === '接続助詞' && CONJUNCTIVE.has(it.base)) {
    if ((it.base === 'て' || it.base === 'で') && k > 1 && particleVerb(items, k - 1, text)) {
      return { ends: false, continues: false };
    }
    return { ends: true, continues: it.base === 'て' || it.base === 'で' };
  }
  return { ends: false, continues: false };
}

/** The clauses of a sentence's items, in order, covering all of them. */
export function clauses(text: string, items: readonly Item[], title = false): Clause[] {
  const out: Clause[] = [];
  let first = 0;
  for (let k = 0; k < items.length; k++) {
    const s = text.slice(items[k]!.start, items[k]!.end);
    // In a headline a space ends a part as a comma does (台湾海峡で大規模演習 米国防総省が批判).
    const space = title && (/^[\s\u3000]+$/.test(s) || (k > 0 && items[k]!.start > items[k - 1]!.end));
    if ((s !== '、' && !space) || k === 0) continue;
    // In a headline every comma ends a clause: グルジアが南オセチアに侵攻、ロシア軍が応戦.
    const { ends, continues, alleged } = title ? { ends: true, continues: false, alleged: false } : ending(text, items, k - 1);
    if (!ends) continue;
    const last = space && s !== '、' && !/^[\s\u3000]+$/.test(s) ? k - 1 : k;
    out.push({ first, last, start: items[first]!.start, end: items[last]!.end, continues, alleged: alleged ?? false });
    first = last + 1;
  }
  if (first < items.length) {
    out.push({ first, last: items.length - 1, start: items[first]!.start, end: items[items.length - 1]!.end, continues: false });
  }
  return out;
}

/** The clause holding item `i`. */
export function clauseOf(list: readonly Clause[], i: number): number {
  for (let c = 0; c < list.length; c++) if (i <= list[c]!.last) return c;
  return list.length - 1;
}
