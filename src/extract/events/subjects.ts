/**
 * Subjects a clause leaves unsaid: the head of the relative clause the trigger modifies, the subject of an earlier
 * clause that still reaches it, the speaker of an announcement, or the article's running topic (updated sentence
 * by sentence).
 */
import type { Entity, Quote } from '../../analysis/contract.js';
import { entitiesOf, type Arg } from './arguments.js';
import type { TriggerSite } from './gather.js';
import { scopesOver } from './predicates.js';
import type { Phrase } from './phrases.js';
import type { DocView, Parsed } from './view.js';

const MEDIA = /(新聞|新聞社|紙|通信|通信社|放送|テレビ|ニュース|タイムズ|ポスト|ジャーナル|BBC|CNN|ロイター|AP|AFP|聯合|共同|時事|中央日報|東亜日報)$/;
const REPORTING = /(伝え|報じ|報道し|報道され)(た|ている|ていた|る)。?\s*$/;

/**
 * Gives `args` a subject: the head of the relative clause the trigger modifies, else the nearest subject of an
 * earlier clause that still scopes over it (inside the same quote, or — for reported speech — the one before the
 * quote), else, for an announcement, its speaker, else the article's running topic when the sentence names no
 * subject before the trigger.
 */
export function inheritSubject(
  view: DocView, s: Parsed, site: TriggerSite, args: Arg[], quote: Quote | null, speaker: Entity | null, topical: boolean,
): Entity | null {
  let found: Phrase | null = null;
  let anySubject = false;
  for (const p of s.list) {
    if (p.start >= site.at) break;
    if (p.groupCase !== 'subj' || p.modifier) continue;
    const region = s.quoteAt(p.start);
    if (!region || region === quote) anySubject = true;
    // Reported speech: the subject just before the quote acts in it — the speaker only in a clause that narrates
    // (Xは、…会談を行い、…と表明した), not in what the speaker says about others.
    const speaks = p.head !== null && p.head.entity.id === quote?.speaker;
    const outside = quote && quote.kind !== 'direct' && !region && p.end <= quote.content.start && (!speaks || site.chained);
    if (!outside && (region !== quote || p.start >= site.clauseStart)) continue;
    if (scopesOver(s.items, p, site.at)) found = p;
  }
  if (found) {
    for (const p of s.list) if (p.group === found.group && !p.modifier) args.push({ phrase: p, case: 'subj' });
    return null;
  }
  if (quote && quote.kind === 'indirect' && speaker && site.frame !== 'symmetric') return speaker;
  if (topical && !anySubject && !quote && !s.title && view.topic) args.push({ phrase: view.topic, case: 'subj' });
  return null;
}

/**
 * The running topic: a body sentence's first は-topic that names an entity, else the subject (が) of its last
 * clause — the one its main verb has.
 */
export function updateTopic(view: DocView, s: Parsed): void {
  if (s.title) return;
  // A sentence that only says what a paper reported (BBCは…と伝えた) leaves the topic where it was.
  if (REPORTING.test(view.text.slice(s.sentence.start, s.sentence.end))) return;
  const ctx = { text: view.text, mentions: view.mentions, speaker: null };
  // Reported and indirect speech still narrates; only someone's own words (「…」) do not move the topic.
  const own = s.list.filter((p) => !p.modifier && p.groupCase === 'subj' && s.quoteAt(p.start)?.kind !== 'direct');
  const topic = own.find((p) => p.markerWord === 'は');
  if (topic) {
    const named = entitiesOf(topic, ctx);
    // A paper or an agency that reports (BBCは…と評している) is where news comes from, not what it is about.
    if (named.length && !named.some((e) => MEDIA.test(e.name))) view.topic = topic;
    return;
  }
  const last = s.cls[s.cls.length - 1]!;
  const main = own.filter((p) => p.markerWord === 'が' && p.start >= last.start).pop();
  if (main && entitiesOf(main, ctx).length) view.topic = main;
}

