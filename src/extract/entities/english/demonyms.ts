/**
 * English country adjectives (demonyms) and the knowledge-base entry each belongs to: Chinese → china,
 * U.S.-style forms excepted (those are names of the United States in the KB). A demonym is no name of its own
 * here (Chinese steel, Russian forces name no country: the contract would call such a word NORP, and the KB has no
 * nationality entries); before a title it says whose office it is (Chinese President Xi Jinping → kb:china).
 */
import type { Range } from '../../../spans.js';
import type { Word } from './runs.js';

/**
 * Demonyms as written (capitalised) → the id of a KB entry (a GPE, or the EU). An empty id marks an adjective that
 * is no name and belongs to no single entry (Western, Arab, Latin).
 */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['American', 'united-states'], ['Chinese', 'china'], ['Russian', 'russia'], ['Japanese', 'japan'],
  ['Taiwanese', 'taiwan'], ['Korean', 'south-korea'], ['South Korean', 'south-korea'], ['North Korean', 'north-korea'],
  ['Ukrainian', 'ukraine'], ['British', 'united-kingdom'], ['French', 'france'], ['German', 'germany'],
  ['Italian', 'italy'], ['Spanish', 'spain'], ['Indian', 'india'], ['Pakistani', 'pakistan'], ['Iranian', 'iran'],
  ['Israeli', 'israel'], ['Palestinian', 'palestine'], ['Turkish', 'turkey'], ['Syrian', 'syria'], ['Iraqi', 'iraq'],
  ['Saudi', 'saudi-arabia'], ['Egyptian', 'egypt'], ['Canadian', 'canada'], ['Mexican', 'mexico'],
  ['Brazilian', 'brazil'], ['Australian', 'australia'], ['Indonesian', 'indonesia'], ['Philippine', 'philippines'],
  ['Filipino', 'philippines'], ['Vietnamese', 'vietnam'], ['Thai', 'thailand'], ['Malaysian', 'malaysia'],
  ['Singaporean', 'singapore'], ['Polish', 'poland'], ['Dutch', 'netherlands'], ['Swedish', 'sweden'],
  ['Norwegian', 'norway'], ['Finnish', 'finland'], ['Belarusian', 'belarus'], ['Georgian', 'georgia'],
  ['Afghan', 'afghanistan'], ['Nigerian', 'nigeria'], ['Kenyan', 'kenya'], ['South African', 'south-africa'],
  ['Emirati', 'united-arab-emirates'], ['Qatari', 'qatar'], ['Kuwaiti', 'kuwait'], ['Omani', 'oman'],
  ['Bahraini', 'bahrain'], ['Lebanese', 'lebanon'], ['Jordanian', 'jordan'], ['Yemeni', 'yemen'], ['Libyan', 'libya'],
  ['Sudanese', 'sudan'], ['Ethiopian', 'ethiopia'], ['Somali', 'somalia'], ['Moroccan', 'morocco'],
  ['Algerian', 'algeria'], ['Tunisian', 'tunisia'], ['Ghanaian', 'ghana'], ['Hungarian', 'hungary'], ['Greek', 'greece'],
  ['Austrian', 'austria'], ['Swiss', 'switzerland'], ['Belgian', 'belgium'], ['Danish', 'denmark'], ['Irish', 'ireland'],
  ['Portuguese', 'portugal'], ['Romanian', 'romania'], ['Bulgarian', 'bulgaria'], ['Serbian', 'serbia'],
  ['Croatian', 'croatia'], ['Lithuanian', 'lithuania'], ['Latvian', 'latvia'], ['Estonian', 'estonia'],
  ['Moldovan', 'moldova'], ['Argentine', 'argentina'], ['Argentinian', 'argentina'], ['Chilean', 'chile'],
  ['Colombian', 'colombia'], ['Venezuelan', 'venezuela'], ['Cuban', 'cuba'], ['Peruvian', 'peru'],
  ['Bangladeshi', 'bangladesh'], ['Sri Lankan', 'sri-lanka'], ['Nepali', 'nepal'], ['Nepalese', 'nepal'],
  ['Mongolian', 'mongolia'], ['Kazakh', 'kazakhstan'], ['Uzbek', 'uzbekistan'], ['Azerbaijani', 'azerbaijan'],
  ['Armenian', 'armenia'], ['Cambodian', 'cambodia'], ['Laotian', 'laos'], ['New Zealand', 'new-zealand'],
  ['European', 'eu'], ['Western', ''], ['Eastern', ''], ['Southern', ''], ['Northern', ''],
  ['Asian', ''], ['African', ''], ['Arab', ''], ['Latin', ''], ['English', ''], ['Mandarin', ''],
]);

/** Whether the single word `w` (as written) is a country adjective: such a word never starts a name. */
export function isDemonymWord(w: string): boolean {
  return DEMONYMS.has(w);
}

/** The KB id of the country (or union) the demonym `phrase` names — "Chinese", "South Korean" —, or null. */
export function demonymEntry(phrase: string): string | null {
  return DEMONYMS.get(phrase.replace(/\s+/g, ' ').trim()) || null;
}

/**
 * The demonym of one or two words ending with `words[k]` (Chinese; South Korean), as a span, or null. Only a
 * demonym that belongs to an entry counts: Western Minister … names no office's country.
 */
export function demonymEndingAt(words: readonly Word[], k: number): Range | null {
  const w = words[k];
  if (!w) return null;
  const prev = words[k - 1];
  if (prev && w.start - prev.end === 1 && demonymEntry(`${prev.text} ${w.text}`)) return { start: prev.start, end: w.end };
  return demonymEntry(w.text) ? { start: w.start, end: w.end } : null;
}
