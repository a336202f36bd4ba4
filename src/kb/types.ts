/**
 * Entries of the knowledge base: the reviewed YAML files under `kb/` (and a user's `--kb` file), as loaded and
 * checked. Ids are printed as `kb:ID`.
 */
import type { EntityType } from '../analysis/contract.js';

/** Languages an entry may name itself in. */
export const NAME_LANGS = ['ja', 'en', 'zh', 'ko', 'ru'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

/** A title an entry holds (or held), at an organisation or country, with dates where known (YYYY, YYYY-MM, YYYY-MM-DD). */
export interface KbRole {
  title: string;
  /** The id of the organisation or country the title belongs to. */
  org: string | null;
  from: string | null;
  /** Null while the title is held. */
  to: string | null;
}

/** Where an entry stands in its file, for messages. */
export interface KbSource {
  file: string;
  line: number;
}

/** One checked entry. */
export interface KbEntry {
  id: string;
  type: EntityType;
  /** A Wikidata QID, only where it is certain. */
  wikidata: string | null;
  names: Partial<Record<NameLang, string>>;
  /** Further surface forms in any language, matched anywhere. */
  aliases: string[];
  /**
   * Short forms (a surname, a bare head noun) that are matched only where the text supports them: followed by a
   * title or honorific, or in a document that also names the entry in full.
   */
  short: string[];
  /** Forms that are ordinary words as well (時事, 共同), believed only in a news credit: (ニューヨーク・時事), (共同). */
  credit: string[];
  /**
   * Forms matched only in English articles (US, U.S., America): in Japanese text such Latin words are parts of other
   * names (US-CERT, USドル) or mean something else.
   */
  english: string[];
  /** One-character combining forms of a country (米, 露, 中 …), matched only in compounds (see country-abbr.ts). */
  abbr: string[];
  /** The id of the country the entry belongs to. */
  country: string | null;
  /**
   * The seat of its country's government (Beijing, Washington, Moscow): in English news the city stands for the
   * government that sits there (Beijing vowed to respond).
   */
  capital: boolean;
  roles: KbRole[];
  source: KbSource;
}
