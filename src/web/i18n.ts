/**
 * UI text in Japanese (the default) and English, with the chosen language kept in localStorage. Article text is
 * never translated; only the workbench's own words are.
 */
import { useEffect, useState } from 'preact/hooks';

export type Lang = 'ja' | 'en';

const ja = {
  app: 'newsgraph ワークベンチ', documents: '記事', reader: 'リーダー', dossier: '人物・組織', timeline: 'タイムライン', network: 'ネットワーク',
  claims: '発言', commitments: '約束・数量', search: '検索', analyse: '分析', switchLang: 'English',
  loading: '読み込み中…', error: 'エラー', retry: '再試行', none: 'なし', noResults: '該当するものはありません。',
  tokenTitle: 'APIトークンが必要です', tokenHelp: 'このサーバーはトークンで保護されています。起動時の --token の値を入力してください。', tokenSave: '接続',
  stats: '{documents}件の記事・{entities}件の実体・{events}件の出来事・{quotes}件の発言',
  from: '開始日', to: '終了日', filter: '絞り込み', clear: 'クリア', all: 'すべて', more: 'さらに表示',
  published: '掲載日', source: '出典', chars: '{n}字', duplicateOf: '重複（類似度 {s}）', untitled: '（無題）',
  layers: 'レイヤー', entities: '実体', quotes: '引用', events: '出来事', times: '時間表現', quantities: '数量', warnings: '警告', highlight: '該当箇所',
  mentions: '{n}回', roles: '役職', former: '元', evidence: '根拠', kb: 'KB', wikidata: 'Wikidata', openDossier: '詳細を開く',
  speaker: '話者', unnamed: '匿名の情報源', about: '対象', kind: '種類', cue: '引用標識', participants: '参加者', date: '日付', modality: '様態',
  attributedTo: '情報源', value: '値', unit: '単位', item: '品目', period: '期間', caption: '写真説明', byline: '筆者', dateline: '日付欄',
  relatedLinks: '関連', citedSources: '参考文献', analysisOf: '分析結果', hoverHelp: '語句にカーソルを合わせると正規化値・KBリンク・根拠が表示されます。名前をクリックすると詳細を開きます。',
  namesByLang: '各言語での名前', firstSeen: '初出', lastSeen: '最終', articles: '記事数', mentionsTotal: '言及数', quotesBy: '本人の発言', quotesAbout: 'この人物・組織についての発言',
  related: '関連する主体', sourceArticles: '掲載記事', mergedFrom: '統合済み', notInStore: 'この名前はコーパスに登録されていません。', alternatives: '他の候補',
  eventType: '種類', actor: '主体', apply: '適用', docsPerDay: '日別の記事数', eventsCount: '{n}件の出来事', day: '日',
  nodes: 'ノード {n}', edges: 'エッジ {n}', minWeight: '最小の重み', limit: '上限', centre: '中心', networkHelp: 'ノードをクリックすると詳細を開きます。線の太さは共起と共通の出来事の数です。',
  cooccurrence: '共起', sharedEvents: '共通の出来事', types: '種類',
  claimsHelp: '誰が誰について何を言ったか', commitmentsHelp: '品目・期間ごとの数量。約束（目標）は棒、記事が比較している基準値は破線で示します。',
  target: '目標', baseline: '基準', stated: '言及', pledge: '約束', trade: '取引', agreement: '合意', perYear: '年間', perPeriod: '{period}あたり{value}',
  chartTitle: '{item}：期間ごとの数量', total: '合計', q: '検索語', searchEntities: '実体', searchDocuments: '記事', searchPlaceholder: '名前や語句を入力',
  analyseHelp: '記事を貼り付けて分析します（保存はされません）。1行目を見出しにすると精度が上がります。', text: '本文', lang: '言語', auto: '自動判定', run: '分析する', running: '分析中…',
  notFound: '見つかりません', back: '戻る', unnamedItem: '品目未特定',
};

export type Key = keyof typeof ja;

