/**
 * Dates an event takes from what the article has already told, where the text ties it there, for an event with no
 * time of its own:
 * - a back-reference to an occasion (この非公式協議では, この談話によると, 同会議で) — or the occasion named again as the
 *   event itself (…同日午後9時からの記者会見で… then …会見に臨み) — is on the date the earlier mention was told with;
 * - words said by the speaker of the last dated speech, with no new time in between (Xは7日、…と述べた。「…」とも
 *   述べた), and what those words do (a threat, a promise), are of that occasion;
 * - a part of the day with no day (夕方, 午後には) is on the day the story is on;
 * - an agreement of the same parties right after their dated meeting or call, with no new time or other parties
 *   told in between (両首脳は9日、…で会談した。両首脳は…で合意した), was reached at that meeting.
 */
import type { TimeExpression, TimeValue } from '../../analysis/contract.js';
import type { Candidate } from './candidate.js';
import { isTargetTime } from '../time/target.js';
import { aheadOfAct } from './dates.js';
import { firstAt } from './items.js';
import type { Phrase } from './phrases.js';
import type { DocView, Parsed } from './view.js';

/** What the article has told so far that later events can be dated by. */
export interface Narrative {
  /** Where the sentence before the current one starts (a part of the day looks back no further). */
  previous: number;
  /** Where the current sentence starts, and how many body sentences have been read. */
  current: number;
  count: number;
  /** The last dated speech and its speaker, while no sentence has named another time. */
  speech: { speaker: string; date: TimeValue } | null;
  /** Clauses that stated a dated event (evidence spans, in text order). */
  dated: { start: number; end: number; date: TimeValue }[];
  /** The last dated meeting or call and its parties, while the sentences after it stay with them and name no time. */
  meeting: { parties: readonly string[]; date: TimeValue; sentence: number } | null;
}

export function newNarrative(): Narrative {
  return { previous: 0, current: 0, count: 0, speech: null, dated: [], meeting: null };
}

/** Nouns of an occasion one can refer back to: a meeting, a call, a press conference, a statement. */
const OCCASION = /(会議|会談|協議|会見|声明|談話|演説|会合|首脳会談|電話会談|集会|式典|総会|サミット|記者発表|発表)$/;
/** A phrase that names something with an entity of its own, or a body (協議会, 委員会), is no occasion. */
const NOT_OCCASION = /(協議会|委員会|理事会|会議所|評議会)$/;
/** Demonstratives that refer back: この会談, その声明, 同会議, 今回の協議, 当該会合. */
const BACK = /(この|その|今回の|当該)$/;
/** Parts of the day that name no day themselves. */
const DAYPART = new Set(['午前', '午後', '朝', '昼', '夕方', '夕刻', '夜', '未明', '深夜', '早朝', '正午', '夜間', '晩', '昼前', '昼過ぎ', '夜半']);
/** What may follow a part of the day used as a time (午後には, 夜、; or a verb: 夕方戻り): not の (夜の街). */
const DAYPART_NEXT = /^(に|には|、|は|から|も|にも|まで|$)/;

/** The occasion noun a phrase names (同会議 → 会議), or null. */
function occasionOf(p: Phrase): string | null {
  if (p.head || !OCCASION.test(p.text) || NOT_OCCASION.test(p.text)) return null;
  return p.text.replace(/^(同|当)/, '');
}

/** What may stand between a time and the occasion it dates: 9日午前(UTC-4)の協議, 同日午後からの会見. */
const TIME_TO_NOUN = /^([（(][^（()）]{0,20}[）)])?(から|まで)?の?$/;

/**
 * The date an earlier mention of `word` (before `before`) was told with: a time right before it (9日の協議), else
 * the date of the dated clause that holds it.
 */
