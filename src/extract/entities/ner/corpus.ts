/**
 * The shared sentence NER formats, read into one shape: a sentence and its gold spans, each span with the set
 * of contract types it may take. Stockmark's types are coarser than the contract's (地名 is GPE or LOC, 製品名
 * covers products, works and laws), so its spans carry every type the annotation is consistent with and the
 * trainer lets the model choose among them (partial labels).
 */
import { readFileSync } from 'node:fs';
import { finish, hashString, mix } from './hash.js';
import { NE_TYPES, type NeType } from './labels.js';

/** A gold span: sentence-relative, half-open, with the indices (into NE_TYPES) of the types it may have. */
export interface GoldSpan {
  start: number;
  end: number;
  types: number[];
  /** The class the span is scored as: the UD GSD type, or stockmark's type with its three kinds of organisation merged. */
  label: string;
}

export type Source = 'ud-gsd' | 'stockmark';

export interface GoldSentence {
  id: string;
  source: Source;
  text: string;
  spans: GoldSpan[];
}

const typeIndex = (t: NeType): number => NE_TYPES.indexOf(t);

/** Contract types each stockmark type may stand for. */
export const STOCKMARK_TYPES: Readonly<Record<string, readonly NeType[]>> = {
  人名: ['PERSON'],
  法人名: ['ORG'],
  政治的組織名: ['ORG'],
  その他の組織名: ['ORG'],
  地名: ['GPE', 'LOC'],
  施設名: ['FAC'],
  製品名: ['PRODUCT', 'WORK_OF_ART', 'LAW'],
  イベント名: ['EVENT'],
};

/** Stockmark's classes as scored: the contract has one ORG, so its three kinds of organisation are one class. */
export const STOCKMARK_CLASS: Readonly<Record<string, string>> = {
  人名: '人名', 法人名: '組織', 政治的組織名: '組織', その他の組織名: '組織', 地名: '地名', 施設名: '施設名', 製品名: '製品名', イベント名: 'イベント名',
};

/** The stockmark class a predicted contract type counts as (NORP for the parties stockmark calls organisations). */
export const STOCKMARK_CLASS_OF_TYPE: Readonly<Record<NeType, string>> = {
  PERSON: '人名', ORG: '組織', NORP: '組織', GPE: '地名', LOC: '地名', FAC: '施設名', EVENT: 'イベント名', PRODUCT: '製品名', WORK_OF_ART: '製品名', LAW: '製品名',
};

/** Types of a stockmark span: parties are NORP in UD GSD's (OntoNotes) convention and ORG in stockmark's. */
function stockmarkTypes(type: string, name: string): number[] {
  const base = STOCKMARK_TYPES[type];
  if (!base) throw new Error(`unknown stockmark type ${type}`);
  const types = base.map(typeIndex);
  if (type === '政治的組織名' && name.endsWith('党')) types.push(typeIndex('NORP'));
  return types;
}

/** Which part of stockmark a sentence belongs to, fixed by its Wikipedia article id (curid). */
export type StockmarkPart = 'train' | 'tune' | 'test';

/** Stockmark split by article: hash(curid) mod 10 = 0 → test, 1 → tune, else train. */
export function stockmarkPart(curid: string): StockmarkPart {
  const h = finish(mix(hashString(curid), 0x5eed)) % 10;
  return h === 0 ? 'test' : h === 1 ? 'tune' : 'train';
}

interface StockmarkRecord {
  curid: string;
  text: string;
  entities: { name: string; span: [number, number]; type: string }[];
}

/** Stockmark's JSON array; `part` keeps one part of the split ('all' keeps every sentence). */
export function readStockmark(path: string, part: StockmarkPart | 'all' = 'all'): GoldSentence[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as StockmarkRecord[];
  const out: GoldSentence[] = [];
  records.forEach((r, i) => {
    if (part !== 'all' && stockmarkPart(r.curid) !== part) return;
    const spans = r.entities
      .map((e) => ({ start: e.span[0], end: e.span[1], types: stockmarkTypes(e.type, e.name), label: STOCKMARK_CLASS[e.type]! }))
      .sort((a, b) => a.start - b.start);
    out.push({ id: `stockmark-${i}`, source: 'stockmark', text: r.text, spans });
  });
  return out;
}

interface GsdRecord {
  id: string;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

/** UD Japanese GSD with Megagon labels, one JSON object a line; types outside the ten are dropped. */
export function readGsdJsonl(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as GsdRecord;
    out.push({ id: r.id, source: 'ud-gsd', text: r.text, spans: gsdSpans(r.entities) });
  }
  return out;
}

/** The CoNLL-style form of the same data: `token<TAB>BIO` lines, a blank line between sentences. */
export function readBio(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let text = '';
  let ents: { start: number; end: number; type: string }[] = [];
  const flush = () => {
    if (text) out.push({ id: `bio-${out.length}`, source: 'ud-gsd', text, spans: gsdSpans(ents) });
    text = '';
    ents = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const [tok = '', tag = 'O'] = line.split('\t');
    const at = text.length;
    text += tok;
    const open = ents[ents.length - 1];
    if (tag.startsWith('B-')) ents.push({ start: at, end: text.length, type: tag.slice(2) });
    else if (tag.startsWith('I-') && open && open.end === at && open.type === tag.slice(2)) open.end = text.length;
    else if (tag.startsWith('I-')) ents.push({ start: at, end: text.length, type: tag.slice(2) });
  }
  flush();
  return out;
}

function gsdSpans(entities: { start: number; end: number; type: string }[]): GoldSpan[] {
  return entities
    .filter((e) => (NE_TYPES as readonly string[]).includes(e.type))
    .map((e) => ({ start: e.start, end: e.end, types: [typeIndex(e.type as NeType)], label: e.type }))
    .sort((a, b) => a.start - b.start);
}
