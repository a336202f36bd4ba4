/**
 * Constructions with a rule of their own: an EVENT entity that names its event (クーデター), a post given by naming it
 * (XをY首相とした), a verb that only reports a genitive's act (Xの就任を伝えた), names inside a symmetric trigger's
 * compound (日米首脳会談).
 */
import type { Participant } from '../../analysis/contract.js';
import type { Arg } from './arguments.js';
import type { Candidate } from './candidate.js';
import { roleFor, type Frame } from './frames.js';
import type { TriggerSite } from './gather.js';
import { firstAt, type Item } from './items.js';
import { matchAt, type Lexicon, type Trigger } from './lexicon.js';
import { personTitle, type Phrase } from './phrases.js';
import { verbGroupEnd } from './predicates.js';

/** XをY首相とした: appointing someone by naming the post (a synthetic trigger on the post's phrase). */
export const APPOINT: Trigger = { word: 'とする', type: 'appointment', frame: 'directed', vehicle: null, needsTarget: false, implied: [], objects: null, notWith: null, bases: [] };

/** Where a post is given by naming it: the post's phrase as a trigger site. */
export function titleAppointments(text: string, list: readonly Phrase[]): { first: number; end: number }[] {
  const out: { first: number; end: number }[] = [];
  for (let k = 1; k < list.length; k++) {
    const post = list[k]!;
    const who = list[k - 1]!;
    if (!/^と(した|する|し、)/.test(text.slice(post.end, post.end + 3)) || who.marker !== 'acc' || who.markerEnd !== post.start) continue;
    if (who.head?.entity.type === 'PERSON' && personTitle(post.text)) out.push({ first: post.first, end: post.last + 1 });
  }
  return out;
}

/** Verbs that report a trigger noun rather than perform it (Xの就任を伝えた, Xの訪中を発表した). */
const REPORT = new Set(['伝える', '発表', '公表', '報告', '明らか', '確認', '報道', '報じる']);

/** Verbs that only ever tell of someone else's act (韓国軍も発射を確認した): their subject never performs it. */
const OBSERVE = new Set(['確認', '報道', '報じる', '伝える', '探知', '捕捉', '観測']);

/**
 * Drops a subject that would take the genitive's own role when the verb only reports the event, and any subject
 * of a verb that only observes it (the event is then partial and joins the record that names its actor).
 */
export function dropReporter(args: Arg[], type: Candidate['type'], frame: Frame, head: number, items: readonly Item[]): void {
  if (head < 0) return;
  const base = items[head]!.base;
  if (OBSERVE.has(base)) {
    for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj') args.splice(k, 1);
    return;
  }
  if (!REPORT.has(base)) return;
  const gen = args.find((a) => a.case === 'gen');
  if (!gen) return;
  const role = roleFor(type, frame, 'gen', false, null);
  for (let k = args.length - 1; k >= 0; k--) if (args[k]!.case === 'subj' && roleFor(type, frame, 'subj', false, null) === role) args.splice(k, 1);
}

/** The trigger an EVENT entity's words end in (2008年大地震 → 地震), if any. */
export function tailTrigger(lex: Lexicon, bases: readonly string[]): Trigger | null {
  for (let k = 0; k < bases.length; k++) {
    const t = matchAt(lex, bases, k);
    if (t && k + t.bases.length === bases.length) return t;
  }
  return null;
}

/** Names inside the trigger's own compound (日米首脳会談, 米中協議) take part in a symmetric event. */
export function compoundParties(items: readonly Item[], own: Phrase, trigItem: number, parts: Participant[], text: string, subjects: string[]): void {
  for (let k = own.first; k < trigItem; k++) {
    const m = items[k]!.mention;
    if (m && !parts.some((p) => p.entity === m.entity.id)) {
      parts.push({ entity: m.entity.id, role: 'participant', text: text.slice(m.start, m.end) });
      subjects.push(m.entity.id);
    }
  }
}

/**
 * The one a threat is aimed at: the subject of the condition it sets (安保理が何らかの対応をすれば、…対抗手段をとる;
 * 演習が続くなら). Phrases of that kind before item `first`, whose own verb ends in ば, たら, なら or 場合.
 */
