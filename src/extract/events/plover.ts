/**
 * The PLOVER root category of each contract event type (docs/events.md explains each choice). PLOVER codes
 * interactions between political actors; where it has no root for a type (a death, an election, a plain
 * announcement) the table says `OTHER` rather than forcing one.
 */
import type { EventType } from '../../analysis/contract.js';

/** PLOVER's root categories, plus `OTHER` for types outside its scope. */
export type PloverRoot =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'COOPERATE' | 'AID' | 'CONCEDE' | 'RETREAT' | 'REQUEST' | 'ACCUSE' | 'REJECT'
  | 'THREATEN' | 'PROTEST' | 'MOBILIZE' | 'SANCTION' | 'COERCE' | 'ASSAULT' | 'OTHER';

/** One root per type, so records can be counted by PLOVER category without looking at the trigger. */
export const PLOVER: Readonly<Record<EventType, PloverRoot>> = {
  call: 'CONSULT',
  meeting: 'CONSULT',
  visit: 'CONSULT',
  invitation: 'AGREE',
  agreement: 'AGREE',
  commitment: 'AGREE',
  trade: 'COOPERATE',
  aid: 'AID',
  statement: 'OTHER',
  accusation: 'ACCUSE',
  threat: 'THREATEN',
  sanction: 'SANCTION',
  tariff: 'SANCTION',
  dismissal: 'COERCE',
  appointment: 'OTHER',
  resignation: 'CONCEDE',
  investigation: 'ACCUSE',
  arrest: 'COERCE',
  trial: 'ACCUSE',
  election: 'OTHER',
  legislation: 'OTHER',
  military_action: 'MOBILIZE',
  protest: 'PROTEST',
  attack: 'ASSAULT',
  disaster: 'OTHER',
  death: 'OTHER',
};
