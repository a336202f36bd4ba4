/**
 * What an article has said so far, for resolving speakers across sentences: the names it mentioned (for 同氏,
 * 同紙, 同報道官 and bare titles such as 国王 or 判事), the last named speaker and the last cited outlet (for
 * a cue with no speaker of its own: また、「…」と述べた), and the previous sentence's topic.
 */
import type { Range } from '../../spans.js';
import { chunkBefore, isOrgLike, isPersonLike, speakerKind, withQuantifier, type Chunk, type SpeakerKind } from './chunk.js';
import { trimmed } from './content.js';
import { mediaHead, titleHead } from './lexicon.js';
import type { SentenceView } from './view.js';

/** A resolved speaker: the words kept as `speaker_text` and where the speaker is named (null when unnamed). */
export interface SpeakerRef {
  text: string;
  span: Range | null;
  kind: SpeakerKind;
  media: boolean;
}

/** A name the article mentioned: a chunk it read, or a mention of the entities layer. */
export interface Mention extends Range {
  text: string;
  person: boolean;
  media: boolean;
  /** An organisation known as such (an ORG entity), whatever its words end with. */
  org?: boolean;
}

interface Heard {
  ref: SpeakerRef;
  sentence: number;
}

const NEWSPAPER = /(?:紙|新聞|日報|新報|時報|タイムズ|ポスト|ジャーナル|Times|Post|Journal)$/;

/** How many sentences back a speaker may be carried to a cue that names none. */
const CARRY = 3;

export class Discourse {
  private readonly mentions: Mention[];
  private lastSpeaker: Heard | null = null;
  private lastMedia: Heard | null = null;
  private prevTopic: Heard | null = null;
  private intro: (Heard & { cue: Range }) | null = null;
  private standalone: { range: Range; sentence: number } | null = null;
  private ranges: [Range | null, Range | null] = [null, null];
  /** Index of the current body sentence. */
  sentence = -1;

  /** `known`: mentions of the entities layer, antecedents besides the chunks the sentences show. */
  constructor(known: readonly Mention[] = []) {
    this.mentions = [...known];
  }

  /** Starts a sentence: records its name-like chunks so later anaphors can find them. */
  begin(v: SentenceView): void {
    this.sentence++;
    this.ranges = [this.ranges[1], trimmed(v, v.start, v.end)];
    for (let k = 0; k < v.length; k++) {
      if (!v.isNominal(k) || v.isNominal(k + 1) || v.s[k + 1] === '(' || v.s[k + 1] === '（') continue;
      const c = chunkBefore(v, k + 1);
      if (!c) continue;
      const kind = speakerKind(v, c);
      if (kind !== 'name' && kind !== 'media') continue;
      this.mentions.push({ start: c.start, end: c.end, text: c.text, person: isPersonLike(v, c), media: kind === 'media' });
    }
  }

  /** The speaker a chunk stands for: an anaphor or a bare title resolves to the name it refers to. */
  ref(v: SentenceView, c: Chunk, kind: SpeakerKind): SpeakerRef {
    if (kind === 'generic') return { text: withQuantifier(v, c).text, span: null, kind, media: false };
    if (kind === 'title') {
      // 中国外務省の報道官: an unnamed official speaks for the organisation named before it (no earlier titled
      // name is meant when the text says whose official this is).
      const org = v.s[c.from - 1] === 'の' ? chunkBefore(v, c.from - 1) : null;
      if (org && speakerKind(v, org) === 'name' && isOrgLike(v, org)) {
        return { text: v.text.slice(org.start, c.end), span: { start: org.start, end: org.end }, kind: 'name', media: false };
      }
    }
    if (kind === 'anaphor' || kind === 'title') {
      const m = kind === 'anaphor' ? this.antecedent(c) : this.titled(c);
      if (m) return { text: m.text, span: { start: m.start, end: m.end }, kind: 'name', media: m.media };
      // 同報道官 after 中国外務省の報道官: the unnamed official heard last
      const last = this.lastSpeaker?.ref;
      if (kind === 'anaphor' && c.text.length > 1 && last && last.span && last.text.endsWith(c.text.slice(1))) return last;
    }
    return { text: c.text, span: { start: c.start, end: c.end }, kind, media: kind === 'media' };
  }

