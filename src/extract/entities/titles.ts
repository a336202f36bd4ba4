/**
 * Titles and honorifics that stand after (or, in an apposition, before) a person's name. They are stripped from
 * mentions (a mention covers the name only) and become `roles`; honorifics (氏, さん) only mark a person.
 */
import { Trie } from '../../kb/trie.js';

/** What a title word says about the name before it. */
export interface TitleWord {
  word: string;
  /** Honorifics mark a person but are not roles. */
  honorific: boolean;
  /**
   * Titles that cannot follow a place name, so that 福島党首 is a person even though 福島 is also a prefecture;
   * office titles (大統領, 大使) after a country name are that country's office (ロシア大統領).
   */
  personOnly: boolean;
}

const HONORIFICS = ['氏', 'さん', '様', '君', 'ちゃん', '殿', '夫人', '女史', '氏ら'];

/**
 * Occupations local and sports news name people by (角田騎手, 森調教師, 佐藤医師, 高橋教諭): titles after a kanji
 * name only, since katakana before them is as often a common word (エース投手, ヘッドコーチ).
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(['騎手', '調教師', '投手', '捕手', '内野手', '外野手', '主将', '棋士',
  '力士', '医師', '看護師', '教諭', '講師', '助教授', '税理士', '会計士', '司法書士', '行政書士', '技師', '取締役', '代表取締役', '支配人']);

const PERSON_ONLY = [
  '容疑者', '被告', '被告人', '受刑者', '死刑囚', '元被告',
  '党首', '幹事長', '副幹事長', '委員長', '副委員長', '書記長', '政調会長', '総務会長', '国対委員長', '選対委員長',
  '会長', '副会長', '社長', '副社長', '理事長', '専務', '常務', 'CEO', '最高経営責任者',
  '判事', '裁判官', '裁判長', '検事', '検事総長', '弁護士', '研究員', '主任研究員', '上級研究員', '客員研究員', '研究者',
  '教授', '准教授', '名誉教授', '助教', '博士', '記者', '特派員', '編集長', '論説委員', '解説委員',
  '候補', '候補者', '選手', '監督', '作家', '牧師', '神父', '司祭', '司教', '枢機卿', '住職', '貫主', '管長', '宮司', '座主', '門主', '大僧正', '親王', '内親王', '王子', '王女', '殿下', '陛下',
  ...OCCUPATIONS,
];

const OFFICES = [
  '大統領', '副大統領', '首相', '副首相', '総理', '総理大臣', '内閣総理大臣', '首席', '主席', '国家主席', '副主席',
  '国家副主席', '総書記', '書記', '第一書記', '国王', '女王', '王妃', '皇太子', '皇太子妃', '天皇', '皇后', '法王',
  'ローマ法王', '教皇', 'ローマ教皇', '首長', '総督', '総統', '副総統', '行政院長', '立法院長', '院長', '最高指導者',
  '大使', '次席大使', '国連大使', '特命全権大使', '公使', '総領事', '領事', '特使', '特別代表', '代表', '共同代表',
  '外相', '国防相', '防衛相', '財務相', '蔵相', '経済相', '法相', '内相', '外務相', '貿易相', '商務相', '農相',
  '外交通商相', '統一相', '首相代行', '国務長官', '国防長官', '財務長官', '司法長官', '商務長官', '長官', '官房長官',
  '大臣', '外務大臣', '防衛大臣', '財務大臣', '外交通商大臣', '国務大臣', '副大臣', '政務官', '次官', '外交部長',
  '国防部長', '部長', '報道官', '副報道官', '報道局長', '事務総長', '事務次長', '事務局長', '議長', '副議長',
  '知事', '副知事', '都知事', '市長', '町長', '村長', '区長', '司令官', '総司令官', '陸軍司令官', '参謀総長', '司令員', '司令',
  '総裁', '副総裁', '委員', '常務委員', '政治局員', '政治局常務委員', '国務委員', '中央委員', '議員', '上院議員',
  '下院議員', '衆院議員', '参院議員', '衆議院議員', '参議院議員', '大将', '上将', '中将', '少将', '元帥', '将軍',
  '大佐', '顧問', '補佐官', '大統領補佐官', '総長', '局長', '所長', '首脳', '指導者', '大司教', '大主教',
  '署長', '校長', '課長', '本部長', '支店長', '団長', '隊長', '船長', '機長',
];

/** Every title and honorific word the lexicon knows (for rules outside linking that read titles too). */
export const TITLE_WORDS: readonly string[] = [...HONORIFICS, ...PERSON_ONLY, ...OFFICES];

/** Words that qualify a title and belong to it: 助理教授, 客員研究員, 名誉会長, 首席報道官. */
export const TITLE_MODIFIERS = ['助理', '客員', '名誉', '特任', '主任', '上級', '首席', '専任', '特別', '臨時', '常任', '筆頭', '代理'];

/** Prefixes before a title: 元/前/故 mark a former holder. */
export const FORMER_PREFIXES = ['元', '前', '故'];
export const OTHER_PREFIXES = ['現', '新', '次期', '初代', '同'];

/**
 * Characters that, right after a title word, show it is part of a longer noun (委員会, 大統領選, 首相官邸),
 * not a title of the name before it.
 */
export const TITLE_BLOCKERS = new Set([...'会選府制室職級団館権邸候官']);

let compiled: Trie<TitleWord> | null = null;

/** The title lexicon, compiled on first use. */
export function titleTrie(): Trie<TitleWord> {
  if (compiled) return compiled;
  const trie = new Trie<TitleWord>();
  for (const w of HONORIFICS) trie.add(w, { word: w, honorific: true, personOnly: true });
  for (const w of PERSON_ONLY) trie.add(w, { word: w, honorific: false, personOnly: true });
  for (const w of OFFICES) trie.add(w, { word: w, honorific: false, personOnly: false });
  compiled = trie;
  return trie;
}

/**
 * Nouns that, standing before である/の + a name, say the name is a person's even when they are no title
 * (時事評論家である唐靖遠, 首相の妻であるX). Compounds ending in 家/者/員/士/官/師/手 count as well.
 */
export const PERSON_NOUNS = new Set([
  '妻', '夫', '息子', '娘', '父', '母', '兄', '弟', '姉', '妹', '長男', '次男', '三男', '長女', '次女', '孫', '甥', '姪',
  '友人', '側近', '夫人', 'アナリスト', 'ジャーナリスト', 'エコノミスト', 'コメンテーター', 'トップ', 'リーダー', '幹部',
  '首謀者', '創業者', '創設者', '後継者', '元首', '大使', '人物',
]);
export const PERSON_NOUN_ENDINGS = new Set([...'家者員士官師手']);
