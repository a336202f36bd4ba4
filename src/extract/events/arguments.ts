/**
 * The participants of one trigger: the marked phrases of its clause before it (and the genitive right before its
 * own phrase), the subject it shares with earlier clauses of the sentence when it has none of its own, referring
 * phrases resolved, roles from the trigger's case frame. A phrase that names no entity stays a participant (with
 * `entity: null`) only when it names people or a body (数千人, 幹部, 野党各党), not a thing.
 */
import type { Entity, EventType, Participant } from '../../analysis/contract.js';
import { roleFor, type Case, type Frame } from './frames.js';
import type { MentionRef } from './items.js';
import { personTitle, type Phrase } from './phrases.js';
import { resolve } from './references.js';
import { AGENTIVE_END, PEOPLE, TITLES } from './words.js';

/** A phrase chosen as an argument, with the case it fills. */
export interface Arg {
  phrase: Phrase;
  case: Case;
}

export interface ArgContext {
  text: string;
  mentions: readonly MentionRef[];
  /** Speaker of the quote the trigger stands in, for 我々 / 私. */
  speaker: Entity | null;
}

const ACTOR_CASES: ReadonlySet<Case> = new Set<Case>(['subj', 'agt']);
const SUSPECT = /(容疑者|被疑者|被告|被告人)(ら)?$/;

/** Whether `args` already name the actor (a subject or a による phrase). */
export function hasSubject(args: readonly Arg[]): boolean {
  return args.some((a) => ACTOR_CASES.has(a.case) && a.phrase.markerWord !== 'として');
}

/** A plural word closing a phrase of several names (米中|両国, 日韓|両首脳). */
const PLURAL_GROUP = /(?:両国|両首脳|両政府|両氏|両者|両軍|両国政府)$/;

/** The entities a phrase stands for: its head, or what it refers to. */
export function entitiesOf(p: Phrase, ctx: ArgContext): Entity[] {
  // 米中両国, 日韓両首脳: every name before the plural word is one of the parties
  if (PLURAL_GROUP.test(p.text)) {
    const inside: Entity[] = [];
    for (const m of ctx.mentions) if (m.start >= p.start && m.end <= p.end && !inside.includes(m.entity)) inside.push(m.entity);
    if (inside.length >= 2) return inside;
  }
  if (p.head) return [p.head.entity];
  return resolve(p.text.replace(/^(今回の|この|その)/, ''), p.start, ctx.mentions, ctx.text, ctx.speaker)?.entities ?? [];
}

/** Adds `p` to `out` unless it is there already (same entity, or same text for unnamed ones). */
function add(out: Participant[], p: Participant): void {
  const same = out.find((q) => (p.entity ? q.entity === p.entity : q.entity === null && q.text === p.text));
  if (!same) out.push(p);
  else if (same.role === 'participant' && p.role !== 'participant') same.role = p.role;
}

/** Participants from `args` for a trigger of `type` / `frame`. */
export function participants(args: readonly Arg[], type: EventType, frame: Frame, passive: boolean, ctx: ArgContext): Participant[] {
  const out: Participant[] = [];
  for (const { phrase, case: c } of args) {
    // Appointed to a post: the body that holds it takes part (控訴裁判事に就任 → 控訴裁).
    const post = c === 'dat' && type === 'appointment';
    let ents = post ? (phrase.post ? [phrase.post.entity] : phrase.head ? [phrase.head.entity] : []) : entitiesOf(phrase, ctx);
    // 首相辞任表明に対して: a compound opening with a title is that person's (the title's bearer owns it).
    if (!ents.length && (c === 'acc' || c === 'tgt')) ents = titleOwner(phrase, ctx);
    if (ents.length) {
      for (const e of ents) {
        // 押尾学容疑者が…容疑で逮捕 (a headline): a suspect is the one arrested or tried, never the one who does it.
        const role = SUSPECT.test(phrase.text) && c === 'subj' && (type === 'arrest' || type === 'trial') ? 'target' : roleFor(type, frame, c, passive, e.type);
        if (role) add(out, { entity: e.id, role, text: phrase.head ? ctx.text.slice(phrase.head.start, phrase.head.end) : phrase.text });
      }
    } else if ((AGENTIVE_END.test(phrase.text) || PEOPLE.test(phrase.text) || (personTitle(phrase.text) && (c === 'subj' || c === 'agt'))) && !/^[0-9０-９]+[日月年]/.test(phrase.text)) {
      const role = roleFor(type, frame, c, passive, null);
      if (role && role !== 'location' && role !== 'item') add(out, { entity: null, role, text: phrase.text });
    }
    if (phrase.origin && (frame === 'trade' || frame === 'pledge' || type === 'aid' || type === 'tariff' || type === 'sanction')) {
      add(out, { entity: phrase.origin.entity.id, role: 'target', text: ctx.text.slice(phrase.origin.start, phrase.origin.end) });
    }
  }
  return out;
}

/** The bearer of the title a compound opens with (首相辞任表明 → the prime minister), if any. */
function titleOwner(p: Phrase, ctx: ArgContext): Entity[] {
  const m = TITLE_START.exec(p.text);
  if (!m || m[0] === p.text) return [];
  return resolve(m[0], p.start, ctx.mentions, ctx.text, null)?.entities ?? [];
}

const TITLE_START = new RegExp(`^(?:${[...TITLES].filter((t) => t.length > 1).sort((a, b) => b.length - a.length).join('|')})`);

/** A participant for the entity whose name or mention reads as one of `names` (訪中 → 中国), or an unnamed one. */
export function impliedPlace(names: readonly string[], ctx: ArgContext): Participant | null {
  if (!names.length) return null;
  for (const m of ctx.mentions) {
    const s = ctx.text.slice(m.start, m.end);
    if (names.includes(s) || names.includes(m.entity.name)) return { entity: m.entity.id, role: 'target', text: s };
  }
  return { entity: null, role: 'target', text: names[0]! };
}
