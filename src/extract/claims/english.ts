/**
 * Quotes of an English article, read sentence by sentence from the shapes English news attributes speech in:
 *
 * - direct: `"…," Xi said` / `"…," said Xi` / `Xi said: "…"` (the quotation is the content);
 * - indirect: `Xi said (that) …` and a trailing attribution `…, the ministry said.`;
 * - reported: `according to X` (the rest of the sentence is the content).
 *
 * The speaker is the entity mention inside the speaker's words; he/she/the minister… refer back to the last
 * person speaker; plural nouns (analysts, officials) are unnamed sources.
 */
import { wireLeadLength } from '../../text/wire-lead.js';
import type { Range } from '../../spans.js';
import type { Draft } from './extract.js';
import type { SpeakerRef } from './discourse.js';

/** A name of the entities layer, as far as speakers are concerned. */
export interface EnglishName extends Range {
  person: boolean;
}

const VERBS = 'said|says|told|added|stated|declared|warned|argued|noted|explained|insisted|stressed|claimed|wrote|announced|denied|replied|asked|urged|predicted|acknowledged';
const VERB = new RegExp(`\\b(?:${VERBS})\\b`);
const OPEN = /["“]/g;
const GENERIC = /^(?:(?:some|many|several|two|three|other|western|chinese|us|u\.s\.|senior|government)\s+)*(?:analysts|officials|experts|diplomats|sources|observers|people|critics|economists|researchers|residents|witnesses|lawmakers)\b/i;
const ANAPHOR = /^(?:he|she|they|the (?:minister|president|spokesman|spokeswoman|spokesperson|official|leader|premier|ambassador|analyst|professor))$/i;

/** The quotes of the body sentences `sentences` of `text`. */
export function englishQuotes(text: string, sentences: readonly Range[], names: readonly EnglishName[]): Draft[] {
  const out: Draft[] = [];
  let lastPerson: SpeakerRef | null = null;
  for (const s of sentences) {
    const found: Draft[] | null = direct(text, s, names, lastPerson) ?? attributed(text, s, names, lastPerson);
    for (const d of found ?? []) {
      out.push(d);
      if (d.speaker.span && names.some((n) => n.person && n.start < d.speaker.span!.end && n.end > d.speaker.span!.start)) lastPerson = d.speaker;
    }
  }
  return out;
}

/** `"…," X said` / `"…," said X` / `X said: "…"`. */
function direct(text: string, s: Range, names: readonly EnglishName[], last: SpeakerRef | null): Draft[] | null {
  const sentence = text.slice(s.start, s.end);
  const out: Draft[] = [];
  for (const m of sentence.matchAll(OPEN)) {
    const open = m.index;
    const close = sentence.slice(open + 1).search(/["”]/);
    if (close < 0) break;
    const cEnd = open + 1 + close;
    let content = { start: s.start + open + 1, end: s.start + cEnd };
    // the comma or full stop before the closing mark belongs to the sentence, not the claim
    while (content.end > content.start && /[,.]/.test(text[content.end - 1]!)) content = { ...content, end: content.end - 1 };
    if (content.end - content.start < 12 || !/\s/.test(text.slice(content.start, content.end))) continue; // a title or a scare quote
    const after = sentence.slice(cEnd + 1);
    const before = sentence.slice(0, open);
    const trailing = /^\s*,?\s*([^,.;"“”]{1,80}?)\s+((?:said|says|told|added|wrote|warned|stressed))\b/.exec(after)
      ?? /^\s*,?\s*((?:said|says|added|wrote))\s+([^,.;"“”]{1,80})/.exec(after);
    if (trailing) {
      const verbFirst = VERB.test(trailing[1]!) && !VERB.test(trailing[2]!);
      const who = verbFirst ? trailing[2]! : trailing[1]!;
      const verb = verbFirst ? trailing[1]! : trailing[2]!;
      const whoAt = s.start + cEnd + 1 + trailing.index + trailing[0].indexOf(who, verbFirst ? trailing[0].indexOf(verb) + verb.length : 0);
      const verbAt = s.start + cEnd + 1 + trailing.index + trailing[0].indexOf(verb);
      out.push({ kind: 'direct', content, cue: { start: verbAt, end: verbAt + verb.length }, speaker: speakerOf(text, whoAt, whoAt + who.length, names, last) });
      continue;
    }
    const leading = /([^,.;"“”]{1,80}?)\s+(said|says|told [A-Za-z ]{1,30}?|added|wrote)\s*[:,]?\s*$/.exec(before);
    if (leading) {
      const whoAt = s.start + leading.index;
      const verbAt = s.start + leading.index + leading[0].indexOf(leading[2]!, leading[1]!.length);
      out.push({ kind: 'direct', content, cue: { start: verbAt, end: verbAt + leading[2]!.length }, speaker: speakerOf(text, whoAt, whoAt + leading[1]!.length, names, last) });
    }
  }
  return out.length ? out : null;
}

/** `X said (that) …`, `…, X said.` and `according to X`. */
function attributed(text: string, s: Range, names: readonly EnglishName[], last: SpeakerRef | null): Draft[] | null {
  const sentence = text.slice(s.start, s.end).replace(/[.!?]\s*$/, (x) => ' '.repeat(x.length));
  const end = s.start + sentence.trimEnd().length;
  const according = /,?\s*according to ([^,.;]{2,80})/i.exec(sentence);
  if (according) {
    const whoAt = s.start + according.index + according[0].indexOf(according[1]!);
    const cueAt = s.start + according.index + according[0].search(/according/i);
    const head = according.index > 0;
    const content = head ? { start: s.start, end: s.start + according.index } : { start: whoAt + according[1]!.length, end };
    return [{ kind: 'reported', content: trim(text, content), cue: { start: cueAt, end: cueAt + 'according to'.length }, speaker: speakerOf(text, whoAt, whoAt + according[1]!.trimEnd().length, names, last) }];
  }
  // …, the ministry said. / …, the ministry said, days after …
  const tail = /,\s*([^,;"“”]{2,80}?)\s+(said|says|added|told reporters|announced)\s*(?:$|,)/.exec(sentence.trimEnd());
  if (tail) {
    const whoAt = s.start + tail.index + tail[0].indexOf(tail[1]!);
    const cueAt = s.start + tail.index + tail[0].lastIndexOf(tail[2]!);
    return [{ kind: 'indirect', content: trim(text, { start: s.start, end: s.start + tail.index }), cue: { start: cueAt, end: cueAt + tail[2]!.length }, speaker: speakerOf(text, whoAt, whoAt + tail[1]!.length, names, last) }];
  }
  const lead = new RegExp(`^(.{2,80}?)\\s+(${VERBS}|told (?:reporters|journalists|[A-Z][A-Za-z]+))(?:\\s+(?:on|in)\\s+[A-Z][a-z]+)?\\s+(?:that\\s+)?`).exec(sentence);
  if (lead && !/["“]/.test(lead[1]!)) {
    const cueAt = s.start + lead[1]!.length + lead[0].slice(lead[1]!.length).indexOf(lead[2]!);
    const content = trim(text, { start: s.start + lead[0].length, end });
    if (content.end - content.start >= 12) {
      return [{ kind: 'indirect', content, cue: { start: cueAt, end: cueAt + lead[2]!.length }, speaker: speakerOf(text, s.start, s.start + subjectLength(lead[1]!), names, last) }];
    }
  }
  return null;
}

/** A verb that ends the subject of a coordinated predicate: `The ministry thanked Japan and said …`. */
const PREDICATE = /\s(?:[a-z]{3,}ed|has|have|had|was|were|is|are|met|held|made|took|gave|sent|spoke|won|lost|left|welcomed|urged)\s/;

/** How much of the words before `said` is its subject: all, unless they hold a predicate of their own joined by `and`. */
function subjectLength(before: string): number {
  if (!/\sand$/.test(before)) return before.length;
  const verb = PREDICATE.exec(before);
  return verb ? verb.index : before.length;
}

/** Who `text[start, end)` names as a speaker: a name inside it, a pronoun or title for the last person, or no one. */
function speakerOf(text: string, start: number, end: number, names: readonly EnglishName[], last: SpeakerRef | null): SpeakerRef {
  const words = text.slice(start, end).trim();
  const at = start + text.slice(start, end).indexOf(words);
  // officials in Taipei, Chinese analysts: an unnamed source, whatever place the words name
  if (GENERIC.test(words)) return { text: words, span: null, kind: 'generic', media: false };
  const inside = names.filter((n) => n.start >= at && n.end <= at + words.length);
  // Ms Okonkwo's lawyer, Peter Hale: the speaker is the name that is not a possessive
  const plain = inside.filter((n) => !/^['’]/.test(text.slice(n.end, n.end + 1)));
  const named = plain.find((n) => n.person) ?? inside.find((n) => n.person) ?? plain[plain.length - 1] ?? inside[inside.length - 1];
  if (named) return { text: words, span: { start: named.start, end: named.end }, kind: 'name', media: false };
  if (ANAPHOR.test(words) && last) return { ...last, kind: 'anaphor' };
  return { text: words, span: { start: at, end: at + words.length }, kind: 'name', media: false };
}


function trim(text: string, r: Range): Range {
  let { start, end } = r;
  start += wireLeadLength(text, start, end);
  while (start < end && /[\s,"“”]/.test(text[start]!)) start++;
  while (end > start && /[\s,"“”.]/.test(text[end - 1]!)) end--;
  return { start, end };
}