function datedMention(view: DocView, word: string, before: number): TimeValue | null {
  const at = view.text.lastIndexOf(word, before - word.length);
  if (at < 0) return null;
  for (let k = view.times.length - 1; k >= 0; k--) {
    const t = view.times[k]!;
    if (t.end > at) continue;
    if (at - t.end > 24) break;
    // The whole noun phrase: 非公式協議 for 協議, 記者会見 for 会見.
    let head = at;
    while (head > t.end && !/[のら、。）)]/.test(view.text[head - 1]!)) head--;
    if (TIME_TO_NOUN.test(view.text.slice(t.end, head))) return { value: t.value, precision: t.precision };
    break;
  }
  for (let k = view.story.dated.length - 1; k >= 0; k--) {
    const d = view.story.dated[k]!;
    if (d.start <= at && at < d.end) return d.date;
  }
  return null;
}

/** A back-reference to a dated occasion before the trigger: in its clause, or setting the sentence's scene. */
function occasionDate(view: DocView, s: Parsed, at: number, clauseStart: number, own: Phrase | null): TimeValue | null {
  const start = s.sentence.start;
  for (let k = s.list.length - 1; k >= 0; k--) {
    const p = s.list[k]!;
    if (p.start >= at) continue;
    const word = occasionOf(p);
    if (!word) continue;
    const back = BACK.test(view.text.slice(Math.max(start, p.start - 3), p.start)) || /^(同|当)/.test(p.text);
    const scene = p.marker === 'loc' || p.marker === 'attr';
    if (!back || !(scene || p.start >= clauseStart)) continue;
    // この会談の後で, その声明以降: relative to the occasion, not on it.
    if (/^(の?(後|前|以降|以来|直後|直前|翌日))/.test(view.text.slice(p.end, p.end + 4))) continue;
    const d = datedMention(view, word, start);
    if (d) return d;
  }
  // The occasion named again as the event itself (…記者会見で… then …会見に臨み).
  const word = own ? occasionOf(own) : null;
  return word ? datedMention(view, word, start) : null;
}

/**
 * A part of the day with no day of its own in [from, at) (…夕方戻り、…面会し): the day of the last time told, in
 * this sentence or the one before (…この日の午前に…。官邸には夕方戻り…), outside anyone's words.
 */
function dayPart(view: DocView, s: Parsed, from: number, at: number): TimeValue | null {
  for (let k = firstAt(s.items, from); k < s.items.length; k++) {
    const it = s.items[k]!;
    if (it.pos !== '名詞') continue;
    if (it.start >= at) break;
    if (!DAYPART.has(it.base) || s.times.some((t) => t.start <= it.start && it.end <= t.end)) continue;
    if (!DAYPART_NEXT.test(view.text.slice(it.end, it.end + 2)) && s.items[k + 1]?.pos !== '動詞') continue;
    let day: TimeValue | null = null;
    for (const t of view.times) {
      if (t.end > it.start) break;
      if (t.start < view.story.previous || t.precision !== 'day') continue;
      if (view.quotes.some((q) => q.kind !== 'reported' && q.content.start <= t.start && t.end <= q.content.end)) continue;
      day = { value: t.value, precision: t.precision };
    }
    return day;
  }
  return null;
}

/** What the narrative rules need to know about one trigger. */
export interface NarrativeSite {
  at: number;
  clauseStart: number;
  /** Where the clause chained to the trigger's begins (…夕方戻り、…面会し), or the clause start. */
  chainStart: number;
  /** The noun phrase the trigger stands in when it is used as a noun (会見に臨み), else null. */
  own: Phrase | null;
  /** The one who speaks, when the event is a speech act or done by words someone says (a quote's speaker). */
  speaker: string | null;
  /** The parties of an agreement (entity ids), which may continue their meeting; else empty. */
  agreeing: readonly string[];
  /** The event is told as done (合意した): a time after the article appeared is what it is about, no occasion. */
  done: boolean;
}

/** Deadlines: a period something is to be done within (年内に再協議する). */
const WITHIN = /^(年内|年度内|月内|週内|今年中|今月中|今週中|年度中)$/;