  private antecedent(c: Chunk): Mention | null {
    const rest = c.text.startsWith('同') ? c.text.slice(1) : '';
    const person = rest === '' || rest === '氏';
    const media = rest === '紙' || rest === '誌' || (rest !== '' && mediaHead.match(rest) !== null);
    // 同紙 is a newspaper, not any outlet (韓国メディア, 共同通信).
    const paper = rest === '紙' ? NEWSPAPER : null;
    const org = rest === '社' || rest === '党' || rest === '省' || rest === '局' || rest === '庁' || rest === '会' || rest === '団体';
    if (person) return this.last(c.start, (m) => m.person);
    if (paper) return this.last(c.start, (m) => m.media && paper.test(m.text));
    if (media) return this.last(c.start, (m) => m.media && (rest.length < 2 || m.text.endsWith(rest)));
    // 同庁 is the last name ending in 庁 (文化庁), not the outlet cited since; any body only when none does
    return this.last(c.start, (m) => m.text.endsWith(rest) && m.text !== c.text)
      ?? (org ? this.last(c.start, (m) => m.org === true && !m.media) : null);
  }

  /** The mention ending last before `at` that `ok` accepts. */
  private last(at: number, ok: (m: Mention) => boolean): Mention | null {
    let best: Mention | null = null;
    for (const m of this.mentions) if (m.end <= at && (!best || m.end > best.end) && ok(m)) best = m;
    return best;
  }

  /** The last mention of a titled name before a bare title: ギャネンドラ国王 for 国王. */
  private titled(c: Chunk): Mention | null {
    // the whole title as written must end the name: 報道官 is not ラトニック商務長官 (both end in 官)
    if (!titleHead.match(c.text)) return null;
    const title = c.text;
    return this.last(c.start, (m) => m.person && m.text.endsWith(title) && m.text.length > title.length);
  }

  /** Records who spoke in the current sentence. */
  heard(ref: SpeakerRef, reported: boolean): void {
    const h = { ref, sentence: this.sentence };
    if (reported || ref.media) this.lastMedia = h;
    else if (ref.kind !== 'generic') this.lastSpeaker = h;
  }

  /** Records the current sentence's topic, for the next sentence to inherit. */
  topic(ref: SpeakerRef | null): void {
    this.prevTopic = ref ? { ref, sentence: this.sentence } : null;
  }

  /**
   * The speaker of a cue that names none. `media` cues (伝えた) prefer the last outlet; `strict` (a sentence with
   * its own cited source) accepts only a named speaker heard recently; a `hedge` (…としている) may continue the
   * previous sentence's cited source.
   */
  carried(media: boolean, strict: boolean, hedge = false): SpeakerRef | null {
    const recent = (h: Heard | null, n: number) => (h && this.sentence - h.sentence <= n ? h.ref : null);
    if (strict) return recent(this.lastSpeaker, CARRY);
    if (media) return recent(this.lastMedia, 2) ?? recent(this.lastSpeaker, CARRY);
    // The previous sentence's topic; for a hedge (…としている) the source it cited; else the last speaker.
    return recent(this.prevTopic, 1) ?? (hedge ? recent(this.lastMedia, 1) : null) ?? recent(this.lastSpeaker, CARRY);
  }

  /** The previous sentence's words (for これを伝えた). */
  previousSentence(): Range | null {
    return this.ranges[0];
  }

  /** Records 次のように述べた: the next sentence, if it is one quotation, is the speaker's. */
  introduce(ref: SpeakerRef, cue: Range): void {
    this.intro = { ref, sentence: this.sentence, cue };
  }

  /** The introduction made by the previous sentence, once. */
  takeIntro(): { speaker: SpeakerRef; cue: Range } | null {
    const intro = this.intro && this.intro.sentence === this.sentence - 1 ? this.intro : null;
    if (intro) this.intro = null;
    return intro ? { speaker: intro.ref, cue: intro.cue } : null;
  }

  /** Records a sentence that is one quotation no cue claimed, for a following こう語った. */
  quotation(range: Range | null): void {
    if (range) this.standalone = { range, sentence: this.sentence };
  }

  /** The quotation standing alone in the previous sentence, once. */
  takeQuotation(): Range | null {
    const q = this.standalone && this.standalone.sentence === this.sentence - 1 ? this.standalone.range : null;
    this.standalone = null;
    return q;
  }

  /** The previous sentence's topic (for それによると). */
  previousTopic(): SpeakerRef | null {
    return this.prevTopic && this.sentence - this.prevTopic.sentence <= 1 ? this.prevTopic.ref : null;
  }
}
