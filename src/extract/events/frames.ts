/**
 * Case frames: which participant role an argument takes, from the trigger's frame and the particle that marks the
 * argument (は/が, を, に, と, から, で, へ, の, による, に対して …). Voice matters: in a passive clause the
 * subject is the one acted upon and the による/に phrase the actor.
 */
import type { EntityType, EventType, ParticipantRole } from '../../analysis/contract.js';

/**
 * - `symmetric`: both sides take part alike (call, meeting, agreement).
 * - `directed`: a source acts on a target (dismissal, arrest, sanction, criticism …).
 * - `undergo`: the subject is the one affected (失脚, 就任, 死去).
 * - `motion`: a visitor and a destination. `invite`: inviter, invitee and where to.
 * - `trade`: a buyer/seller, a counterpart and the goods. `pledge`: who promises, to whom, what.
 * - `self`: one actor (resignation, statement, election, legislation, disaster).
 */
export type Frame = 'symmetric' | 'directed' | 'undergo' | 'motion' | 'invite' | 'trade' | 'pledge' | 'self';

/** What a particle says about the noun phrase before it. */
export type Case = 'subj' | 'acc' | 'dat' | 'com' | 'abl' | 'loc' | 'all' | 'agt' | 'tgt' | 'gen';

type Table = Partial<Record<Case, ParticipantRole>>;

const TABLES: Readonly<Record<Frame, Table>> = {
  symmetric: { subj: 'participant', com: 'participant', dat: 'participant', gen: 'participant', agt: 'participant', tgt: 'participant', all: 'participant', loc: 'location' },
  directed: { subj: 'source', agt: 'source', acc: 'target', tgt: 'target', dat: 'target', all: 'target', gen: 'target', com: 'participant', loc: 'location' },
  undergo: { subj: 'target', gen: 'target', agt: 'source', loc: 'location', dat: 'participant', abl: 'target' },
  motion: { subj: 'source', gen: 'source', acc: 'target', dat: 'target', all: 'target', com: 'participant', loc: 'location' },
  invite: { subj: 'source', agt: 'source', acc: 'target', gen: 'target', tgt: 'target', dat: 'location', loc: 'location' },
  trade: { subj: 'source', gen: 'source', acc: 'item', abl: 'target', dat: 'target', all: 'target', tgt: 'target', com: 'target', loc: 'location' },
  pledge: { subj: 'source', gen: 'source', dat: 'target', tgt: 'target', com: 'target', acc: 'item', agt: 'source' },
  self: { subj: 'source', gen: 'source', agt: 'source', tgt: 'target', dat: 'target', all: 'target', acc: 'target', com: 'participant', loc: 'location' },
};

/** Types whose genitive names the actor (Xの批判 is X's criticism, Xの訪中 X's visit), not the one acted upon. */
const GENITIVE_ACTOR: ReadonlySet<EventType> = new Set<EventType>([
  'accusation', 'threat', 'sanction', 'tariff', 'attack', 'military_action', 'aid', 'statement', 'protest',
]);

const GOODS: ReadonlySet<EntityType> = new Set<EntityType>(['COMMODITY', 'PRODUCT', 'LAW', 'WORK_OF_ART']);
const PLACES: ReadonlySet<EntityType> = new Set<EntityType>(['GPE', 'LOC', 'FAC']);

/** The role of an argument marked `c` for a trigger of `type` and `frame`, or null when it is no participant. */
export function roleFor(type: EventType, frame: Frame, c: Case, passive: boolean, entityType: EntityType | null): ParticipantRole | null {
  let k = c;
  if (passive && frame !== 'symmetric') {
    if (c === 'subj') k = 'acc';
    else if (c === 'agt' || (c === 'dat' && type !== 'appointment')) k = 'agt';
    // 民放連を除名された, 党を追放された: the body one is removed from is the one that removes him.
    else if (c === 'acc' && type === 'dismissal') k = 'agt';
  }
  // 地検に送検した, 地裁に提訴した: the office a case is sent or filed to is no party to the arrest or trial.
  if ((type === 'arrest' || type === 'trial') && !passive && c === 'dat' && entityType === 'ORG') return null;
  // A disaster has places, not parties.
  if (type === 'disaster') return entityType && PLACES.has(entityType) ? 'location' : null;
  let role: ParticipantRole | null;
  // Xの指名を受けた, Xの招待で訪れた: in a passive the genitive is who does it.
  if (k === 'gen' && (GENITIVE_ACTOR.has(type) || (passive && (frame === 'directed' || frame === 'invite')))) role = 'source';
  else if (passive && frame !== 'symmetric' && k === 'agt') role = frame === 'undergo' ? 'source' : (TABLES[frame].agt ?? 'source');
  else if (type === 'appointment' && k === 'dat') role = 'participant';
  else role = TABLES[frame][k] ?? null;
  if (role === null || entityType === null) return role;
  if (GOODS.has(entityType)) return 'item';
  if (k === 'loc' && !PLACES.has(entityType) && entityType !== 'ORG') return null;
  return role;
}
