/**
 * The English trigger vocabulary, by contract type, with the same frames and vehicles as the Japanese table
 * (`../lexicon-data.ts`). Verbs are written as their base form; `lexicon.ts` adds every inflection (irregular
 * ones are written `base/past/participle`). Nouns state an event only when a support verb performs them
 * (held talks, imposed sanctions), when a verb says it happened (talks took place) or in a headline.
 */
import type { EventType } from '../../../analysis/contract.js';
import type { Frame } from '../frames.js';
import type { Vehicle } from '../lexicon-data.js';

export interface EnglishGroup {
  type: EventType;
  frame: Frame;
  vehicle?: Vehicle;
  /** Verbs, possibly with a particle that must follow (`speak with`, `step down`). */
  verbs?: readonly string[];
  nouns?: readonly string[];
  /** Going somewhere is a visit only with a named place (arrive in, travel to). */
  needsTarget?: boolean;
}

export const ENGLISH_GROUPS: readonly EnglishGroup[] = [
  { type: 'call', frame: 'symmetric', nouns: ['phone call', 'telephone call', 'call', 'phone conversation', 'telephone conversation', 'phone talks'] },
  { type: 'call', frame: 'symmetric', verbs: ['phone', 'telephone', 'speak by phone with/spoke by phone with/spoken by phone with', 'speak by telephone with/spoke by telephone with/spoken by telephone with', 'talk by phone with'] },
  {
    type: 'meeting', frame: 'symmetric',
    verbs: ['meet/met/met', 'meet with/met with/met with', 'speak with/spoke with/spoken with', 'speak to/spoke to/spoken to', 'talk with', 'negotiate', 'confer'],
    nouns: ['talks', 'meeting', 'summit', 'negotiations', 'consultations', 'video conference', 'videoconference', 'bilateral talks', 'dialogue'],
  },
  { type: 'visit', frame: 'motion', verbs: ['visit', 'tour'], nouns: ['visit', 'state visit', 'trip', 'tour'] },
  { type: 'visit', frame: 'motion', needsTarget: true, verbs: ['travel to/travelled to/travelled to', 'traveled to', 'fly to/flew to/flown to', 'arrive in', 'arrive at', 'go to/went to/gone to', 'head to'] },
  { type: 'invitation', frame: 'invite', verbs: ['invite'], nouns: ['invitation'] },
  {
    type: 'agreement', frame: 'symmetric', verbs: ['agree', 'sign'],
    nouns: ['agreement', 'deal', 'accord', 'pact', 'treaty', 'ceasefire', 'truce', 'memorandum', 'trade deal', 'peace deal'],
  },
  { type: 'commitment', frame: 'pledge', vehicle: 'pledge', verbs: ['pledge', 'promise', 'vow', 'commit/committed/committed'], nouns: ['pledge', 'promise', 'commitment'] },
  { type: 'trade', frame: 'trade', verbs: ['buy/bought/bought', 'purchase', 'import', 'export', 'sell/sold/sold'], nouns: ['purchases', 'purchase', 'imports', 'exports', 'sales', 'sale', 'arms sales', 'arms sale'] },
  { type: 'aid', frame: 'directed', verbs: ['aid', 'support', 'donate'], nouns: ['aid', 'assistance', 'military aid', 'humanitarian aid', 'military assistance', 'support package', 'aid package'] },
  { type: 'statement', frame: 'self', vehicle: 'formal', nouns: ['statement', 'joint statement', 'speech', 'press conference', 'news conference', 'declaration'] },
  { type: 'statement', frame: 'directed', vehicle: 'formal', verbs: ['welcome'] },
  {
    type: 'accusation', frame: 'directed',
    verbs: ['accuse', 'criticise', 'criticize', 'condemn', 'denounce', 'blame', 'rebuke', 'slam/slammed/slammed', 'protest against', 'lambast', 'summon/summoned/summoned'],
    nouns: ['protest', 'condemnation', 'criticism', 'complaint'],
  },
  { type: 'threat', frame: 'directed', vehicle: 'warn', verbs: ['warn', 'threaten'], nouns: ['warning', 'threat', 'ultimatum'] },
  { type: 'threat', frame: 'directed', verbs: ['retaliate'], nouns: ['retaliation', 'countermeasures'] },
  {
    type: 'sanction', frame: 'directed', verbs: ['sanction', 'blacklist', 'embargo'],
    nouns: ['sanctions', 'sanction', 'embargo', 'export controls', 'export ban', 'import ban', 'asset freeze', 'travel ban', 'trade restrictions'],
  },
  { type: 'tariff', frame: 'directed', nouns: ['tariffs', 'tariff', 'duties', 'levies', 'import duties'] },
  {
    type: 'dismissal', frame: 'directed',
    verbs: ['dismiss', 'expel/expelled/expelled', 'remove', 'purge', 'sack', 'oust', 'depose', 'fire'],
    nouns: ['dismissal', 'expulsion', 'removal', 'purge', 'ouster'],
  },
  { type: 'appointment', frame: 'directed', verbs: ['appoint', 'nominate', 'promote'], nouns: ['appointment', 'nomination'] },
  { type: 'appointment', frame: 'undergo', verbs: ['take office/took office/taken office', 'swear in/swore in/sworn in'] },
  { type: 'resignation', frame: 'self', verbs: ['resign', 'step down/stepped down/stepped down', 'quit/quit/quit'], nouns: ['resignation'] },
  { type: 'investigation', frame: 'directed', verbs: ['investigate', 'probe'], nouns: ['investigation', 'probe', 'inquiry'] },
  { type: 'arrest', frame: 'directed', verbs: ['arrest', 'detain', 'jail', 'imprison', 'apprehend'], nouns: ['arrest', 'detention'] },
  { type: 'trial', frame: 'directed', verbs: ['charge', 'indict', 'sentence', 'convict', 'sue', 'prosecute', 'acquit/acquitted/acquitted'], nouns: ['trial', 'verdict', 'lawsuit', 'indictment'] },
  { type: 'election', frame: 'self', nouns: ['election', 'elections', 'presidential election', 'referendum', 'vote'] },
  { type: 'election', frame: 'undergo', verbs: ['elect', 're-elect'] },
  { type: 'legislation', frame: 'self', nouns: ['bill', 'law', 'resolution', 'legislation', 'amendment', 'budget'] },
  {
    type: 'military_action', frame: 'directed', verbs: ['deploy', 'mobilise', 'mobilize', 'blockade', 'test-fire'],
    nouns: ['drills', 'military drills', 'exercises', 'military exercises', 'war games', 'deployment', 'missile', 'missiles', 'ballistic missile', 'missile test', 'nuclear test', 'blockade', 'coup', 'martial law'],
  },
  { type: 'protest', frame: 'directed', verbs: ['demonstrate', 'rally'], nouns: ['protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riots'] },
  {
    type: 'attack', frame: 'directed',
    verbs: ['attack', 'strike/struck/struck', 'invade', 'bomb', 'shell', 'shoot/shot/shot', 'kill', 'assault', 'abduct', 'kidnap/kidnapped/kidnapped'],
    nouns: ['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'invasion', 'bombing', 'offensive', 'assault', 'shelling', 'missile attack', 'drone attack'],
  },
  { type: 'attack', frame: 'symmetric', verbs: ['clash with', 'fight/fought/fought'], nouns: ['clashes', 'fighting'] },
  { type: 'disaster', frame: 'self', nouns: ['earthquake', 'quake', 'tsunami', 'typhoon', 'hurricane', 'flood', 'floods', 'flooding', 'wildfire', 'eruption', 'landslide', 'plane crash'] },
  { type: 'death', frame: 'undergo', verbs: ['die/died/died', 'pass away/passed away/passed away'], nouns: ['death'] },
];

/**
 * Verbs that perform a trigger noun (held talks, imposed sanctions, launched strikes, issued a statement), in
 * base form. `cancel`-like verbs perform it negatively (called off the talks).
 */
export const SUPPORT = [
  'hold/held/held', 'have/had/had', 'conduct', 'impose', 'announce', 'launch', 'carry out/carried out/carried out', 'sign', 'reach',
  'strike/struck/struck', 'make/made/made', 'stage', 'issue', 'slap/slapped/slapped', 'levy', 'pay/paid/paid', 'begin/began/begun',
  'start', 'open', 'extend', 'expand', 'tighten', 'introduce', 'adopt', 'approve', 'pass', 'ratify', 'enact', 'declare',
  'provide', 'send/sent/sent', 'give/gave/given', 'deliver', 'offer', 'lodge', 'file', 'submit', 'tender', 'resume', 'increase',
  'boost', 'raise', 'hike', 'step up/stepped up/stepped up', 'order', 'fire', 'test', 'join', 'organise', 'organize', 'attend',
  'host', 'seal', 'clinch', 'finalise', 'finalize', 'unveil', 'agree', 'wrap up/wrapped up/wrapped up', 'end', 'conclude',
  'call/called/called', 'set up/set up/set up', 'win/won/won', 'veto', 'reject', 'cancel/cancelled/cancelled', 'canceled',
  'call off/called off/called off', 'scrap/scrapped/scrapped', 'postpone',
];

/** Support verbs that say the act did not take place. */
export const UNDOING: ReadonlySet<string> = new Set(['cancel', 'canceled', 'call off', 'scrap', 'veto', 'reject']);

/** Verbs after a trigger noun that say it took place (talks were held, an earthquake struck). */
export const HAPPENED = /^(?:(?:between|with|on|against|in|by|of|near)\s+[^,.;]*?\s+)?(?:(?:was|were|has been|have been|had been) (?:held|staged|launched|carried out|signed|reached|imposed|announced|cancelled|canceled|called off|postponed|scrapped)|took place|begins|began|started|ended|happened|occurred|broke out|hits?|struck|strikes|rocked|rocks|erupted|killed|went ahead)\b/;