export function conditionalSubjects(list: readonly Phrase[], items: readonly Item[], first: number, inRegion: (p: Phrase) => boolean): Phrase[] {
  const out: Phrase[] = [];
  for (const p of list) {
    if (p.first >= first) break;
    if (p.modifier || p.markerWord !== 'が' || !inRegion(p)) continue;
    let k = p.last + 1;
    while (k < first && !(items[k]!.pos === '動詞' && items[k]!.pos1 === '自立')) k++;
    if (k >= first) continue;
    const end = verbGroupEnd(items, k + 1);
    const next = items[end];
    if (end >= first || !next) continue;
    if ((next.pos === '助詞' && /^(ば|たら|なら)$/.test(next.base)) || next.base === '場合') out.push(p);
  }
  return out;
}

/** Acts a body performs by adopting a resolution of them: a recommendation, a condemnation, sanctions, a removal. */
const RESOLVED: ReadonlySet<string> = new Set(['appointment', 'accusation', 'sanction', 'dismissal']);
const RESOLUTION = /(決議|決議案|勧告|勧告案)$/;

/**
 * The act a resolution adopted names (推薦決議を採択 → the recommendation, 制裁決議を可決 → the sanctions), from the
 * object of a legislation trigger, or null.
 */
export function resolutionAct(lex: Lexicon, items: readonly Item[], args: readonly Arg[]): Trigger | null {
  const object = args.find((a) => a.case === 'acc' && RESOLUTION.test(a.phrase.text));
  if (!object) return null;
  const bases = items.map((it) => it.base);
  for (let k = object.phrase.first; k <= object.phrase.last; k++) {
    const t = matchAt(lex, bases, k);
    if (t?.type && RESOLVED.has(t.type) && k + t.bases.length <= object.phrase.last + 1) return t;
  }
  return null;
}

/** What may close a sentence after its focus: brackets, parentheses, the copula, the full stop. */
const CLOSING = /^[」』）)\]】。、\s]*(だ|である|です|であった|だった)?[」』）)\]】。\s]*$/;

/**
 * A cleft (クーデターを起こしたのは、…民主改革評議会。 逮捕されたのは…容疑者だ): the verb group ending at item
 * `predEnd` is nominalised by の and made the topic by は, and the sentence ends in the phrase that says who —
 * the last phrase naming someone, with nothing but closing brackets and the copula after it. Returns that phrase.
 */
export function cleftFocus(text: string, items: readonly Item[], list: readonly Phrase[], predEnd: number, sentenceEnd: number, named: (p: Phrase) => boolean): Phrase | null {
  const no = items[predEnd];
  const wa = items[predEnd + 1];
  if (!no || !wa || text.slice(no.start, no.end) !== 'の' || text.slice(wa.start, wa.end) !== 'は') return null;
  for (let k = list.length - 1; k >= 0; k--) {
    const p = list[k]!;
    if (p.first <= predEnd + 1) return null;
    // A name in a gloss (駒澤大学店(世田谷区)) says where, not who.
    if (!named(p) || (p.head && items[firstAt(items, p.head.start)]?.paren)) continue;
    return CLOSING.test(text.slice(p.end, sentenceEnd)) || closesParen(text.slice(p.end, sentenceEnd)) ? p : null;
  }
  return null;
}

/** Whether `rest` is only a parenthesised gloss and closing marks: （直訳は、…）」。 */
function closesParen(rest: string): boolean {
  const m = /^[（(][^（()）]*[）)]/.exec(rest);
  return m !== null && CLOSING.test(rest.slice(m[0].length));
}

/**
 * Whether a trigger that needs an object of a kind (控訴を棄却, 懲役5年を言い渡した) has one: a を-phrase of its clause
 * before it (in the passive its subject: 控訴は棄却された), or the noun its own compound opens with (控訴棄却).
 */
export function hasObject(trig: Trigger, list: readonly Phrase[], site: TriggerSite, text: string): boolean {
  const objects = trig.objects;
  if (!objects) return true;
  if (site.own && site.own.start < site.at && objects.test(text.slice(site.own.start, site.at))) return true;
  return list.some((p) => p.start >= site.clauseStart && p.end <= site.at && (p.groupCase === 'acc' || (site.passive && p.groupCase === 'subj')) && objects.test(p.text));
}