const en: Record<Key, string> = {
  app: 'newsgraph workbench', documents: 'Articles', reader: 'Reader', dossier: 'Dossier', timeline: 'Timeline', network: 'Network',
  claims: 'Claims', commitments: 'Commitments', search: 'Search', analyse: 'Analyse', switchLang: '日本語',
  loading: 'Loading…', error: 'Error', retry: 'Retry', none: 'none', noResults: 'Nothing matches.',
  tokenTitle: 'An API token is needed', tokenHelp: 'This server is protected by a token. Enter the value given to --token when it was started.', tokenSave: 'Connect',
  stats: '{documents} articles · {entities} entities · {events} events · {quotes} quotes',
  from: 'From', to: 'To', filter: 'Filter', clear: 'Clear', all: 'All', more: 'Show more',
  published: 'Published', source: 'Source', chars: '{n} chars', duplicateOf: 'duplicate (similarity {s})', untitled: '(untitled)',
  layers: 'Layers', entities: 'Entities', quotes: 'Quotes', events: 'Events', times: 'Times', quantities: 'Quantities', warnings: 'Warnings', highlight: 'Highlighted',
  mentions: '{n}×', roles: 'Roles', former: 'former', evidence: 'Evidence', kb: 'KB', wikidata: 'Wikidata', openDossier: 'Open dossier',
  speaker: 'Speaker', unnamed: 'unnamed source', about: 'About', kind: 'Kind', cue: 'Cue', participants: 'Participants', date: 'Date', modality: 'Modality',
  attributedTo: 'Attributed to', value: 'Value', unit: 'Unit', item: 'Item', period: 'Period', caption: 'Caption', byline: 'Byline', dateline: 'Dateline',
  relatedLinks: 'Related', citedSources: 'Sources', analysisOf: 'Analysis', hoverHelp: 'Hover a phrase for its normalised value, KB link and evidence. Click a name to open its dossier.',
  namesByLang: 'Names by language', firstSeen: 'First seen', lastSeen: 'Last seen', articles: 'Articles', mentionsTotal: 'Mentions', quotesBy: 'Quotes by', quotesAbout: 'Quotes about',
  related: 'Related actors', sourceArticles: 'Source articles', mergedFrom: 'Merged', notInStore: 'This name is not in the corpus.', alternatives: 'Other matches',
  eventType: 'Type', actor: 'Actor', apply: 'Apply', docsPerDay: 'Articles per day', eventsCount: '{n} events', day: 'Day',
  nodes: '{n} nodes', edges: '{n} edges', minWeight: 'Min. weight', limit: 'Limit', centre: 'Centre', networkHelp: 'Click a node to open its dossier. Edge width is shared articles plus shared events.',
  cooccurrence: 'shared articles', sharedEvents: 'shared events', types: 'Types',
  claimsHelp: 'Who said what about whom', commitmentsHelp: 'Quantities by item and period. Targets (pledges) are bars; a baseline the article compares them with is a dashed line.',
  target: 'target', baseline: 'baseline', stated: 'stated', pledge: 'pledge', trade: 'trade', agreement: 'agreement', perYear: 'annual', perPeriod: '{value} per {period}',
  chartTitle: '{item}: amount by period', total: 'Total', q: 'Query', searchEntities: 'Entities', searchDocuments: 'Articles', searchPlaceholder: 'A name or phrase',
  analyseHelp: 'Paste an article to analyse it (nothing is stored). A headline on the first line helps.', text: 'Text', lang: 'Language', auto: 'detect', run: 'Analyse', running: 'Analysing…',
  notFound: 'Not found', back: 'Back', unnamedItem: 'unnamed item',
};

const EVENT_LABELS: Record<Lang, Record<string, string>> = {
  ja: {
    call: '電話会談', meeting: '会談', visit: '訪問', invitation: '招待', agreement: '合意', commitment: '約束', trade: '貿易', aid: '援助',
    statement: '声明', accusation: '非難', threat: '威嚇', sanction: '制裁', tariff: '関税', dismissal: '解任', appointment: '任命',
    resignation: '辞任', investigation: '調査', arrest: '逮捕', trial: '裁判', election: '選挙', legislation: '立法',
    military_action: '軍事行動', protest: '抗議', attack: '攻撃', disaster: '災害', death: '死亡',
  },
  en: {},
};
const ENTITY_LABELS: Record<Lang, Record<string, string>> = {
  ja: {
    PERSON: '人物', ORG: '組織', GPE: '国・地域', LOC: '場所', FAC: '施設', NORP: '集団', EVENT: '出来事', PRODUCT: '製品',
    WORK_OF_ART: '作品', LAW: '法律', COMMODITY: '商品',
  },
  en: {
    PERSON: 'person', ORG: 'organisation', GPE: 'country/region', LOC: 'place', FAC: 'facility', NORP: 'group', EVENT: 'event',
    PRODUCT: 'product', WORK_OF_ART: 'work', LAW: 'law', COMMODITY: 'commodity',
  },
};
const WORDS: Record<Lang, Record<string, string>> = {
  ja: {
    asserted: '断定', reported: '伝聞', planned: '予定', hypothetical: '仮定', negated: '否定', direct: '直接', indirect: '間接',
    source: '主体', target: '対象', participant: '参加', location: '場所', item: '品目', day: '日', month: '月', quarter: '四半期', year: '年', fiscal_year: '年度',
  },
  en: {},
};

const KEY = 'newsgraph.lang';
let current: Lang = (typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'en') ? 'en' : 'ja';
const listeners = new Set<(lang: Lang) => void>();
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** Switches the UI language (and remembers it). */
export function setLang(lang: Lang): void {
  current = lang;
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
  for (const l of listeners) l(lang);
}

export type T = ((key: Key, vars?: Record<string, string | number>) => string) & {
  lang: Lang;
  eventType: (type: string) => string;
  entityType: (type: string | null) => string;
  word: (w: string) => string;
};

function translator(lang: Lang): T {
  const dict = lang === 'en' ? en : ja;
  const t = ((key: Key, vars?: Record<string, string | number>) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''))) as T;
  t.lang = lang;
  t.eventType = (type) => EVENT_LABELS[lang][type] ?? type.replace(/_/g, ' ');
  t.entityType = (type) => (type ? (ENTITY_LABELS[lang][type] ?? type) : '?');
  t.word = (w) => WORDS[lang][w] ?? w.replace(/_/g, ' ');
  return t;
}

/** The translator for the current language; re-renders the component when it changes. */
export function useT(): T {
  const [lang, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    return () => void listeners.delete(set);
  }, []);
  return translator(lang);
}
