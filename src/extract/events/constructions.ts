/**
 * Constructions with a rule of their own: an EVENT entity that names its event (クーデター), a post given by naming it
 * (XをY首相とした), a verb that only reports a genitive's act (Xの就任を伝えた), names inside a symmetric trigger's
 * compound (日米首脳会談).
 */
import type { Participant } from '../../analysis/contract.js';
import type { Arg } from './arguments.js';
import type { Candidate } from './candidate.js';
import { roleFor, type Frame } from './frames.js';
import type { Item } from './items.js';
import { matchAt, type Lexicon, type Trigger } from './lexicon.js';
import { personTitle, type Phrase } from './phrases.js';

/** XをY首相とした: appointing someone by naming the post (a synthetic trigger on the post's phrase). */
export const APPOINT: Trigger = { word: 'とする', type: 'appointment', frame: 'directed', vehicle: null, needsTarget: false, implied: [], bases: [] };

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

/** Drops a subject that would take the genitive's own role when the verb only reports the event. */
export function dropReporter(args: Arg[], type: Candidate['type'], frame: Frame, head: number, items: readonly Item[]): void {
  if (head < 0 || !REPORT.has(items[head]!.base)) return;
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