/**
 * Whether the sentence names a time of an occasion of its own (outside quoted words). For an act told as done, a
 * time after the article appeared (来年の再会で合意した) or a deadline (年内に再協議することで合意した) is no occasion
 * the story has reached: it is when what the act is about is to happen.
 */
function timed(view: DocView, s: Parsed, done: boolean): boolean {
  const ahead = (t: TimeExpression) => done && (aheadOfAct(t, view.published) || WITHIN.test(t.text) || isTargetTime(view.text, t.end));
  return s.times.some((t) => !s.quoteAt(t.start) && !ahead(t));
}

/** The date the article's earlier text gives an event that has none of its own, or null. */
export function narrativeDate(view: DocView, s: Parsed, site: NarrativeSite): TimeValue | null {
  const occasion = occasionDate(view, s, site.at, site.clauseStart, site.own);
  if (occasion) return occasion;
  // Only while no new time is named: a sentence with a time of its own is on another occasion.
  const speech = view.story.speech;
  const untimed = !timed(view, s, site.done);
  if (site.speaker && speech && speech.speaker === site.speaker && untimed) return speech.date;
  // 両首脳は9日、会談した。両首脳は…で合意した: the same parties agreeing next are at that meeting.
  const meeting = view.story.meeting;
  if (meeting && untimed && site.agreeing.length >= 2 && sameParties(site.agreeing, meeting.parties)) return meeting.date;
  return dayPart(view, s, Math.min(site.chainStart, site.clauseStart), site.at);
}

/** Whether two lists of parties name the same entities. */
function sameParties(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** How many sentences after its meeting an agreement can still be dated by it. */
const MEETING_REACH = 2;
const MEETINGS: ReadonlySet<string> = new Set(['meeting', 'call']);

/** The parties of a candidate that takes part alike (not places). */
function partiesOf(c: Candidate): string[] {
  return [...new Set(c.participants.filter((p) => p.role === 'participant' && p.entity).map((p) => p.entity!))];
}

/** Keeps the last dated meeting while the story stays with its parties (no other time, no other parties). */
function followMeeting(story: Narrative, index: number, timed: boolean, out: readonly Candidate[]): void {
  const m = story.meeting;
  if (m && (timed || index - m.sentence > MEETING_REACH)) story.meeting = null;
  // A sentence about someone else (一方、北朝鮮は…) changes the topic.
  else if (m && out.some((c) => c.participants.some((p) => p.entity) && !c.participants.some((p) => p.entity && m.parties.includes(p.entity)))) story.meeting = null;
  for (const c of out) {
    const parties = partiesOf(c);
    if (MEETINGS.has(c.type) && c.date && c.ownDate && !c.quoted && c.modality === 'asserted' && parties.length >= 2) {
      story.meeting = { parties, date: c.date, sentence: index };
    }
  }
}

/** Speech acts: what a speaker's last dated words were. */
const SPEECH_TYPES: ReadonlySet<string> = new Set(['statement']);

/** Moves the narrative on past one sentence (`out`: its candidates). */
export function advanceNarrative(view: DocView, s: Parsed, out: readonly Candidate[]): void {
  const story = view.story;
  for (const c of out) {
    if (!c.date) continue;
    story.dated.push({ start: c.evidence.start, end: c.evidence.end, date: c.date });
  }
  // A sentence that names a time of its own (outside quoted words) starts a new occasion; one that names only times
  // after the article appeared tells what its acts are about (両首脳は来年の再会で合意した).
  const onOccasion = timed(view, s, true);
  followMeeting(story, story.count, onOccasion, out);
  if (!onOccasion) return;
  story.speech = null;
  for (const c of out) {
    if (!c.date || c.date.precision !== 'day' || !SPEECH_TYPES.has(c.type) || c.quoted) continue;
    const speaker = c.participants.find((p) => p.role === 'source' && p.entity)?.entity;
    if (speaker) story.speech = { speaker, date: c.date };
  }
}
