/**
 * A checked knowledge base: entries by id and one compiled matcher over every name, alias, short form and
 * one-character form, built on first use and kept for the life of the process.
 */
import { Trie } from './trie.js';
import type { KbEntry, KbRole } from './types.js';
import { validateKb } from './validate.js';

/** How a surface form names its entry; decides where a match is believed (see extract/entities). */
export type SurfaceKind = 'name' | 'alias' | 'short' | 'credit' | 'abbr';

/** A form in the matcher: which entry, and how. */
export interface Surface {
  entry: KbEntry;
  kind: SurfaceKind;
  /**
   * Set for short capitalised acronyms (UN, EU, IMF) and dotted ones (U.S.), which match only as written, not as
   * "un" or "us"; a dotted form's last dot belongs to the match.
   */
  exact?: string;
}

export class KnowledgeBase {
  readonly entries: readonly KbEntry[];
  private readonly byId: ReadonlyMap<string, KbEntry>;
  private compiled: Trie<Surface> | null = null;
  private compiledEnglish: Trie<Surface> | null = null;

  /** @throws NewsgraphError (bad-kb) when the entries do not validate. */
  constructor(entries: readonly KbEntry[]) {
    this.byId = validateKb(entries);
    this.entries = Object.freeze([...entries]);
  }

  /** The entry `id` (without the `kb:` prefix), or undefined. */
  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  /** A knowledge base with `more` entries added (a user's file); they may refer to these ids, not redefine them. */
  extend(more: readonly KbEntry[]): KnowledgeBase {
    validateKb(more, this.byId);
    return new KnowledgeBase([...this.entries, ...more]);
  }

  /** The matcher over all surface forms but the English-only ones, compiled once. */
  get matcher(): Trie<Surface> {
    this.compiled ??= compile(this.entries, false);
    return this.compiled;
  }

  /** The matcher for English articles: every form, the English-only ones (US, America) included; compiled once. */
  get englishMatcher(): Trie<Surface> {
    this.compiledEnglish ??= compile(this.entries, true);
    return this.compiledEnglish;
  }

  /** The matcher for an article in `lang`. */
  matcherFor(lang: string): Trie<Surface> {
    return lang === 'en' ? this.englishMatcher : this.matcher;
  }

  /** The roles of `entry` that were held on `date` (YYYY-MM-DD), or all roles when the date is unknown. */
  rolesAt(entry: KbEntry, date: string | null): KbRole[] {
    if (!date) return entry.roles;
    return entry.roles.filter((r) => (!r.from || r.from <= date) && (!r.to || date.slice(0, r.to.length) <= r.to));
  }
}

const ACRONYM = /^(?:[A-Z][A-Z0-9]{1,4}|(?:[A-Z]\.){2,4})$/;

function compile(entries: readonly KbEntry[], english: boolean): Trie<Surface> {
  const trie = new Trie<Surface>();
  const add = (form: string, entry: KbEntry, kind: SurfaceKind) =>
    trie.add(form, ACRONYM.test(form) ? { entry, kind, exact: form } : { entry, kind });
  for (const entry of entries) {
    // Chinese, Korean and Russian names are kept for display; matched in Japanese text they would find ordinary
    // words (the Chinese name of the South China Sea, 南海, is "the southern sea" in Japanese)
    for (const lang of ['ja', 'en'] as const) {
      const name = entry.names[lang];
      if (name) add(name, entry, 'name');
    }
    for (const alias of entry.aliases) add(alias, entry, 'alias');
    if (english) for (const form of entry.english) add(form, entry, 'alias');
    for (const s of derivedShortForms(entry)) add(s, entry, 'short');
    for (const c of entry.credit) add(c, entry, 'credit');
    for (const a of entry.abbr) trie.add(a, { entry, kind: 'abbr' });
  }
  return trie;
}

const KATAKANA_NAME = /^[\u30a0-\u30ff]+(?:[・=][\u30a0-\u30ffA-Za-z.]+)+$/;
const CJK_SURNAME_COUNTRIES = new Set(['china', 'taiwan', 'hong-kong', 'macau', 'south-korea', 'north-korea', 'singapore']);

/** Surnames that are also English words opening a sentence (He Weidong → "He had led …"): never a short form. */
const ENGLISH_WORDS = new Set(['He', 'She', 'It', 'We', 'Me', 'Us', 'My', 'An', 'As', 'At', 'By', 'Do', 'Go', 'If', 'In', 'Is', 'No', 'Of', 'On', 'Or', 'So', 'To', 'Up', 'May', 'Will', 'Can', 'Long', 'Young', 'Man']);

/**
 * The entry's short forms: those written in the file, plus for people the parts of a katakana name
 * (ウラジーミル・プーチン → ウラジーミル, プーチン), the one-character surname of a Chinese or Korean name
 * written in kanji (習近平 → 習) and the surname of the English name (Vladimir Putin → Putin, Xi Jinping → Xi).
 * Short forms are believed only with a title or the full name nearby.
 */
export function derivedShortForms(entry: KbEntry): string[] {
  const out = new Set(entry.short);
  if (entry.type === 'PERSON') {
    for (const n of [entry.names.ja, ...entry.aliases]) {
      if (!n) continue;
      const cjk = entry.country !== null && CJK_SURNAME_COUNTRIES.has(entry.country);
      if (KATAKANA_NAME.test(n)) {
        const parts = n.split(/[・=]/);
        // Chinese and Korean names put the (often one-syllable) surname first: イ・ミョンバク → イ.
        parts.forEach((part, i) => {
          if (/^[\u30a0-\u30ff]+$/.test(part) && (part.length >= 2 || (cjk && i === 0))) out.add(part);
        });
      }
      if (/^[\u4e00-\u9fff]{2,4}$/.test(n) && cjk) out.add(n[0]!);
    }
    // English: the surname alone (Putin, Trump; Xi for a Chinese or Korean name, written first)
    const words = entry.names.en?.split(/\s+/).filter((w) => /^[A-Z][a-z'-]+$/.test(w)) ?? [];
    const cjk = entry.country !== null && CJK_SURNAME_COUNTRIES.has(entry.country);
    const surname = words.length >= 2 ? (cjk ? words[0]! : words[words.length - 1]!) : null;
    if (surname && !ENGLISH_WORDS.has(surname)) out.add(surname);
  }
  const full = new Set([...Object.values(entry.names), ...entry.aliases, ...entry.english]);
  return [...out].filter((s) => !full.has(s));
}
