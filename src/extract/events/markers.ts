/**
 * The particle after a noun phrase, read from the text itself (not the tokens: a name the tokenizer split badly,
 * 習近平が → 習/近/平が, still ends where its mention ends). One sticky pattern, compiled once, longest first.
 */
import type { Case } from './frames.js';

/**
 * - a case (`Case`);
 * - `coord`: joins this phrase to the next one (および, や, ・, 、 or と before another name);
 * - `attr`: names the source of the sentence (Xによると);
 * - `about`: the phrase is a topic, not a participant (Xについて, Xを巡り); `as`: a capacity (Xとして);
 * - `and-with`: と, coordination or comitative, decided by what follows.
 */
export type MarkerKind = Case | 'coord' | 'attr' | 'about' | 'as' | 'and-with';

export interface Marker {
  kind: MarkerKind;
  /** The particle as written (without a plural tail). */
  word: string;
  /** Where the particle ends. */
  end: number;
  /** Whether the particle also marks the topic (では, には): such a phrase can be a sentence's subject too. */
  topic: boolean;
}

const TABLE: ReadonlyArray<readonly [string, MarkerKind]> = [
  ['によると', 'attr'], ['によれば', 'attr'], ['に拠れば', 'attr'], ['に拠ると', 'attr'], ['に依ると', 'attr'],
  ['の報道によると', 'attr'], ['の報道によれば', 'attr'], ['の発表によると', 'attr'], ['の発表によれば', 'attr'],
  ['の発表では', 'attr'], ['の報道では', 'attr'], ['の話では', 'attr'], ['の投稿によると', 'attr'], ['の投稿によれば', 'attr'],
  ['の報道として', 'attr'], ['からの情報として', 'attr'], ['などによるとして', 'attr'], ['の調べでは', 'attr'],
  ['について', 'about'], ['に関して', 'about'], ['に関する', 'about'], ['に関し', 'about'], ['をめぐる', 'about'],
  ['を巡る', 'about'], ['をめぐり', 'about'], ['を巡り', 'about'], ['をめぐって', 'about'], ['を巡って', 'about'],
  ['についての', 'about'], ['に向けて', 'about'], ['に向けた', 'about'],
  ['として', 'as'], ['としての', 'as'], ['とした', 'as'], ['とする', 'as'],
  ['を通じて', 'as'], ['を通じ', 'as'], ['を通して', 'as'], ['を経て', 'as'], ['を介して', 'as'], ['を含む', 'as'], ['を含め', 'as'], ['を除く', 'as'],
  ['をはじめ', 'as'], ['を中心に', 'as'], ['をもとに', 'as'], ['に基づき', 'as'], ['に基づいて', 'as'],
  ['に対しては', 'tgt'], ['に対して', 'tgt'], ['に対し', 'tgt'], ['に対する', 'tgt'], ['を相手に', 'tgt'], ['への', 'tgt'],
  ['によって', 'agt'], ['により', 'agt'], ['による', 'agt'], ['に拠って', 'agt'],
  ['において', 'loc'], ['における', 'loc'], ['にて', 'loc'], ['での', 'loc'], ['では', 'loc'], ['でも', 'loc'], ['で', 'loc'],
  ['とともに', 'com'], ['と共に', 'com'], ['との', 'com'], ['とは', 'com'], ['とも', 'com'],
  ['からの', 'abl'], ['からは', 'abl'], ['から', 'abl'],
  ['へは', 'all'], ['へと', 'all'], ['へ', 'all'],
  ['には', 'dat'], ['にも', 'dat'], ['に', 'dat'],
  ['をも', 'acc'], ['を', 'acc'],
  ['は', 'subj'], ['が', 'subj'], ['も', 'subj'],
  ['の', 'gen'],
  ['および', 'coord'], ['及び', 'coord'], ['ならびに', 'coord'], ['並びに', 'coord'], ['または', 'coord'], ['又は', 'coord'],
  ['や', 'coord'], ['・', 'coord'], ['、', 'coord'], ['と', 'and-with'],
];

const KIND = new Map<string, MarkerKind>(TABLE);
const TOPIC = new Set(['では', 'には', 'からは', 'へは', 'とは', 'に対しては', 'でも', 'にも']);

/** Closing brackets of a quoted name, and plural or honorific tails, read through before the particle. */
const TAIL = '[」』]?(?:ら両氏|ら両首脳|など|ら|側)?';
const PATTERN = new RegExp(
  `${TAIL}(${[...KIND.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'y',
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Particles that attach a phrase to the next noun (Xによる攻撃, Xへの制裁), not to the predicate. */
export const ADNOMINAL: ReadonlySet<string> = new Set(['の', 'による', 'に対する', 'への', 'との', 'での', 'からの', 'における', 'としての']);

/** The particle right after `at` in `text`, or null. */
export function markerAt(text: string, at: number): Marker | null {
  PATTERN.lastIndex = at;
  const m = PATTERN.exec(text);
  if (!m) return null;
  const word = m[1]!;
  return { kind: KIND.get(word)!, word, end: at + m[0].length, topic: TOPIC.has(word) };
}
