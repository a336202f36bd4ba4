/**
 * Gold answers (`NAME.gold.yaml` beside `NAME.txt`, format of ../shared/docs/gold-format.md), read and checked.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { errors } from '../errors.js';

export interface GoldEntity {
  id: string;
  type: string | string[];
  name?: string;
  en?: string;
  forms: string[];
  optional?: boolean;
}

export interface GoldQuote {
  speaker: string;
  kind?: string;
  core: string;
  occurrence?: number;
}

export interface GoldEvent {
  type: string | string[];
  actors: string[];
  alt_actors?: string[][];
  date?: string;
  modality?: string | string[];
  optional?: boolean;
}

export interface GoldAnchored {
  anchor: string;
  occurrence?: number;
  value: string | number;
  unit?: string;
  item?: string;
  optional?: boolean;
}

export interface Gold {
  /** The article file the gold refers to, resolved against the gold file's folder. */
  textPath: string;
  /** The gold file's stem, e.g. xi-calls-2026-02. */
  stem: string;
  lang?: string;
  meta: Record<string, string | number | null>;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  events: GoldEvent[];
  times: GoldAnchored[];
  quantities: GoldAnchored[];
}

/** Reads and checks a gold file. @throws NewsgraphError `bad-gold` naming the file. */
export async function readGold(path: string): Promise<Gold> {
  let raw: unknown;
  try {
    raw = parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw errors.badGold(path, error instanceof Error ? error.message.split('\n')[0]! : 'unreadable');
  }
  if (!raw || typeof raw !== 'object') throw errors.badGold(path, 'not a YAML mapping');
  const g = raw as Record<string, unknown>;
  const stem = path.replace(/^.*[\\/]/, '').replace(/\.gold\.ya?ml$/, '');
  const text = typeof g.text === 'string' ? g.text : `${stem}.txt`;
  const list = <T>(key: string): T[] => {
    const v = g[key];
    if (v == null) return [];
    if (!Array.isArray(v)) throw errors.badGold(path, `"${key}" must be a list`);
    return v as T[];
  };
  const gold: Gold = {
    textPath: join(dirname(path), text),
    stem,
    meta: (g.meta as Gold['meta']) ?? {},
    entities: list<GoldEntity>('entities'),
    quotes: list<GoldQuote>('quotes'),
    events: list<GoldEvent>('events'),
    times: list<GoldAnchored>('times'),
    quantities: list<GoldAnchored>('quantities'),
  };
  if (typeof g.lang === 'string') gold.lang = g.lang;
  for (const e of gold.entities) {
    if (!e.id || !Array.isArray(e.forms)) throw errors.badGold(path, `entity ${JSON.stringify(e)} needs an id and forms`);
  }
  return gold;
}
